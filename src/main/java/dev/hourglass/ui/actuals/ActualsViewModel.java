package dev.hourglass.ui.actuals;

import dev.hourglass.model.actuals.Calibration;
import dev.hourglass.model.actuals.Cohort;
import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.actuals.MonthMovement;
import dev.hourglass.model.actuals.TrailingTwelve;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Actuals from an imported subscription ledger (metrics.md §6): monthly MRR and its movements, cohort retention by
 * month of age, trailing-12 NRR and GRR — and one action that turns them into a scenario's assumptions.
 */
public final class ActualsViewModel {
    /** One assumption calibration would change: what it is now and what the actuals say. */
    public record Change(String input, String now, String measured) {
    }

    private final Workbook workbook;
    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final ObservableList<Dataset> datasets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CohortReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MonthMovement> months = FXCollections.observableArrayList();
    private final ObservableList<Cohort> cohorts = FXCollections.observableArrayList();
    private final ObservableList<TrailingTwelve> trailing = FXCollections.observableArrayList();
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final Work work;
    private final ObservableList<String> segments = FXCollections.observableArrayList();
    private final ObjectProperty<String> segment = new SimpleObjectProperty<>();
    private Ledger ledger;

    public ActualsViewModel(Workbook workbook, SelectedScenario selected, FigureFormatter formats) {
        this(workbook, selected, formats, Work.NOW);
    }

    /** @param work where a ledger is read (in the background in the app) */
    public ActualsViewModel(Workbook workbook, SelectedScenario selected, FigureFormatter formats, Work work) {
        this.workbook = workbook;
        this.work = work;
        this.selected = selected;
        this.formats = formats;
        segment.addListener((obs, old, now) -> analyse());
        refreshDatasets();
    }

    /** The ledger's segments (empty when it has no segment column). */
    public ObservableList<String> segments() {
        return segments;
    }

    /** The segment shown; null for every customer. */
    public ObjectProperty<String> segmentProperty() {
        return segment;
    }

    public void refreshDatasets() {
        try {
            datasets.setAll(workbook.datasets(Dataset.Kind.LEDGER));
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
        }
    }

    /** Reads a ledger through {@link Work} (off the FX thread in the app) and shows it; a failure is said in the message. */
    public void open(Dataset chosen) {
        loading.set(true);
        work.run("load-ledger", () -> load(workbook, chosen), read -> {
            loading.set(false);
            show(read);
        }, failure -> {
            loading.set(false);
            message.set(FileProblemText.of(failure));
        });
    }

    /** Whether a ledger is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Reads a ledger (call off the FX thread), then {@link #show}. */
    public static Ledger load(Workbook workbook, Dataset dataset) throws WorkbookException {
        return workbook.readLedger(dataset.id());
    }

    /** Shows a ledger: its segments to filter by, and the figures of all its customers. */
    public void show(Ledger loaded) {
        ledger = loaded;
        segments.setAll(loaded.segments());
        if (segment.get() == null) {
            analyse();
        } else {
            segment.set(null);
        }
    }

    /** The figures of the chosen segment (null: every customer). */
    private void analyse() {
        if (ledger == null) {
            return;
        }
        Ledger shown = segment.get() == null ? ledger : ledger.onlySegment(segment.get());
        if (shown.isEmpty()) {
            message.set(UiText.text("actuals.noCustomerInSegment", segment.get()));
            return;
        }
        message.set(null);
        showReport(CohortAnalysis.analyse(shown));
    }

    private void showReport(CohortReport loaded) {
        months.setAll(loaded.months());
        cohorts.setAll(loaded.cohorts());
        trailing.setAll(loaded.trailing12());
        Calibration c = Calibration.of(loaded);
        MonthMovement last = loaded.months().get(loaded.months().size() - 1);
        String cur = currency();
        headlines.setAll(
                new Headline("mrr", UiText.text("actuals.mrr3", DateText.of(last.month())), formats.money(last.mrr(), cur),
                        UiText.text("actuals.ofEveryCustomerS", DateText.of(last.month()), last.customers())),
                new Headline("arr", UiText.text("actuals.arrNow"), formats.moneyCompact(c.arr(), cur), UiText.text("actuals.mrr1212", formats.money(last.mrr(), cur))),
                new Headline("trailingNrr", UiText.text("actuals.nrrTrailing12Months"), formats.percent(c.nrr()),
                        UiText.text("actuals.mrrNowOfThe", c.asOf())),
                new Headline("trailingGrr", UiText.text("actuals.grrTrailing12Months"), formats.percent(c.grr()),
                        UiText.text("actuals.theSameEachCustomer", c.asOf())),
                steadyChurn(c),
                new Headline("firstYearLogoChurn", UiText.text("actuals.logoChurnInYear"), formats.percent(c.firstYearLogoChurn()),
                        UiText.text("actuals.1CustomersPayingAt")));
        report.set(loaded); // last: listeners redraw from the lists above
    }

    /**
     * The churn after year one (metrics.md §6 beside the trailing GRR, which year one's churn weighs on): said as such,
     * or as the first-year figure standing in when no cohort is two years old.
     */
    private Headline steadyChurn(Calibration c) {
        if (c.steadyChurnMeasured()) {
            return new Headline("annualLogoChurn", UiText.text("actuals.logoChurnAfterYear"),
                    formats.percent(c.annualLogoChurn()), UiText.text("actuals.1CustomersPayingAt2"),
                    UiText.text("actuals.aYearFromThe"));
        }
        return new Headline("annualLogoChurn", UiText.text("actuals.logoChurnAfterYear"),
                formats.percent(c.annualLogoChurn()), UiText.text("actuals.noCohortIsTwo"),
                UiText.text("actuals.noCohortIsTwo2"));
    }

    /** What calibrating the selected scenario would change; empty when there is nothing to change. */
    public List<Change> preview() {
        CohortReport loaded = report.get();
        Scenario scenario = selected.get();
        List<Change> changes = new ArrayList<>();
        if (loaded == null || scenario == null) {
            return changes;
        }
        Calibration c = Calibration.of(loaded);
        String cur = currency();
        Optional<RetentionInputs> retention = scenario.retention();
        if (c.grr().isPresent() && c.nrr().isPresent()) {
            changes.add(new Change(UiText.text("actuals.grr"), retention.map(r -> formats.percent(r.rates().grr())).orElse("—"),
                    formats.percent(c.grr())));
            changes.add(new Change(UiText.text("actuals.nrr"), retention.map(r -> formats.percent(r.rates().nrr())).orElse("—"),
                    formats.percent(c.nrr())));
        }
        changes.add(new Change(UiText.text("actuals.startArr"), retention.map(r -> formats.money(r.startArr(), cur)).orElse("—"),
                formats.money(c.arr(), cur)));
        if (c.annualLogoChurn().isPresent() && scenario.unitEconomics().isPresent()) {
            UnitEconomicsInputs u = scenario.unitEconomics().get();
            changes.add(new Change(UiText.text("actuals.annualLogoChurn"), formats.percent(u.annualLogoChurn()),
                    formats.percent(c.annualLogoChurn())));
            changes.add(new Change(UiText.text("actuals.firstYearLogoChurn"), u.firstYearLogoChurn().isPresent()
                    ? formats.percent(u.firstYearLogoChurn().getAsDouble()) : UiText.text("actuals.sameAsAnnual"),
                    formats.percent(c.firstYearLogoChurn())));
            if (c.grr().isPresent() && c.nrr().isPresent()) {
                changes.add(new Change(UiText.text("actuals.annualExpansion"), formats.percent(u.annualExpansion()),
                        formats.percent(Math.max(0, c.nrr().getAsDouble() - c.grr().getAsDouble()))));
            }
        }
        return changes;
    }

    /** Makes the actuals the selected scenario's assumptions, as one undoable edit. */
    public void calibrate() {
        CohortReport loaded = report.get();
        if (loaded == null || selected.get() == null) {
            return;
        }
        Calibration c = Calibration.of(loaded);
        selected.edit(scenario -> calibrated(scenario, c), UiText.text("edit.calibrate"));
    }

    static Scenario calibrated(Scenario scenario, Calibration c) {
        Scenario result = scenario;
        RetentionInputs retention = scenario.retention().orElse(new RetentionInputs(c.arr(),
                new RetentionRates.GrrNrr(0.9, 1.0), List.of(0.0), 3, Optional.empty()));
        retention = retention.withStartArr(c.arr());
        if (c.grr().isPresent() && c.nrr().isPresent()) {
            double grr = Math.min(1, c.grr().getAsDouble());
            retention = retention.withRates(new RetentionRates.GrrNrr(grr, Math.max(grr, c.nrr().getAsDouble())));
        }
        result = result.withRetention(retention);
        OptionalDouble churn = c.annualLogoChurn();
        if (churn.isPresent() && scenario.unitEconomics().isPresent()) {
            UnitEconomicsInputs u = scenario.unitEconomics().get().withAnnualLogoChurn(churn.getAsDouble())
                    .withFirstYearLogoChurn(c.firstYearLogoChurn());
            if (c.grr().isPresent() && c.nrr().isPresent()) {
                // Expansion of a surviving customer: what NRR adds on top of GRR.
                u = u.withAnnualExpansion(Math.max(0, c.nrr().getAsDouble() - c.grr().getAsDouble()));
            }
            result = result.withUnitEconomics(u);
        }
        return result;
    }

    public ObservableList<Dataset> datasets() {
        return datasets;
    }

    public ReadOnlyObjectProperty<CohortReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<MonthMovement> months() {
        return months;
    }

    public ObservableList<Cohort> cohorts() {
        return cohorts;
    }

    public ObservableList<TrailingTwelve> trailing() {
        return trailing;
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public FigureFormatter formats() {
        return formats;
    }

    public String currency() {
        return workbook.currencyOrDefault();
    }
}
