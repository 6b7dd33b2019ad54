package dev.hourglass.io.csv;

import dev.hourglass.model.EchoedText;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A grouped (summary) report as a report tool saves it for people to read, Salesforce's "Formatted Report" export:
 * the grouping column, the first, holds its value on the first row of each group only (the cells below are merged
 * with it, or left blank), and each group ends with a "Subtotal" line of sums. Told from the first rows of a file
 * ({@link Finder}); reading it, a blank cell of the grouping column takes its group's value and the subtotal lines
 * are no rows, both counted for the import report. The "Total" line under the last group is the report's footer
 * ({@link ReportFooter}).
 */
final class GroupedReport {
    private static final Set<String> SUBTOTAL_LABELS = Set.of("subtotal", "subtotals", "sub-total", "sub total");
    private final String column;
    private String group;
    private long filled;
    private long subtotals;

    private GroupedReport(String column) {
        this.column = column;
    }

    /** Whether the row is a group's subtotal line: a subtotal's label in its first field. */
    static boolean subtotalLine(CsvRow row) {
        return row.fieldCount() > 1 && !row.isBlank(0)
                && SUBTOTAL_LABELS.contains(row.string(0).strip().replace(":", "").toLowerCase(Locale.ROOT));
    }

    /**
     * Fills the row's blank group cell with its group's value; false for a subtotal line, which is no row. A row
     * after a subtotal line keeps a blank group cell blank: it belongs to no group.
     */
    boolean pass(CsvRow row) {
        if (subtotalLine(row)) {
            subtotals++;
            group = null;
            return false;
        }
        if (!row.isBlank(0)) {
            // a total line is no group: rows after it (when it is no footer after all) belong to none
            group = row.footerLine() ? null : row.string(0).strip();
        } else if (group != null) {
            row.replaceFirstField(group);
            filled++;
        }
        return true;
    }

    List<Detection> detections(String fileName) {
        String english = fileName + ": a grouped report: '" + EchoedText.of(column) + "' is written on the first row of"
                + " each group only, so " + (filled == 1 ? "1 row takes" : String.format("%,d rows take", filled))
                + " their group's value from it; " + (subtotals == 1 ? "its subtotal line is"
                : String.format("its %,d subtotal lines are", subtotals)) + " a group's sums, not rows; not read.";
        return List.of(Detection.of(Detection.Code.GROUPED_REPORT, english, fileName, column, filled, subtotals));
    }

    /**
     * Looks at the first rows of a file for a grouped report's layout: a subtotal line under rows of blank groups.
     * Only the first {@link ReadingsDetector#SAMPLE_ROWS} rows: a report read by people is far shorter, and a large
     * table is read on without a look at each row.
     */
    static final class Finder {
        private int seen;
        private boolean blankGroup;
        private boolean grouped;

        /** The rows, each looked at as it is handed out (the source reuses one row). */
        Iterator<CsvRow> watching(Iterator<CsvRow> rows) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public CsvRow next() {
                    CsvRow row = rows.next();
                    see(row);
                    return row;
                }
            };
        }

        /** Looks at the rows the reading of dates and amounts did not need, up to the first rows' count. */
        void readOn(Iterator<CsvRow> rows) {
            while (!grouped && seen < ReadingsDetector.SAMPLE_ROWS && rows.hasNext()) {
                rows.next();
            }
        }

        private void see(CsvRow row) {
            if (grouped || seen++ >= ReadingsDetector.SAMPLE_ROWS) {
                return;
            }
            if (subtotalLine(row)) {
                grouped = blankGroup;
            } else if (row.isBlank(0)) {
                blankGroup = true;
            }
        }

        /** The grouped report the rows seen make, named by its grouping column; null for an ordinary table. */
        GroupedReport report(List<String> header) {
            return grouped && !header.isEmpty() ? new GroupedReport(header.get(0)) : null;
        }
    }
}
