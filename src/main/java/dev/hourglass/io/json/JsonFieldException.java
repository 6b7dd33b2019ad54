package dev.hourglass.io.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A JSON field is missing, of the wrong type or out of range; {@link #path()} names it ("unitEconomics.acv"). */
public final class JsonFieldException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with a field, for the desktop to say in its language; the arguments each takes are listed with it. */
    public enum Why {
        /** none. */
        REQUIRED,
        /** what was found ({@link Found}), its text. */
        EXPECTED_OBJECT,
        /** what was found ({@link Found}), its text. */
        EXPECTED_NUMBER,
        /** what was found ({@link Found}), its text. */
        EXPECTED_TEXT,
        /** what was found ({@link Found}), its text. */
        EXPECTED_LIST,
        /** the value as written. */
        EXPECTED_WHOLE_NUMBER,
        /** the value. */
        OUT_OF_RANGE,
        /** the value as written. */
        TOO_LARGE,
        /** the fields allowed ("a, b"). */
        UNKNOWN_FIELD,
        /** the value, the values allowed ("A, B"). */
        UNKNOWN_VALUE,
        /** none. */
        NOT_A_SECTION,
        /** the format expected, the format found. */
        OTHER_FORMAT,
        /** the file's version, the newest this Hourglass reads. */
        NEWER_VERSION,
        /** none: grr and nrr, and churnRate, contractionRate and expansionRate, are both given. */
        RATES_TWICE
    }

    /** What a field held instead of what it should: its text is the argument after it. */
    public enum Found { NOTHING, TEXT, LIST, OBJECT, VALUE }

    private final String path;
    private final String detail;
    private final transient Why why;
    private final transient List<Object> args;

    public JsonFieldException(String path, String message) {
        this(path, message, null);
    }

    /** A coded problem: the message is the CLI's English, {@code why} and {@code args} the desktop's. */
    public JsonFieldException(String path, String message, Why why, Object... args) {
        super(path + ": " + message);
        this.path = path;
        this.detail = message;
        this.why = why;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** What is wrong with the field, without its path (English). */
    public String detail() {
        return detail;
    }

    public String path() {
        return path;
    }

    /** Empty for a problem said only in English (a reason a library gave). */
    public Optional<Why> why() {
        return Optional.ofNullable(why);
    }

    public List<Object> args() {
        return args;
    }
}
