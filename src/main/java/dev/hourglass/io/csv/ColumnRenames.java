package dev.hourglass.io.csv;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a mapping's {@code columns} for renames that would make the result depend on which entry is read first: one
 * column given to two fields, one column named twice in two spellings, two columns given to one field. (A column
 * feeding two fields on purpose — the stage column also deciding the outcome — is the deals reader's business.)
 */
public final class ColumnRenames {
    private ColumnRenames() {
    }

    /** The first problem, as a sentence naming the columns and fields, or empty when the renames are unambiguous. */
    public static Optional<String> problem(Map<String, String> columns) {
        Map<String, String> byColumnKey = new TreeMap<>();
        Map<String, String> byFieldKey = new TreeMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(columns).entrySet()) {
            String column = entry.getKey();
            String field = entry.getValue();
            String before = byColumnKey.putIfAbsent(CsvFile.key(column), column);
            if (before != null) {
                String beforeField = columns.get(before);
                if (CsvFile.key(beforeField).equals(CsvFile.key(field))) {
                    return Optional.of(quote(before) + " and " + quote(column) + " name the same column twice (names"
                            + " match ignoring case, spaces, _ and -); keep one");
                }
                return Optional.of(quote(before) + " and " + quote(column) + " name the same column and give it to"
                        + " two fields, " + beforeField + " and " + field + "; a column feeds one field");
            }
            String otherColumn = byFieldKey.putIfAbsent(CsvFile.key(field), column);
            if (otherColumn != null) {
                return Optional.of(quote(otherColumn) + " and " + quote(column) + " are both given to " + field
                        + "; a field takes one column, keep one");
            }
        }
        return Optional.empty();
    }

    private static String quote(String column) {
        return "\"" + column + "\"";
    }
}
