package dev.hourglass;

import dev.hourglass.cli.DirectCommand;
import dev.hourglass.cli.HourglassCli;
import dev.hourglass.ui.HourglassApp;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Entry point of {@code hourglass.jar}: no arguments opens the desktop app on the sample workbook, a workbook file
 * opens the app on it, a sub-command runs headless.
 * This class must not extend {@code javafx.application.Application}: the launcher of a plain jar on the
 * class path refuses such a main class, and the command line must never start the JavaFX toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesktop(args)) {
            Logs.routeJavaUtilLogging();
            HourglassApp.launchDesktop(args);
            return;
        }
        // A plain cohorts or pipeline run goes without the logging bridge: installing it looks for a LoggerFinder
        // through the class path, which opens the 25,000-entry jar (10-20 ms of a 0.4 s run), and nothing such a run
        // uses writes to java.util.logging (SQLite logs through SLF4J).
        OptionalInt plain = DirectCommand.runPlain(args);
        if (plain.isPresent()) {
            System.exit(plain.getAsInt());
        }
        Logs.routeJavaUtilLogging();
        System.exit(HourglassCli.run(args));
    }

    /**
     * No arguments, or just one workbook file — as a file manager passes it through the installers' file association
     * ({@code .hourglass} in any case: Windows and the MIME glob ignore case).
     */
    static boolean opensDesktop(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".hourglass"));
    }
}
