package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.RevenuePlan;
import dev.hourglass.ui.common.UiText;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The plan as the grid a CFO expects: months across, each calendar quarter's total after its last month and each
 * calendar year's after its quarter, the plan's lines down — those it gives a figure in some month. Pure: texts and values, no controls.
 */
final class PlanGrid {
    /** Sellers are people: a fraction a hair above a whole number from floating point is not one more seller. */
    private static final double SELLER_SLACK = 1e-9;

    private final List<PlanColumn> columns;
    private final List<PlanRow> rows;

    PlanGrid(List<PlanColumn> columns, List<PlanRow> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    static PlanGrid of(RevenuePlan plan, FigureFormatter formats) {
        List<PlanColumn> columns = columns(plan.months(), formats);
        List<PlanRow> rows = new ArrayList<>();
        for (PlanLine line : PlanLine.values()) {
            if (line.fillsAny(plan.months())) { // a line of "no data" in every cell says nothing the notes do not
                rows.add(row(line, columns, formats));
            }
        }
        return new PlanGrid(columns, rows);
    }

    List<PlanColumn> columns() {
        return columns;
    }

    List<PlanRow> rows() {
        return rows;
    }

    PlanRow row(PlanLine line) {
        return row(line.key());
    }

    PlanRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + id));
    }

    static List<PlanColumn> columns(List<PlanMonth> months, FigureFormatter formats) {
        DateTimeFormatter monthTitle = DateTimeFormatter.ofPattern("MMM yyyy", formats.locale());
        List<PlanColumn> columns = new ArrayList<>();
        List<PlanMonth> quarter = new ArrayList<>();
        List<PlanMonth> year = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            PlanMonth month = months.get(i);
            YearMonth ym = month.month();
            columns.add(new PlanColumn(PlanColumn.Kind.MONTH, monthTitle.format(ym), "", List.of(month)));
            quarter.add(month);
            year.add(month);
            boolean last = i == months.size() - 1;
            if (last || ym.getMonthValue() % 3 == 0) {
                int q = (ym.getMonthValue() - 1) / 3 + 1;
                columns.add(total(PlanColumn.Kind.QUARTER, UiText.text("plan.column.quarter", q,
                        Integer.toString(ym.getYear())), quarter, monthTitle));
                quarter = new ArrayList<>();
            }
            if (last || ym.getMonthValue() == 12) {
                columns.add(total(PlanColumn.Kind.YEAR, UiText.text("plan.column.year",
                        Integer.toString(ym.getYear())), year, monthTitle));
                year = new ArrayList<>();
            }
        }
        return columns;
    }

    private static PlanColumn total(PlanColumn.Kind kind, String title, List<PlanMonth> months,
                                    DateTimeFormatter monthTitle) {
        String first = monthTitle.format(months.get(0).month());
        String last = monthTitle.format(months.get(months.size() - 1).month());
        String span = months.size() == 1 ? first : first + " – " + last;
        return new PlanColumn(kind, title, UiText.text("plan.column.total.tip", title, span, months.size()), months);
    }

    private static PlanRow row(PlanLine line, List<PlanColumn> columns, FigureFormatter formats) {
        List<Double> values = columns.stream().map(c -> line.over(c.months())).toList();
        List<String> texts = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        cells(line.measure(), values, formats, texts, tooltips);
        String name = UiText.text("plan.line." + line.key());
        String meaning = UiText.text("plan.line." + line.key() + ".tip") + "\n" + UiText.text(switch (line.total()) {
            case OPENING -> "plan.total.opening";
            case CLOSING -> "plan.total.closing";
            case SUM -> "plan.total.sum";
        });
        return new PlanRow(line.key(), name, meaning, values, texts, tooltips,
                values.stream().map(v -> false).toList());
    }

    /** The texts and tooltips of a line's values: no data where a value is unknown. */
    static void cells(PlanLine.Measure measure, List<Double> values, FigureFormatter formats, List<String> texts,
                      List<String> tooltips) {
        Iterator<String> money = formats.moneyColumn(values.stream().filter(Double::isFinite).toList()).iterator();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                // a rate the data cannot give leaves the line unknown (forecast.md §4: never a guess)
                texts.add(formats.noData());
                tooltips.add(UiText.text("plan.unknown"));
                continue;
            }
            switch (measure) {
                case MONEY -> {
                    texts.add(money.next());
                    tooltips.add(formats.money(v));
                }
                case COUNT -> {
                    texts.add(formats.fixed(v, 1));
                    tooltips.add("");
                }
                default -> {
                    texts.add(formats.fixed(wholeSellers(v), 0));
                    tooltips.add(UiText.text("plan.sellers.exact", formats.fixed(v, 2)));
                }
            }
        }
    }

    /** The sellers a month needs, rounded up to whole people. */
    static double wholeSellers(double exact) {
        return Math.max(0, Math.ceil(exact - SELLER_SLACK));
    }
}
