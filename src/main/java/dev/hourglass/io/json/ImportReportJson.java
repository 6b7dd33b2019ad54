package dev.hourglass.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import report as JSON: kept with its dataset in a workbook, printed by {@code list --json}, and the source of
 * {@code rowsRead}, {@code excluded} and {@code warnings} when a command analyses a workbook.
 */
public final class ImportReportJson {
    private ImportReportJson() {
    }

    /** The report as a workbook keeps it: what {@link #write} writes, and the findings' codes for the desktop. */
    public static String toJson(ImportReport report) {
        StringWriter text = new StringWriter();
        try (JsonOut out = new JsonOut(text, false)) {
            out.beginObject();
            write(out, report);
            ReportCodesJson.write(out, report);
            out.endObject();
        }
        return text.toString();
    }

    /** The report's fields into the object {@code out} has open. */
    public static void write(JsonOut out, ImportReport report) {
        out.string("kind", report.kind()).string("sourceFile", report.sourceFile())
                .number("rowsRead", report.rowsRead()).number("imported", report.imported());
        ExcludedJson.write(out, report.excluded(), null, 0);
        out.beginObject("filled");
        report.filled().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.number(e.getKey(), e.getValue()));
        out.endObject().beginArray("detections");
        report.detectionSentences().forEach(out::string);
        out.endArray();
        writeWarnings(out, report.warnings());
    }

    public static void writeWarnings(JsonOut out, List<ImportReport.Warning> warnings) {
        out.beginArray("warnings");
        for (ImportReport.Warning w : warnings) {
            out.beginObject().string("code", w.code()).string("message", w.message()).endObject();
        }
        out.endArray();
    }

    /** A kept report; the message says what is wrong with a damaged one. */
    public static ImportReport parse(String json) throws BadInputException {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            RowProblems excluded = new RowProblems(root.path("sourceFile").asText(""));
            int index = 0;
            for (JsonNode reason : root.path("excluded").path("reasons")) {
                List<Long> lines = new ArrayList<>();
                List<String> examples = new ArrayList<>();
                for (JsonNode example : reason.path("examples")) {
                    lines.add(example.path("line").asLong());
                    examples.add(example.path("message").asText());
                }
                excluded.restore(ReportCodesJson.reason(root.path("reasonCodes"), index++, reason.path("reason").asText()),
                        reason.path("count").asLong(), lines, examples);
            }
            Map<String, Long> filled = new LinkedHashMap<>();
            root.path("filled").fields().forEachRemaining(e -> filled.put(e.getKey(), e.getValue().asLong()));
            List<String> sentences = new ArrayList<>();
            root.path("detections").forEach(d -> sentences.add(d.asText()));
            List<Detection> detections = ReportCodesJson.read(root.path("detectionCodes"), sentences);
            List<ImportReport.Warning> warnings = new ArrayList<>();
            root.path("warnings").forEach(w -> warnings.add(new ImportReport.Warning(w.path("code").asText(),
                    w.path("message").asText())));
            return new ImportReport(root.path("kind").asText(), root.path("sourceFile").asText(),
                    root.path("rowsRead").asLong(), root.path("imported").asLong(), excluded, filled, detections, warnings);
        } catch (IOException e) {
            throw new BadInputException("the kept import report is not readable JSON (" + e.getMessage() + ")", e);
        }
    }
}
