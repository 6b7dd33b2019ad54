package dev.hourglass.ui.common;

import java.util.Locale;

/**
 * The name of an export Hourglass recognised ("HubSpot deals export") in the desktop's language; a name the bundle
 * does not know stays as the import gave it.
 */
public final class ExportNameText {
    private ExportNameText() {
    }

    public static String of(String english) {
        String key = "exportName." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return UiText.speaksEnglish() || !UiText.bundle().containsKey(key)
                ? english : UiText.text(key);
    }
}
