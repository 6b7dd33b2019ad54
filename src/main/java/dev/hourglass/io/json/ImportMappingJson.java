package dev.hourglass.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.AmountUnit;
import dev.hourglass.io.csv.ColumnRenames;
import dev.hourglass.io.csv.DateFormats;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A mapping as the mapping file of docs/mapping.md: read from a file or from the text a workbook keeps, and written
 * so that a workbook keeps it for the next import.
 */
public final class ImportMappingJson {
    private ImportMappingJson() {
    }

    public static String toJson(ImportMapping mapping) {
        StringWriter text = new StringWriter();
        try (JsonOut out = new JsonOut(text, true)) {
            out.beginObject();
            out.beginObject("columns");
            for (Map.Entry<String, String> e : new TreeMap<>(mapping.columns()).entrySet()) {
                out.string(e.getKey(), e.getValue());
            }
            out.endObject().beginObject("outcomes");
            for (Map.Entry<String, Outcome> e : new TreeMap<>(mapping.outcomes()).entrySet()) {
                out.string(e.getKey(), e.getValue().name());
            }
            out.endObject().beginObject("stageValues");
            for (Map.Entry<String, String> e : new TreeMap<>(mapping.stageValues()).entrySet()) {
                out.string(e.getKey(), e.getValue());
            }
            out.endObject().beginArray("stages");
            for (Stage stage : mapping.stageSetup().stages()) {
                out.beginObject().string("name", stage.name()).string("phase", stage.phase().name()).endObject();
            }
            out.endArray().string("salStage", mapping.stageSetup().salStage());
            if (!mapping.sheet().isEmpty()) {
                out.string("sheet", mapping.sheet());
            }
            if (!mapping.lookups().isEmpty()) {
                writeLookups(mapping.lookups(), out);
            }
            DateFormats dateFormat = mapping.dateFormat();
            if (dateFormat.forFile() != null) {
                out.string("dateFormat", dateFormat.forFile());
            } else if (!dateFormat.byColumn().isEmpty()) {
                out.beginObject("dateFormat");
                for (Map.Entry<String, String> e : new TreeMap<>(dateFormat.byColumn()).entrySet()) {
                    out.string(e.getKey(), e.getValue());
                }
                out.endObject();
            }
            if (mapping.amountUnit().cents()) {
                out.string("amountUnit", mapping.amountUnit().key());
            }
            out.endObject();
        }
        return text.toString();
    }

    /** Lookup files by absolute path: the workbook keeping this text has no mapping-file folder to resolve from. */
    private static void writeLookups(List<Lookup> lookups, JsonOut out) {
        out.beginArray("lookups");
        for (Lookup lookup : lookups) {
            out.beginObject().string("file", lookup.file().toAbsolutePath().toString());
            if (lookup.fromKey().equals(lookup.toKey())) {
                out.string("key", lookup.fromKey());
            } else {
                out.beginObject("key").string("from", lookup.fromKey()).string("to", lookup.toKey()).endObject();
            }
            out.beginObject("columns");
            lookup.columns().forEach(out::string);
            out.endObject();
            if (!lookup.sheet().isEmpty()) {
                out.string("sheet", lookup.sheet());
            }
            out.endObject();
        }
        out.endArray();
    }

    /** A mapping kept as text (in a workbook); the message names the field at fault. */
    public static ImportMapping parse(String json) throws BadInputException {
        try {
            return fromJson(new ObjectMapper().readTree(json), null);
        } catch (JsonFieldException e) {
            throw new BadInputException("mapping, field " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("mapping: not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    public static ImportMapping read(Path file) throws BadInputException {
        Path folder = file.toAbsolutePath().getParent();
        return JsonFiles.read(file, root -> fromJson(root, folder));
    }

    /** @param folder the mapping file's folder, which relative lookup files are in; null for the working folder */
    private static ImportMapping fromJson(JsonNode root, Path folder) throws JsonFieldException {
        JsonObjectReader in = new JsonObjectReader(root, "");
        in.allowOnly("columns", "outcomes", "stageValues", "stages", "salStage", "sheet", "lookups", "dateFormat",
                "amountUnit");
        Map<String, String> columns = strings(in, "columns");
        Optional<String> ambiguous = ColumnRenames.problem(columns);
        if (ambiguous.isPresent()) {
            throw new JsonFieldException("columns", ambiguous.get());
        }
        Map<String, Outcome> outcomes = new HashMap<>();
        for (Map.Entry<String, String> e : strings(in, "outcomes").entrySet()) {
            try {
                outcomes.put(e.getKey(), Outcome.valueOf(e.getValue().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException bad) {
                throw new JsonFieldException("outcomes." + e.getKey(), "unknown outcome \"" + e.getValue()
                        + "\" (expected one of: OPEN, WON, LOST_COMPETITION, LOST_NO_DECISION)");
            }
        }
        Map<String, String> stageValues = strings(in, "stageValues");
        StageSetup setup = StageSetup.defaults();
        if (in.has("stages")) {
            List<Stage> stages = new ArrayList<>();
            for (JsonObjectReader.JsonElement element : in.array("stages")) {
                JsonObjectReader s = element.object();
                s.allowOnly("name", "category", "phase");
                String stageName = s.string("name");
                Phase phase = s.has("phase") ? s.enumValue("phase", Phase.class, null)
                        : phaseOf(s.enumValue("category", ForecastCategory.class, null), s);
                stages.add(new Stage(stageName, phase));
            }
            String sal = in.string("salStage", stages.isEmpty() ? "" : stages.get(0).name());
            try {
                setup = new StageSetup(stages, sal);
            } catch (InvalidInputException e) {
                throw new JsonFieldException("stages", e.getMessage());
            }
        } else if (in.has("salStage")) {
            try {
                setup = new StageSetup(setup.stages(), in.string("salStage"));
            } catch (InvalidInputException e) {
                throw new JsonFieldException("salStage", e.getMessage());
            }
        }
        List<Lookup> lookups = new ArrayList<>();
        if (in.has("lookups")) {
            for (JsonObjectReader.JsonElement element : in.array("lookups")) {
                lookups.add(lookup(element, folder));
            }
        }
        return new ImportMapping(columns, outcomes, stageValues, setup, in.string("sheet", ""), lookups,
                dateFormats(root, in), amountUnit(in));
    }

    /** {@code "amountUnit"}: {@code "cents"} (the currency's smallest unit, divided by 100) or {@code "units"}. */
    private static AmountUnit amountUnit(JsonObjectReader in) throws JsonFieldException {
        String unit = in.string("amountUnit", "units").strip().toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "units" -> AmountUnit.UNITS;
            case "cents" -> AmountUnit.cents("the mapping's amountUnit");
            default -> throw new JsonFieldException("amountUnit", "\"" + unit + "\" is neither \"units\" nor"
                    + " \"cents\" (amounts in the currency's smallest unit, such as 4900 for 49.00)");
        };
    }

    /** {@code "dateFormat"}: one pattern for the file, or an object of column name → pattern; each is checked. */
    private static DateFormats dateFormats(JsonNode root, JsonObjectReader in) throws JsonFieldException {
        if (!in.has("dateFormat")) {
            return DateFormats.none();
        }
        if (root.get("dateFormat").isTextual()) {
            String pattern = in.string("dateFormat");
            checkDatePattern("dateFormat", pattern);
            return new DateFormats(pattern, Map.of());
        }
        Map<String, String> byColumn = strings(in, "dateFormat");
        for (Map.Entry<String, String> e : byColumn.entrySet()) {
            checkDatePattern("dateFormat." + e.getKey(), e.getValue());
        }
        return new DateFormats(null, byColumn);
    }

    private static void checkDatePattern(String path, String pattern) throws JsonFieldException {
        try {
            DateFormats.reading(pattern);
        } catch (IllegalArgumentException e) {
            throw new JsonFieldException(path, "\"" + pattern + "\" is not a date pattern (" + e.getMessage()
                    + "); write it like \"d/M/yyyy\" or \"M/d/yyyy\"");
        }
    }

    private static Phase phaseOf(ForecastCategory category, JsonObjectReader s) throws JsonFieldException {
        if (category == null) {
            throw new JsonFieldException(s.pathOf("category"), "is required (PIPELINE, BEST_CASE or COMMIT)");
        }
        for (Phase phase : Phase.values()) {
            if (phase.category() == category) {
                return phase;
            }
        }
        throw new JsonFieldException(s.pathOf("category"), "has no phase: " + category);
    }

    private static Map<String, String> strings(JsonObjectReader in, String key) throws JsonFieldException {
        if (!in.has(key)) {
            return Map.of();
        }
        return in.object(key).orElseThrow().stringMap();
    }

    /** Reads one element of the mapping's {@code lookups}; a relative {@code file} is taken from {@code folder}. */
    private static Lookup lookup(JsonObjectReader.JsonElement element, Path folder) throws JsonFieldException {
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
}
