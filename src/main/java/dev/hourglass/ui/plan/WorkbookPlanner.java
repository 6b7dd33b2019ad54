package dev.hourglass.ui.plan;

import dev.hourglass.app.PlanData;
import dev.hourglass.app.RevenuePlans;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.PlanVersion;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.time.YearMonth;
import java.util.List;

/**
 * Plans from the workbook's newest deals, leads and ledger ({@link RevenuePlans}); the data are read once and again
 * only after an import, not on every edit of the scenario.
 */
public final class WorkbookPlanner implements Planner {
    private final Workbook workbook;
    private volatile PlanData data;

    public WorkbookPlanner(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Data were imported: the next plan reads them. */
    public void refresh() {
        data = null;
    }

    @Override
    public PlanReport plan(Scenario scenario, PlanQuestion question) throws WorkbookException {
        return RevenuePlans.plan(scenario, data(), question.start(), question.months(), question.goal());
    }

    @Override
    public YearMonth defaultStart(YearMonth thisMonth) throws WorkbookException {
        return RevenuePlans.defaultStart(data(), thisMonth);
    }

    @Override
    public List<ComparedMonth> againstActuals(PlanReport report) throws WorkbookException {
        return RevenuePlans.againstActuals(report, data());
    }

    @Override
    public List<PlanVersion> versions() throws WorkbookException {
        return workbook.planVersions();
    }

    @Override
    public PlanVersion saveVersion(String name, String scenario, PlanReport report) throws WorkbookException {
        return workbook.savePlanVersion(name, scenario, report);
    }

    private PlanData data() throws WorkbookException {
        PlanData read = data;
        if (read == null) {
            read = PlanData.newestOf(workbook);
            data = read;
        }
        return read;
    }
}
