package dev.hourglass.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;

/** The AtlantaFX theme the application uses, and its own stylesheet on top of it. */
public final class HourglassStyles {
    private HourglassStyles() {
    }

    public static String stylesheet() {
        return HourglassStyles.class.getResource("common/hourglass.css").toExternalForm();
    }

    /**
     * AtlantaFX's Primer theme, light or dark: the binary copy the build makes of its CSS (pom.xml, theme-bss-*), which
     * JavaFX loads without parsing, else — a build without that step — AtlantaFX's CSS itself.
     */
    public static String theme(boolean dark) {
        URL binary = HourglassStyles.class.getResource(dark ? "common/primer-dark.bss" : "common/primer-light.bss");
        if (binary != null) {
            return binary.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
