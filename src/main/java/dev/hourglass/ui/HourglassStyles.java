package dev.hourglass.ui;

/** The application's own stylesheet, on top of the AtlantaFX theme. */
public final class HourglassStyles {
    private HourglassStyles() {
    }

    public static String stylesheet() {
        return HourglassStyles.class.getResource("common/hourglass.css").toExternalForm();
    }
}
