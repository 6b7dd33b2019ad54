package dev.hourglass.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code "detectionCodes"} and {@code "reasonCodes"} of a kept import report: each finding's and each reason's code
 * and arguments, beside their English in {@code "detections"} and {@code "excluded"}, so the desktop can write a
 * report kept in a workbook in its own language. A report kept before the codes were, or with a code this version
 * does not know, reads as English.
 */
final class ReportCodesJson {
    private ReportCodesJson() {
    }

    static void write(JsonOut out, ImportReport report) {
        writeDetections(out, report.detections());
        out.beginArray("reasonCodes");
        for (RowProblems.Reason reason : report.excluded().reasons()) {
            out.beginObject().string("code", reason.coded().code().name()).beginArray("args");
            reason.coded().args().forEach(out::string);
            out.endArray().endObject();
        }
        out.endArray();
    }

    /** The reason kept as {@code english}, with its code when the {@code index}th of {@code codes} has a known one. */
    static RowReason reason(JsonNode codes, int index, String english) {
        JsonNode node = codes.path(index);
        String code = node.path("code").asText();
        if (Arrays.stream(RowReason.Code.values()).noneMatch(c -> c.name().equals(code))) {
            return RowReason.of(english);
        }
        List<String> args = new ArrayList<>();
        node.path("args").forEach(arg -> args.add(arg.asText()));
        return new RowReason(RowReason.Code.valueOf(code), args, english);
    }

    private static void writeDetections(JsonOut out, List<Detection> detections) {
        out.beginArray("detectionCodes");
        for (Detection detection : detections) {
            out.beginObject().string("code", detection.code().name()).beginArray("args");
            for (Object arg : detection.args()) {
                if (arg instanceof Long count) {
                    out.number(count);
                } else {
                    out.string(String.valueOf(arg));
                }
            }
            out.endArray().endObject();
        }
        out.endArray();
    }

    /** The findings of the kept sentences, with their codes when {@code codes} has one for each. */
    static List<Detection> read(JsonNode codes, List<String> sentences) {
        List<Detection> detections = new ArrayList<>();
        boolean coded = codes.isArray() && codes.size() == sentences.size();
        for (int i = 0; i < sentences.size(); i++) {
            detections.add(coded ? detection(codes.get(i), sentences.get(i)) : Detection.of(sentences.get(i)));
        }
        return detections;
    }

    private static Detection detection(JsonNode node, String english) {
        String code = node.path("code").asText();
        if (Arrays.stream(Detection.Code.values()).noneMatch(c -> c.name().equals(code))) {
            return Detection.of(english);
        }
        List<Object> args = new ArrayList<>();
        node.path("args").forEach(arg -> args.add(arg.isNumber() ? (Object) arg.asLong() : arg.asText()));
        return new Detection(Detection.Code.valueOf(code), args, english);
    }
}
