package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.FileProblem.Code;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Joins an export's rows to its lookup files: every row gets one extra column per looked-up field, after the
 * file's own columns, so readers find {@code listPrice} or {@code team} like any column. A field the file has
 * itself keeps the file's value unless it is blank. Rows are never dropped or repeated: a row whose key finds
 * nothing keeps the field blank and is counted. A row shorter than the header is passed on untouched, for the
 * reader to report.
 */
final class LookupJoin {
    private final List<Side> sides = new ArrayList<>();
    private final List<Extra> extras = new ArrayList<>();
    private final List<Detection> loadDetections = new ArrayList<>();
    private final String[][] found;

    /**
     * @param header the export's own header
     * @param columnOfField the export's own column for a field, or -1
     * @param fields the field names the reader understands, to spell the looked-up fields as it does
     */
    LookupJoin(List<Lookup> lookups, String fileName, List<String> header, ToIntFunction<String> columnOfField,
               List<String> fields) throws BadInputException {
        Map<String, Extra> extraByField = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            int keyColumn = columnNamed(header, lookup.fromKey());
            if (keyColumn < 0) {
                keyColumn = columnOfField.applyAsInt(lookup.fromKey());
            }
            if (keyColumn < 0) {
                throw new BadInputException(fileName + ", line 1: no column '" + lookup.fromKey() + "' to look up "
                        + lookup.fileName() + " by (the header has: " + String.join(", ", header) + ")",
                        FileProblem.of(Code.NO_COLUMN_TO_LOOK_UP_BY, fileName, lookup.fromKey(), lookup.fileName(),
                                String.join(", ", header)));
            }
            LookupTable table = LookupTable.load(lookup);
            loadDetections.addAll(table.detections());
            int side = sides.size();
            sides.add(new Side(lookup, table, keyColumn));
            int value = 0;
            for (Map.Entry<String, String> column : lookup.columns().entrySet()) {
                String field = spelling(column.getValue(), fields);
                int index = value++;
                extraByField.computeIfAbsent(field, f -> new Extra(f, column.getKey() + " (" + lookup.fileName() + ")",
                        ownColumn(f, header, columnOfField))).sources.add(new int[] {side, index});
            }
        }
        extras.addAll(extraByField.values());
        found = new String[sides.size()][];
    }

    /** The fields the join adds, in the order of their columns. */
    List<String> fields() {
        return extras.stream().map(e -> e.field).toList();
    }

    /** The header names of the added columns: the lookup file's column and the file, e.g. "manager (teams.csv)". */
    List<String> columnNames() {
        return extras.stream().map(e -> e.name).toList();
    }

    /** Appends the looked-up fields to a row of {@code width} own fields (extra fields beyond it are dropped). */
    void extend(CsvRow row, int width) {
        if (row.fieldCount() < width) {
            return;
        }
        row.keepFields(width);
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            String key = row.string(side.keyColumn).strip();
            found[s] = side.table.find(key);
            side.count(key, found[s] != null);
        }
        for (Extra extra : extras) {
            row.add(valueOf(extra, row));
        }
    }

    private String valueOf(Extra extra, CsvRow row) {
        if (extra.fileColumn >= 0 && !row.isBlank(extra.fileColumn)) {
            return row.string(extra.fileColumn);
        }
        for (int[] source : extra.sources) {
            String[] values = found[source[0]];
            if (values != null && !values[source[1]].isBlank()) {
                return values[source[1]];
            }
        }
        return "";
    }

    List<LookupReport> reports() {
        return sides.stream().map(Side::report).toList();
    }

    /** What loading the lookup files noticed, then how each lookup has joined so far. */
    List<Detection> detections() {
        List<Detection> sentences = new ArrayList<>(loadDetections);
        for (Side side : sides) {
            LookupReport report = side.report();
            String head = report.file() + " (lookup by " + report.key() + "): ";
            if (report.rowsUnmatched() == 0) {
                sentences.add(Detection.of(Detection.Code.LOOKUP_ALL_MATCHED, head + "all " + report.rowsMatched()
                        + " rows found their row.", report.file(), report.key(), report.rowsMatched()));
            } else {
                String columns = String.join(", ", side.lookup.columns().values());
                sentences.add(Detection.of(Detection.Code.LOOKUP_SOME_UNMATCHED, head + report.rowsMatched()
                        + " rows found their row, " + report.rowsUnmatched() + " did not (e.g. "
                        + String.join(", ", report.unmatchedExamples().stream()
                        .map(k -> k.isEmpty() ? "a blank key" : "'" + k + "'").toList()) + "); "
                        + columns + " is left blank on those rows.", report.file(), report.key(),
                        report.rowsMatched(), report.rowsUnmatched(), columns));
            }
        }
        return sentences;
    }

    private static int columnNamed(List<String> header, String name) {
        String wanted = CsvFile.key(name);
        for (int i = 0; i < header.size(); i++) {
            if (CsvFile.key(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static int ownColumn(String field, List<String> header, ToIntFunction<String> columnOfField) {
        int column = columnOfField.applyAsInt(field);
        return column >= 0 ? column : columnNamed(header, field);
    }

    private static String spelling(String field, List<String> fields) {
        for (String known : fields) {
            if (CsvFile.key(known).equals(CsvFile.key(field))) {
                return known;
            }
        }
        return field;
    }

    /** One lookup: its table, the export's key column, and how the rows have matched. */
    private static final class Side {
        private final Lookup lookup;
        private final LookupTable table;
        private final int keyColumn;
        private final Set<String> unmatchedExamples = new LinkedHashSet<>();
        private long matched;
        private long unmatched;

        Side(Lookup lookup, LookupTable table, int keyColumn) {
            this.lookup = lookup;
            this.table = table;
            this.keyColumn = keyColumn;
        }

        void count(String key, boolean found) {
            if (found) {
                matched++;
            } else {
                unmatched++;
                if (unmatchedExamples.size() < LookupReport.EXAMPLES) {
                    unmatchedExamples.add(key);
                }
            }
        }

        LookupReport report() {
            return new LookupReport(lookup.fileName(), lookup.keyDescription(), matched, unmatched,
                    List.copyOf(unmatchedExamples));
        }
    }

    /** A column the join adds: the field, its header name, the export's own column for it, and where it comes from. */
    private static final class Extra {
        private final String field;
        private final String name;
        private final int fileColumn;
        private final List<int[]> sources = new ArrayList<>();

        Extra(String field, String name, int fileColumn) {
            this.field = field;
            this.name = name;
            this.fileColumn = fileColumn;
        }
    }
}
