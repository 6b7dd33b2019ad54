package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.SourceMonth;
import dev.hourglass.ui.common.UiText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Each lead source's funnel month by month, as the grid a CFO expects: the plan's months and quarter and year totals
 * across, each source's new customers, SALs, SQLs, MQLs, leads and acquisition spend down. Every line is a flow, so a
 * total is the sum of its months; no data where a rate is unknown. Pure: texts and values, no controls.
 */
final class SourceGrid {
    /** A line of a source: its key (a plan line's, or {@code newCustomers}), measure and value. */
    private enum Stage {
        NEW_CUSTOMERS("newCustomers", PlanLine.Measure.COUNT, SourceMonth::newCustomers),
        SALS("sals", PlanLine.Measure.COUNT, SourceMonth::sals),
        SQLS("sqls", PlanLine.Measure.COUNT, SourceMonth::sqls),
        MQLS("mqls", PlanLine.Measure.COUNT, SourceMonth::mqls),
        LEADS("leads", PlanLine.Measure.COUNT, SourceMonth::leads),
        ACQUISITION_SPEND("acquisitionSpend", PlanLine.Measure.MONEY, SourceMonth::acquisitionSpend);

        private final String key;
        private final PlanLine.Measure measure;
        private final ToDoubleFunction<SourceMonth> value;

        Stage(String key, PlanLine.Measure measure, ToDoubleFunction<SourceMonth> value) {
            this.key = key;
            this.measure = measure;
            this.value = value;
        }

        String label() {
            return UiText.text(this == NEW_CUSTOMERS ? "plan.sources.newCustomers" : "plan.line." + key);
        }

        String meaning() {
            return UiText.text(this == NEW_CUSTOMERS ? "plan.sources.newCustomers.tip" : "plan.line." + key + ".tip");
        }
    }

    private SourceGrid() {
    }

    /** A stage's value in a month; unknown when the month has no row of the source. */
    private static double value(SourceMonth month, Stage stage) {
        return month == null ? Double.NaN : stage.value.applyAsDouble(month);
    }

    /** The sources' grid, in the plan's order of sources; none with a single source (the plan's grid says it all). */
    static Optional<PlanGrid> of(List<PlanMonth> months, List<SourceMonth> bySource, FigureFormatter formats) {
        Map<String, Map<YearMonth, SourceMonth>> sources = new LinkedHashMap<>();
        for (SourceMonth m : bySource) {
            sources.computeIfAbsent(m.source(), k -> new LinkedHashMap<>()).put(m.month(), m);
        }
        if (sources.size() < 2 || months.isEmpty()) {
            return Optional.empty();
        }
        List<PlanColumn> columns = PlanGrid.columns(months, formats);
        List<PlanRow> rows = new ArrayList<>();
        sources.forEach((source, byMonth) -> {
            for (Stage stage : Stage.values()) {
                List<Double> values = columns.stream().map(c -> c.months().stream()
                        .mapToDouble(m -> value(byMonth.get(m.month()), stage)).sum()).toList();
                List<String> texts = new ArrayList<>();
                List<String> tooltips = new ArrayList<>();
                PlanGrid.cells(stage.measure, values, formats, texts, tooltips);
                rows.add(new PlanRow(source + "/" + stage.key, UiText.text("plan.sources.row", source, stage.label()),
                        stage.meaning() + "\n" + UiText.text("plan.total.sum"), values, texts, tooltips,
                        values.stream().map(v -> false).toList()));
            }
        });
        return Optional.of(new PlanGrid(columns, rows));
    }
}
