package dev.hourglass;

import dev.hourglass.cli.HourglassCli;

/**
 * Entry point of {@code hourglass.jar}: no arguments opens the desktop app, a sub-command runs headless.
 * This class must not extend {@code javafx.application.Application}: the launcher of a plain jar on the
 * class path refuses such a main class, and the command line must never start the JavaFX toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.hourglass.ui.HourglassApp.launchDesktop(args);
            return;
        }
        System.exit(HourglassCli.run(args));
    }
}
