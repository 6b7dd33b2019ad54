package dev.hourglass.model.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan's months beside the actuals, re-forecast after the last actual from its closing ARR. */
public final class PlanVsActuals {
    private PlanVsActuals() {
    }

    /**
     * @param actuals the months the ledger has, by month; those outside the plan are ignored
     */
    public static List<ComparedMonth> compare(PlanReport report, Map<YearMonth, ActualMonth> actuals) {
        Optional<ActualMonth> last = report.plan().months().stream().map(m -> actuals.get(m.month()))
                .filter(a -> a != null).reduce((a, b) -> b);
        List<PlanMonth> reforecast = last.map(a -> RevenuePlanner.reforecast(report.inputs(),
                report.newArr(), a.month(), a.closingArr())).orElse(List.of());
        List<ComparedMonth> months = new ArrayList<>();
        for (PlanMonth month : report.plan().months()) {
            Optional<PlanMonth> again = reforecast.stream().filter(r -> r.month().equals(month.month())).findFirst();
            months.add(new ComparedMonth(month, Optional.ofNullable(actuals.get(month.month())), again));
        }
        return months;
    }
}
