package dev.hourglass.io.json;

import dev.hourglass.io.csv.DateFormats;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Stage;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a mapping as the mapping file of docs/mapping.md, so a workbook keeps it for the next import. */
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
}
