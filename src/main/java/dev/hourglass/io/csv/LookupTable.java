package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.FileProblem.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lookup file read into memory: its key → the values of the columns the lookup takes. Keys match ignoring case,
 * spaces and punctuation, so {@code GTXPro}, {@code GTX Pro} and {@code gtx-pro} are one key. Two rows with one
 * key and different values are a note (the first row is used), not an error: the user sees which key and can fix
 * the file, and the import still runs.
 */
final class LookupTable {
    private static final int CONFLICT_EXAMPLES = 3;

    private final Map<String, String[]> valuesByKey;
    private final List<Detection> detections;

    private LookupTable(Map<String, String[]> valuesByKey, List<Detection> detections) {
        this.valuesByKey = valuesByKey;
        this.detections = List.copyOf(detections);
    }

    static LookupTable load(Lookup lookup) throws BadInputException {
        String fileName = lookup.fileName();
        ImportMapping plain = ImportMapping.defaults().withSheet(lookup.sheet());
        try (CsvFile csv = CsvFile.open(lookup.file(), List.of(), plain)) {
            int key = requireColumn(csv, lookup.toKey(), "key column", Code.NO_LOOKUP_KEY_COLUMN);
            List<String> columnNames = List.copyOf(lookup.columns().keySet());
            int[] columns = new int[columnNames.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = requireColumn(csv, columnNames.get(i), "column", Code.NO_LOOKUP_COLUMN);
            }
            Map<String, String[]> valuesByKey = new HashMap<>();
            Map<String, Long> lineByKey = new HashMap<>();
            List<String> conflicts = new ArrayList<>();
            long[] conflictCount = {0};
            long[] withoutKey = {0};
            csv.forEachRow(row -> {
                String rawKey = field(row, key);
                String matchKey = matchKey(rawKey);
                if (matchKey.isEmpty()) {
                    withoutKey[0]++;
                    return;
                }
                String[] values = new String[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = field(row, columns[i]);
                }
                String[] earlier = valuesByKey.putIfAbsent(matchKey, values);
                if (earlier == null) {
                    lineByKey.put(matchKey, row.line());
                } else if (!Arrays.equals(earlier, values)) {
                    conflictCount[0]++;
                    if (conflicts.size() < CONFLICT_EXAMPLES) {
                        conflicts.add("'" + rawKey + "' on lines " + lineByKey.get(matchKey) + " and " + row.line()
                                + " (" + differences(columnNames, earlier, values) + ")");
                    }
                }
            });
            List<Detection> detections = new ArrayList<>(csv.detections());
            if (conflictCount[0] > 0) {
                String examples = String.join("; ", conflicts);
                detections.add(Detection.of(Detection.Code.LOOKUP_KEY_CONFLICTS, fileName + ": " + conflictCount[0]
                        + " row" + (conflictCount[0] == 1 ? " repeats a key" : "s repeat a key")
                        + " of an earlier row with different values, e.g. " + examples
                        + "; the first row of each key is used.", fileName, conflictCount[0], examples));
            }
            if (withoutKey[0] > 0) {
                detections.add(Detection.of(Detection.Code.LOOKUP_ROWS_WITHOUT_KEY, fileName + ": " + withoutKey[0]
                        + " row" + (withoutKey[0] == 1 ? " has" : "s have") + " no " + lookup.toKey()
                        + " and cannot be looked up.", fileName, withoutKey[0], lookup.toKey()));
            }
            return new LookupTable(valuesByKey, detections);
        } catch (BadInputException e) {
            throw new BadInputException("lookup " + e.getMessage(), e,
                    e.problem().map(problem -> FileProblem.of(Code.IN_LOOKUP, problem)).orElse(null));
        }
    }

    /** The looked-up values for a key, in the order of the lookup's columns, or null when no row has the key. */
    String[] find(String rawKey) {
        return valuesByKey.get(matchKey(rawKey));
    }

    int size() {
        return valuesByKey.size();
    }

    List<Detection> detections() {
        return detections;
    }

    /** The key with everything but letters and digits left out, in lower case. */
    static String matchKey(String raw) {
        StringBuilder key = new StringBuilder(raw.length());
        raw.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static int requireColumn(CsvFile csv, String name, String what, Code missing) throws BadInputException {
        int column = csv.headerColumn(name);
        if (column < 0) {
            String header = String.join(", ", csv.header());
            throw new BadInputException(csv.fileName() + ", line 1: no " + what + " '" + name + "' (the header has: "
                    + header + ")", FileProblem.of(missing, csv.fileName(), name, header));
        }
        return column;
    }

    private static String field(CsvRow row, int column) {
        return column < row.fieldCount() ? row.string(column).strip() : "";
    }

    private static String differences(List<String> columnNames, String[] earlier, String[] later) {
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < earlier.length; i++) {
            if (!earlier[i].equals(later[i])) {
                differ.add(columnNames.get(i) + " '" + earlier[i] + "' and '" + later[i] + "'");
            }
        }
        return String.join(", ", differ);
    }
}
