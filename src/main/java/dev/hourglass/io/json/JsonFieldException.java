package dev.hourglass.io.json;

/** A JSON field is missing, of the wrong type or out of range; {@link #path()} names it ("unitEconomics.acv"). */
public final class JsonFieldException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String detail;

    public JsonFieldException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
        this.detail = message;
    }

    /** What is wrong with the field, without its path (English). */
    public String detail() {
        return detail;
    }

    public String path() {
        return path;
    }
}
