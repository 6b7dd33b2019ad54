package dev.hourglass.ui;

import dev.hourglass.ui.common.AppPreferences;
import java.util.Optional;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/**
 * Where the graphics card cannot draw for JavaFX (a virtual machine, a remote desktop, a server's X display), its
 * toolkit first tries the hardware pipeline, fails, and falls back to drawing in software — at every start: 0.1-0.2 s
 * on this project's 2-core machine (bench/README.md, Desktop start-up). So the fallback is remembered for the machine,
 * its system and its Java, and the next start asks for software drawing at once; a new system or Java tries the
 * hardware again. A {@code -Dprism.order} the user gives is always kept.
 */
final class SoftwareRendering {
    private static final String ORDER = "prism.order";
    private static final String TEST_PLATFORM = "monocle";
    private static boolean chosenHere;

    private SoftwareRendering() {
    }

    /** Before the toolkit starts: software drawing when this machine was found to need it. */
    static void useIfRemembered(AppPreferences preferences) {
        if (System.getProperty(ORDER) == null && preferences.softwareRenderingMachine().filter(machine()::equals).isPresent()) {
            System.setProperty(ORDER, "sw");
            chosenHere = true;
        }
    }

    /** Once the toolkit has started (on a real screen, with the pipeline it chose itself): remembers what it found. */
    static void remember(AppPreferences preferences) {
        if (chosenHere || System.getProperty(ORDER) != null || isHeadless()) {
            return;
        }
        // no 3D on the software pipeline: the public sign of the fallback
        boolean software = !Platform.isSupported(ConditionalFeature.SCENE3D);
        preferences.setSoftwareRenderingMachine(software ? Optional.of(machine()) : Optional.empty());
    }

    /** The test platform (Monocle) has no graphics card to find. */
    private static boolean isHeadless() {
        return TEST_PLATFORM.equalsIgnoreCase(System.getProperty("glass.platform", ""))
                || TEST_PLATFORM.equalsIgnoreCase(System.getProperty("javafx.platform", ""));
    }

    static String machine() {
        return String.join(" ", System.getProperty("os.name", ""), System.getProperty("os.version", ""),
                System.getProperty("os.arch", ""), System.getProperty("java.vm.version", ""),
                String.valueOf(System.getenv("XDG_SESSION_TYPE")));
    }
}
