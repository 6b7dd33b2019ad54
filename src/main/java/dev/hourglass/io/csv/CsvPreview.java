package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A first look at a CSV file for the import wizard: its header, which columns the reader would take for each
 * field by name, the first rows, and the distinct values of chosen columns with how often each occurs.
 */
public record CsvPreview(String fileName, List<String> header, Map<String, Integer> columnOfField,
                         List<List<String>> firstRows) {
    public CsvPreview {
        header = List.copyOf(header);
        columnOfField = Map.copyOf(columnOfField);
        firstRows = List.copyOf(firstRows);
    }

    public static CsvPreview of(Path file, List<String> fields, int rows) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, fields, ImportMapping.defaults())) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (String field : fields) {
                if (csv.column(field) >= 0) {
                    columns.put(field, csv.column(field));
                }
            }
            List<List<String>> first = new ArrayList<>();
            csv.forEachRow(row -> {
                if (first.size() < rows) {
                    first.add(List.copyOf(row.fields()));
                }
            });
            return new CsvPreview(csv.fileName(), csv.header(), columns, first);
        }
    }

    /** Each distinct value of a column (stripped) and how many rows hold it, sorted; at most {@code max} values. */
    public static Map<String, Long> distinct(Path file, int column, int max) throws BadInputException {
        Map<String, Long> counts = new TreeMap<>();
        try (CsvFile csv = CsvFile.open(file, List.of(), ImportMapping.defaults())) {
            csv.forEachRow(row -> {
                if (column < row.fieldCount()) {
                    String value = row.string(column).strip();
                    if (counts.containsKey(value) || counts.size() < max) {
                        counts.merge(value, 1L, Long::sum);
                    }
                }
            });
        }
        return counts;
    }
}
