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
import java.util.Optional;

/**
 * How to read an export of any kind (docs/mapping.md): column renames and, for deals, raw outcome and stage values,
 * the stages with their forecast categories, and the SAL stage. Kinds without outcomes or stages use the columns.
 */
public record ImportMapping(Map<String, String> columns, Map<String, Outcome> outcomes, Map<String, String> stageValues,
                          StageSetup stageSetup, String sheet, List<Lookup> lookups, DateFormats dateFormat) {

    /**
     * {@code sheet}: the sheet of an xlsx file, blank for the first; {@code lookups}: files joined by a key;
     * {@code dateFormat}: the reading of dates when a column's values fit two.
     */
    public ImportMapping {
        columns = Map.copyOf(columns);
        outcomes = Map.copyOf(outcomes);
        stageValues = Map.copyOf(stageValues);
        sheet = sheet == null ? "" : sheet.strip();
        lookups = List.copyOf(lookups);
        dateFormat = dateFormat == null ? DateFormats.none() : dateFormat;
    }

    public ImportMapping(Map<String, String> columns, Map<String, Outcome> outcomes, Map<String, String> stageValues,
                         StageSetup stageSetup) {
        this(columns, outcomes, stageValues, stageSetup, "", List.of(), DateFormats.none());
    }

    /** This mapping reading another sheet (a command's {@code --sheet}); itself when {@code sheet} is null. */
    public ImportMapping withSheet(String sheet) {
        return sheet == null ? this : new ImportMapping(columns, outcomes, stageValues, stageSetup, sheet, lookups, dateFormat);
    }

    public static ImportMapping defaults() {
        return new ImportMapping(Map.of(), Map.of(), Map.of(), StageSetup.defaults());
    }

    /** Only column renames: column name in the file → field name. */
    public static ImportMapping ofColumns(Map<String, String> columns) {
        return new ImportMapping(columns, Map.of(), Map.of(), StageSetup.defaults());
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

    /** Stage values that mean a closed deal, as {@link #looseKey} gives them (imports.md §3). */
    private static final Map<String, Outcome> CLOSED_STAGES = Map.of(
            "won", Outcome.WON, "closedwon", Outcome.WON,
            "lost", Outcome.LOST_COMPETITION, "closedlost", Outcome.LOST_COMPETITION,
            "nodecision", Outcome.LOST_NO_DECISION, "closednodecision", Outcome.LOST_NO_DECISION);

    /**
     * The outcome a stage value stands for when the file has no outcome column: WON or a lost outcome for a closed
     * deal, OPEN for an open deal's stage. The mapping's {@code outcomes} add or override (matched as written, or
     * ignoring case, spaces and punctuation, e.g. HubSpot's {@code closedwon}), then {@code Won}, {@code Closed Won},
     * {@code Closed/Won}, {@code Lost}, {@code Closed Lost}, {@code No Decision} and {@code Closed - No Decision}.
     */
    public Outcome outcomeOfStage(String raw) {
        Outcome mapped = outcomes.get(raw);
        if (mapped != null) {
            return mapped;
        }
        String key = looseKey(raw);
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            if (looseKey(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return CLOSED_STAGES.getOrDefault(key, Outcome.OPEN);
    }

    /** Letters and digits only, lower case: "Closed - No Decision" and "closednodecision" are one value. */
    private static String looseKey(String value) {
        StringBuilder key = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The stage name a raw value stands for (itself when not mapped). */
    public String stage(String raw) {
        return stageValues.getOrDefault(raw, raw);
    }

    /** A mapping kept as text (in a workbook); the message names the field at fault. */
    public static ImportMapping parse(String json) throws BadInputException {
        try {
            return fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), null);
        } catch (JsonFieldException e) {
            throw new BadInputException("mapping, field " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new BadInputException("mapping: not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    public static ImportMapping read(Path file) throws BadInputException {
        Path folder = file.toAbsolutePath().getParent();
        return JsonFiles.read(file, root -> fromJson(root, folder));
    }

    /** @param folder the mapping file's folder, which relative lookup files are in; null for the working folder */
    static ImportMapping fromJson(JsonNode root, Path folder) throws JsonFieldException {
        JsonObjectReader in = new JsonObjectReader(root, "");
        in.allowOnly("columns", "outcomes", "stageValues", "stages", "salStage", "sheet", "lookups", "dateFormat");
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
                lookups.add(Lookup.fromJson(element, folder));
            }
        }
        return new ImportMapping(columns, outcomes, stageValues, setup, in.string("sheet", ""), lookups,
                dateFormats(root, in));
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
