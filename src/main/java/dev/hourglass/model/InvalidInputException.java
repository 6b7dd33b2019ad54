package dev.hourglass.model;

/**
 * An input a user typed or a file supplied is out of range. The message is written for the user
 * ("gross margin must be between 0 and 1, got 1.8"); {@link #field()} names the input so a form or an
 * importer can point at it.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input's name as the user sees it, e.g. "gross margin". */
    public String field() {
        return field;
    }
}
