package dev.hourglass.ui.common;

import java.nio.file.Path;

/** Where the logs are written: the folder Logback writes to (dev.hourglass.LogConfiguration), {@code -Dhourglass.logs} or {@code ~/.hourglass/logs}. */
public final class LogFolder {
    private LogFolder() {
    }

    public static Path location() {
        String chosen = System.getProperty("hourglass.logs");
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".hourglass", "logs");
    }

    /** The current log file in it (older ones are rolled over beside it, dated). */
    public static Path currentFile() {
        return location().resolve("hourglass.log");
    }
}
