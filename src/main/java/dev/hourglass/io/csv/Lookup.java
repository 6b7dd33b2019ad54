package dev.hourglass.io.csv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hourglass.io.json.JsonFieldException;
import dev.hourglass.io.json.JsonObjectReader;
import java.nio.file.InvalidPathException;
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

    /** Reads one element of the mapping's {@code lookups}; a relative {@code file} is taken from {@code folder}. */
    static Lookup fromJson(JsonObjectReader.JsonElement element, Path folder) throws JsonFieldException {
        JsonObjectReader in = element.object();
        in.allowOnly("file", "key", "columns", "sheet");
        String fileName = in.string("file");
        Path file;
        try {
            file = folder == null ? Path.of(fileName) : folder.resolve(fileName);
        } catch (InvalidPathException e) {
            throw new JsonFieldException(in.pathOf("file"), "is not a file name (" + e.getMessage() + ")");
        }
        String fromKey;
        String toKey;
        JsonNode key = element.node().get("key");
        if (key != null && key.isObject()) {
            JsonObjectReader fromTo = in.object("key").orElseThrow();
            fromTo.allowOnly("from", "to");
            fromKey = fromTo.string("from");
            toKey = fromTo.string("to");
        } else {
            fromKey = in.string("key");
            toKey = fromKey;
        }
        if (fromKey.isBlank() || toKey.isBlank()) {
            throw new JsonFieldException(in.pathOf("key"), "names no column");
        }
        if (!in.has("columns")) {
            throw new JsonFieldException(in.pathOf("columns"), "is required (the lookup file's column → a field)");
        }
        Map<String, String> columns = in.object("columns").orElseThrow().stringMap();
        if (columns.isEmpty()) {
            throw new JsonFieldException(in.pathOf("columns"), "names no column to take from " + fileName);
        }
        return new Lookup(file, fromKey, toKey, columns, in.string("sheet", ""));
    }

    /** The key as the report names it: one column name, or "from → to" when the two files name it differently. */
    public String keyDescription() {
        return CsvFile.key(fromKey).equals(CsvFile.key(toKey)) ? fromKey : fromKey + " → " + toKey;
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
