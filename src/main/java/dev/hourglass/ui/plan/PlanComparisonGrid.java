package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.ActualMonth;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.Variance;
import dev.hourglass.ui.common.UiText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The plan beside the actuals (forecast.md §4, actuals): for closing ARR, new ARR, churn, expansion and bookings
 * four rows — actual (or, after the last actual month, the re-forecast), plan, variance in money, variance as a
 * share of the plan — over the same columns as the plan; a quarter or year is totalled by the line's rule, and
 * unknown while any month of it is.
 */
final class PlanComparisonGrid {
    /** A figure compared: its plan line, the plan's value and the actual's (empty when the data lack it). */
    private record Figure(PlanLine line, Function<ActualMonth, OptionalDouble> actual) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure(PlanLine.CLOSING_ARR, a -> OptionalDouble.of(a.closingArr())),
            new Figure(PlanLine.NEW_ARR, a -> OptionalDouble.of(a.newArr())),
            new Figure(PlanLine.CHURNED, a -> OptionalDouble.of(a.churned())),
            new Figure(PlanLine.EXPANDED, a -> OptionalDouble.of(a.expanded())),
            new Figure(PlanLine.BOOKINGS, ActualMonth::bookings));

    /** The parts of a figure shown, each a row. */
    enum Part { ACTUAL, PLAN, VARIANCE, SHARE }

    private PlanComparisonGrid() {
    }

    static PlanGrid of(List<ComparedMonth> compared, FigureFormatter formats) {
        List<PlanColumn> columns = PlanGrid.columns(compared.stream().map(ComparedMonth::plan).toList(), formats);
        Map<YearMonth, ComparedMonth> byMonth = new HashMap<>();
        compared.forEach(c -> byMonth.put(c.plan().month(), c));
        List<PlanRow> rows = new ArrayList<>();
        for (Figure figure : FIGURES) {
            List<Double> latest = new ArrayList<>();
            List<Boolean> reforecast = new ArrayList<>();
            List<Double> plan = new ArrayList<>();
            for (PlanColumn column : columns) {
                List<ComparedMonth> months = column.months().stream().map(m -> byMonth.get(m.month())).toList();
                plan.add(figure.line().over(column.months()));
                latest.add(total(figure.line(), months.stream().map(m -> latest(figure, m)).toList()));
                reforecast.add(months.stream().anyMatch(m -> m.actual().isEmpty() && m.reforecast().isPresent()));
            }
            List<Double> variance = new ArrayList<>();
            List<Double> share = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (Double.isNaN(latest.get(c))) {
                    variance.add(Double.NaN);
                    share.add(Double.NaN);
                } else {
                    Variance v = Variance.of(latest.get(c), plan.get(c));
                    variance.add(v.money());
                    share.add(v.share().orElse(Double.NaN));
                }
            }
            rows.add(row(figure, Part.ACTUAL, latest, reforecast, formats));
            rows.add(row(figure, Part.PLAN, plan, none(columns), formats));
            rows.add(row(figure, Part.VARIANCE, variance, reforecast, formats));
            rows.add(row(figure, Part.SHARE, share, reforecast, formats));
        }
        return new PlanGrid(columns, rows);
    }

    /** A month's actual, else its re-forecast; NaN for a month the data do not reach (or without that figure). */
    private static double latest(Figure figure, ComparedMonth month) {
        if (month.actual().isPresent()) {
            return figure.actual().apply(month.actual().get()).orElse(Double.NaN);
        }
        return month.reforecast().map(r -> figure.line().of(r)).orElse(Double.NaN);
    }

    private static double total(PlanLine line, List<Double> months) {
        if (months.stream().anyMatch(v -> Double.isNaN(v))) {
            return Double.NaN;
        }
        return switch (line.total()) {
            case OPENING -> months.get(0);
            case CLOSING -> months.get(months.size() - 1);
            case SUM -> months.stream().mapToDouble(Double::doubleValue).sum();
        };
    }

    private static PlanRow row(Figure figure, Part part, List<Double> values, List<Boolean> reforecast,
                               FigureFormatter formats) {
        List<String> texts = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        if (part == Part.SHARE) {
            for (double v : values) {
                texts.add(Double.isNaN(v) ? formats.noData() : formats.percent(v));
                tooltips.add("");
            }
        } else {
            PlanGrid.cells(PlanLine.Measure.MONEY, values, formats, texts, tooltips);
        }
        for (int c = 0; c < values.size(); c++) {
            if (Double.isNaN(values.get(c))) {
                tooltips.set(c, UiText.text("plan.compare.noActual"));
            } else if (reforecast.get(c)) {
                tooltips.set(c, UiText.text("plan.compare.reforecast") + (tooltips.get(c).isEmpty() ? ""
                        : " " + tooltips.get(c)));
            }
        }
        String key = figure.line().key();
        String name = UiText.text("plan.compare." + part.name().toLowerCase(Locale.ROOT),
                UiText.text("plan.line." + key));
        String meaning = UiText.text("plan.compare." + part.name().toLowerCase(Locale.ROOT) + ".tip");
        return new PlanRow(key + "." + part.name().toLowerCase(Locale.ROOT), name, meaning, values, texts,
                tooltips, reforecast);
    }

    private static List<Boolean> none(List<PlanColumn> columns) {
        return columns.stream().map(c -> false).toList();
    }
}
