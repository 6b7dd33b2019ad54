package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detects how each column the caller reads writes its dates and amounts (imports.md §3), from a second pass
 * over the file's rows: a sample of the first rows decides almost every column; only when a column is still
 * open after the sample (every day 12 or less, or only values like {@code 1,200}) are the remaining values of
 * just those columns read, until they decide it. A column whose values are ISO dates or plain numbers is decided
 * by the sample, so such a file costs no pass beyond the sample.
 */
final class ReadingsDetector {
    static final int SAMPLE_ROWS = 1000;
    /** The fields of every kind that hold a date (a lead's steps hold a date or a yes/no flag). */
    private static final Set<String> DATE_FIELDS = Set.of("closeDate", "createdDate", "originalCloseDate", "closedDate",
            "wonDate", "lostDate", "month", "startDate", "renewalDate", "churnDate", "start", "end", "mql", "sql",
            "sal", "won", "trialEnd");

    /**
     * The fields every reader takes as text (names, ids, stages): no date or number to detect in them, so their
     * columns are left out — a deal export's 12 columns were 12 sampled over 1,000 rows, before the read could start.
     */
    private static final Set<String> TEXT_FIELDS = Set.of("id", "stage", "outcome", "segment", "competitor", "owner",
            "team", "source", "customer", "account", "campaign", "plan", "status", "amountPeriod");
    private final int columns;
    private final DateColumnVotes[] dates;
    private final DecimalColumnVotes[] decimals;

    /**
     * @param fieldByColumn the columns to detect, each with the field it feeds
     */
    private ReadingsDetector(List<String> header, Map<Integer, String> fieldByColumn, DateFormats dateFormat) {
        columns = header.size();
        dates = new DateColumnVotes[columns];
        decimals = new DecimalColumnVotes[columns];
        fieldByColumn.forEach((column, field) -> {
            if (TEXT_FIELDS.contains(field)) {
                return;
            }
            String name = header.get(column).strip();
            dates[column] = new DateColumnVotes(name, dateFormat.patternFor(name, field),
                    DATE_FIELDS.contains(field));
            decimals[column] = new DecimalColumnVotes(name);
        });
    }

    /**
     * Reads {@code rows} (the data rows, after the header) as far as detection needs.
     *
     * @param fieldByColumn the columns to detect, each with the field it feeds
     */
    static ColumnReadings detect(Iterator<CsvRow> rows, List<String> header, Map<Integer, String> fieldByColumn,
                                 DateFormats dateFormat, LocaleConventions locale) {
        if (TEXT_FIELDS.containsAll(fieldByColumn.values())) {
            return ColumnReadings.DEFAULT;
        }
        return new ReadingsDetector(header, fieldByColumn, dateFormat).run(rows, locale);
    }

    private ColumnReadings run(Iterator<CsvRow> rows, LocaleConventions locale) {
        for (int n = 0; n < SAMPLE_ROWS && rows.hasNext(); n++) {
            sample(rows.next());
        }
        boolean[] isDate = new boolean[columns];
        boolean[] openDates = new boolean[columns];
        boolean[] openDecimals = new boolean[columns];
        int open = 0;
        for (int c = 0; c < columns; c++) {
            if (dates[c] != null) {
                isDate[c] = dates[c].isDateColumn();
                openDates[c] = isDate[c] && dates[c].startScan();
                openDecimals[c] = !isDate[c] && decimals[c].isOpen();
                open += (openDates[c] ? 1 : 0) + (openDecimals[c] ? 1 : 0);
            }
        }
        while (open > 0 && rows.hasNext()) {
            open -= scan(rows.next(), openDates, openDecimals);
        }
        DateReading[] readings = new DateReading[columns];
        char[] marks = new char[columns];
        String[] fractions = new String[columns];
        List<Detection> detections = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (dates[c] == null) {
                continue;
            }
            if (isDate[c]) {
                DateColumnVotes.Decision decision = dates[c].decide(locale);
                readings[c] = decision.reading() == BuiltInDateReading.ISO ? null : decision.reading();
                addIfAny(detections, decision.detection());
            } else {
                DecimalColumnVotes.Decision decision = decimals[c].decide(locale);
                marks[c] = decision.decimalMark();
                fractions[c] = decimals[c].fractionExample();
                addIfAny(detections, decision.detection());
            }
        }
        return new ColumnReadings(readings, marks, fractions, detections);
    }

    private void sample(CsvRow row) {
        int n = Math.min(columns, row.fieldCount());
        for (int c = 0; c < n; c++) {
            if (dates[c] != null && !row.isBlank(c)) {
                dates[c].sample(row.chars(c), row.line());
                decimals[c].sample(row.chars(c));
            }
        }
    }

    /** Checks the open columns of a row; returns how many of them it decided. */
    private int scan(CsvRow row, boolean[] openDates, boolean[] openDecimals) {
        int decided = 0;
        int n = Math.min(columns, row.fieldCount());
        for (int c = 0; c < n; c++) {
            if (openDates[c] && !row.isBlank(c) && dates[c].scan(row.chars(c), row.line())) {
                openDates[c] = false;
                decided++;
            }
            if (openDecimals[c] && !row.isBlank(c) && decimals[c].scan(row.chars(c))) {
                openDecimals[c] = false;
                decided++;
            }
        }
        return decided;
    }

    private static void addIfAny(List<Detection> detections, Detection detection) {
        if (detection != null) {
            detections.add(detection);
        }
    }
}
