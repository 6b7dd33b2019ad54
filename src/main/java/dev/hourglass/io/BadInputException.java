package dev.hourglass.io;

/**
 * A file cannot be used at all: missing, unreadable, not the expected format, a required column absent, or no
 * usable row. The message names the file and, where it applies, the line and column.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
