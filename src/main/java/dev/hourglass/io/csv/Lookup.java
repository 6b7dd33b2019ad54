package dev.hourglass.io.csv;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A second file joined to an export by a key (imports.md §6): each row takes the listed columns of the lookup
 * file's row whose key matches its own, as extra fields.
 *
 * @param file the lookup file, already resolved against the mapping file's folder
 * @param fromKey the key column in the export
 * @param toKey the key column in the lookup file
 * @param columns the lookup file's column → the field it gives, in the mapping's order
 * @param sheet the sheet of an xlsx lookup file; blank for the first
 */
public record Lookup(Path file, String fromKey, String toKey, Map<String, String> columns, String sheet) {

    public Lookup {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        sheet = sheet == null ? "" : sheet.strip();
    }

    /** The key as the report names it: one column name, or "from → to" when the two files name it differently. */
    public String keyDescription() {
        return CsvFile.key(fromKey).equals(CsvFile.key(toKey)) ? fromKey : fromKey + " → " + toKey;
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
