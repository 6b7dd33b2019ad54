package dev.hourglass.io.json;

import dev.hourglass.io.csv.DateFormats;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Stage;
import java.io.StringWriter;
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
}
