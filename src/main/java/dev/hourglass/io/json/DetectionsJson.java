package dev.hourglass.io.json;

import java.util.List;

/** {@code "detections": [...]} of an analysis: how its file was read, in the import report's sentences. */
final class DetectionsJson {
    private DetectionsJson() {
    }

    static void write(JsonOut out, List<String> detections) {
        out.beginArray("detections");
        detections.forEach(out::string);
        out.endArray();
    }
}
