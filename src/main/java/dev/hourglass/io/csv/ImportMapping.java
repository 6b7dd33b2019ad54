package dev.hourglass.io.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.JsonFieldException;
import dev.hourglass.io.json.JsonFiles;
import dev.hourglass.io.json.JsonObjectReader;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read an export of any kind (docs/mapping.md): column renames and, for deals, raw outcome and stage values,
 * the stages with their forecast categories, and the SAL stage. Kinds without outcomes or stages use the columns.
 */
public record ImportMapping(Map<String, String> columns, Map<String, Outcome> outcomes, Map<String, String> stageValues,
                          StageSetup stageSetup, DateFormats dateFormat) {

    public ImportMapping {
        columns = Map.copyOf(columns);
        outcomes = Map.copyOf(outcomes);
        stageValues = Map.copyOf(stageValues);
    }

    public static ImportMapping defaults() {
        return new ImportMapping(Map.of(), Map.of(), Map.of(), StageSetup.defaults(), DateFormats.none());
    }

    /** Only column renames: column name in the file → field name. */
    public static ImportMapping ofColumns(Map<String, String> columns) {
        return new ImportMapping(columns, Map.of(), Map.of(), StageSetup.defaults(), DateFormats.none());
    }

    /** The outcome a raw value stands for, or null when it stands for none. A blank value is an open deal. */
    public Outcome outcome(String raw) {
        Outcome mapped = outcomes.get(raw);
        if (mapped != null) {
            return mapped;
        }
        if (raw.isBlank()) {
            return Outcome.OPEN;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The stage name a raw value stands for (itself when not mapped). */
    public String stage(String raw) {
        return stageValues.getOrDefault(raw, raw);
    }

    /** A mapping kept as text (in a workbook); the message names the field at fault. */
    public static ImportMapping parse(String json) throws BadInputException {
        try {
            return fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
        } catch (JsonFieldException e) {
            throw new BadInputException("mapping, field " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new BadInputException("mapping: not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    public static ImportMapping read(Path file) throws BadInputException {
        return JsonFiles.read(file, ImportMapping::fromJson);
    }

    static ImportMapping fromJson(JsonNode root) throws JsonFieldException {
        JsonObjectReader in = new JsonObjectReader(root, "");
        in.allowOnly("columns", "outcomes", "stageValues", "stages", "salStage", "dateFormat");
        Map<String, String> columns = strings(in, "columns");
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
        return new ImportMapping(columns, outcomes, stageValues, setup, dateFormats(root, in));
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
}
