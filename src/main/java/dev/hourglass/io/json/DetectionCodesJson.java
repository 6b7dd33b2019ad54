package dev.hourglass.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hourglass.io.csv.Detection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code "detectionCodes": [...]} of a kept import report: each finding's code and arguments, beside its English
 * sentence in {@code "detections"}, so the desktop can write a report kept in a workbook in its own language. A
 * report kept before the codes were, or with a code this version does not know, reads as English sentences.
 */
final class DetectionCodesJson {
    private DetectionCodesJson() {
    }

    static void write(JsonOut out, List<Detection> detections) {
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
