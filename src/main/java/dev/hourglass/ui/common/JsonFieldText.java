package dev.hourglass.ui.common;

import dev.hourglass.io.json.JsonFieldException.Found;
import dev.hourglass.io.json.JsonFieldException.Why;
import java.util.List;

/**
 * What is wrong with a field of a scenario, mapping or settings file, in the desktop's language; a problem only a
 * library's English says is that English in brackets after a sentence that says what to do.
 */
final class JsonFieldText {
    private JsonFieldText() {
    }

    /** {@code why} is null for a problem said only in English ({@code english}). */
    static String of(String file, String path, String english, Why why, List<?> args) {
        if (why == null) {
            return UiText.text("fileProblem.BAD_JSON_FIELD", file, path, english);
        }
        return UiText.text("fileProblem.BAD_JSON_FIELD.coded", file, path, detail(why, args));
    }

    private static String detail(Why why, List<?> args) {
        String key = "jsonField." + why.name();
        return switch (why) {
            case EXPECTED_OBJECT, EXPECTED_NUMBER, EXPECTED_TEXT, EXPECTED_LIST ->
                    UiText.text(key, found((Found) args.get(0), args.get(1)));
            default -> UiText.text(key, args.toArray());
        };
    }

    private static String found(Found found, Object text) {
        return UiText.text("jsonField.found." + found.name(), text);
    }
}
