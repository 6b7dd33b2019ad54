package dev.hourglass.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file could not be written. The message is for the user: "cannot write FILE (reason)"; the command line
 * prints it as {@code hourglass <command>: <message>} and exits with {@link HourglassCli#BAD_INPUT}.
 */
final class CannotWriteException extends Exception {
    private static final long serialVersionUID = 1L;

    private CannotWriteException(String what, Throwable cause) {
        super("cannot write " + what, cause);
    }

    /** From an export's failure whose message already names the file and the reason: "out/plan.xlsx (no such folder)". */
    static CannotWriteException of(IOException e) {
        return new CannotWriteException(e.getMessage(), e);
    }

    /** From a failure whose message does not name the file. */
    static CannotWriteException of(Path file, Exception e) {
        return new CannotWriteException(file + " (" + e.getMessage() + ")", e);
    }
}
