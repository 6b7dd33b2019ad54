package dev.hourglass.io;

import java.util.Optional;

/**
 * A file cannot be used at all: missing, unreadable, not the expected format, a required column absent, or no
 * usable row. The message names the file and, where it applies, the line and column.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient FileProblem problem;

    public BadInputException(String message) {
        this(message, null, null);
    }

    public BadInputException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** A failure the desktop says in its language from {@code problem}; the message is the CLI's English. */
    public BadInputException(String message, FileProblem problem) {
        this(message, null, problem);
    }

    public BadInputException(String message, Throwable cause, FileProblem problem) {
        super(message, cause);
        this.problem = problem;
    }

    /** The problem coded, when the code that failed gave it. */
    public Optional<FileProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
