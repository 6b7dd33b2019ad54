package dev.hourglass.io.export;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * The columns of a plan laid out as a CFO reads it: each month, each calendar quarter's total after its last month
 * (or the plan's), each calendar year's after its last quarter. Indexes are of the plan's months, from 0; titles in
 * the export's language, as the desktop's grid writes them ("Feb 2027", "Q1 2027", "FY 2027"; "Feb. 2027", "GJ 2027").
 */
final class PlanPeriods {
    enum Kind { MONTH, QUARTER, YEAR }

    /** A column: one month, or a total over months (a year's over its quarters' columns too). */
    record Column(Kind kind, String title, List<Integer> months, List<Integer> quarterColumns) {
    }

    private PlanPeriods() {
    }

    static List<Column> of(YearMonth start, int months, ExportLabels labels) {
        DateTimeFormatter monthTitle = monthTitle(labels);
        List<Column> columns = new ArrayList<>();
        List<Integer> quarter = new ArrayList<>();
        List<Integer> year = new ArrayList<>();
        List<Integer> quartersOfYear = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = start.plusMonths(i);
            columns.add(new Column(Kind.MONTH, monthTitle.format(month), List.of(i), List.of()));
            quarter.add(i);
            year.add(i);
            boolean last = i == months - 1;
            if (last || month.getMonthValue() % 3 == 0) {
                quartersOfYear.add(columns.size());
                columns.add(new Column(Kind.QUARTER, labels.text("xlsx.plan.period.quarter",
                        (month.getMonthValue() - 1) / 3 + 1, month.getYear()), quarter, List.of()));
                quarter = new ArrayList<>();
            }
            if (last || month.getMonthValue() == 12) {
                columns.add(new Column(Kind.YEAR, labels.text("xlsx.plan.period.year", month.getYear()), year,
                        quartersOfYear));
                year = new ArrayList<>();
                quartersOfYear = new ArrayList<>();
            }
        }
        return columns;
    }

    /** A month's title in the export's language. */
    static DateTimeFormatter monthTitle(ExportLabels labels) {
        return DateTimeFormatter.ofPattern("MMM yyyy", labels.locale());
    }

    /** The sheet column (from 0, after the line's column) of each month of the plan. */
    static int[] monthColumns(List<Column> periods, int months) {
        int[] monthColumn = new int[months];
        for (int c = 0; c < periods.size(); c++) {
            if (periods.get(c).kind() == Kind.MONTH) {
                monthColumn[periods.get(c).months().get(0)] = c + 1;
            }
        }
        return monthColumn;
    }

    /** A flow's total over a period on sheet row {@code row} (from 1): its months' cells, a year's its quarters'. */
    static String sum(Column period, int[] monthColumn, int row) {
        List<Integer> months = period.months();
        if (period.kind() == Kind.YEAR) {
            return "SUM(" + period.quarterColumns().stream().map(c -> letter(c + 1) + row)
                    .collect(Collectors.joining(",")) + ")";
        }
        return "SUM(" + letter(monthColumn[months.get(0)]) + row + ":"
                + letter(monthColumn[months.get(months.size() - 1)]) + row + ")";
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
