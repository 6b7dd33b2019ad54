package dev.hourglass.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An input a user typed or a file supplied is out of range. The message is written for the user
 * ("gross margin must be between 0 and 1, got 1.8"); {@link #field()} names the input so a form or an
 * importer can point at it.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Which range check refused the value, for the desktop to say in its language; the arguments each takes. */
    public enum Rule {
        /** the value (NaN or an infinity). */
        NOT_A_NUMBER,
        /** the value. */
        FRACTION,
        /** the value. */
        FRACTION_BELOW_ONE,
        /** the value. */
        NOT_NEGATIVE,
        /** the value. */
        POSITIVE,
        /** the least allowed, the value. */
        AT_LEAST,
        /** the least, the most, the value. */
        BETWEEN,
        /** none. */
        REQUIRED,
        /** none. */
        NOT_EMPTY,
        /** the text's length, the most characters. */
        TOO_LONG,
        /** the entries, the most entries. */
        TOO_MANY,
        /** the value. */
        WHOLE_NUMBER,
        /** the most allowed, the value. */
        AT_MOST,
        /** the most the two may make together (1), their sum. */
        CHURN_AND_CONTRACTION,
        /** what the shares must add up to (1), their sum. */
        SHARES_ADD_UP,
        /** none. */
        NO_WEIGHT,
        /** the low end, the high end. */
        LOW_ABOVE_HIGH,
        /** the likely value, the low end, the high end. */
        LIKELY_OUTSIDE,
        /** the start, the end. */
        END_BEFORE_START,
        /** the other input's name (as the model calls it, e.g. "GRR"), the other input's value, the value. */
        AT_LEAST_FIELD,
        /** the other input's name, the other input's value, the value. */
        AT_MOST_FIELD,
        /** none: the input takes one number, not a range. */
        NO_RANGE,
        /** the range's start, its end: a range to search must go up (equal ends are empty too). */
        RANGE_NOT_RISING,
        /**
         * the run (from 1), the drawn value of each driver with a range (a map from the driver): a simulation run drew
         * values a section refuses; the section's own refusal is the {@link #getCause() cause}.
         */
        DRAW_REFUSED
    }

    /** Which end of a range a refused value is, for a driver typed as a range. */
    public enum RangeEnd {
        LOW, LIKELY, HIGH
    }

    private final String field;
    private final transient Rule rule;
    private final transient List<Object> args;
    private final transient RangeEnd rangeEnd;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /** A refusal by a range check: the message is the English, {@code rule} and {@code args} the desktop's. */
    public InvalidInputException(String field, String message, Rule rule, Object... args) {
        this(field, message, null, rule, args);
    }

    private InvalidInputException(String field, String message, RangeEnd rangeEnd, Rule rule, Object... args) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.rangeEnd = rangeEnd;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** The same refusal (rule and arguments kept) of one end of a range, under {@code field} and {@code message}. */
    public InvalidInputException atRangeEnd(RangeEnd end, String field, String message) {
        return new InvalidInputException(field, message, end, rule, args.toArray());
    }

    /** A refusal with {@code reason} as its cause, e.g. a section's refusal of a run's draw. */
    public static InvalidInputException causedBy(InvalidInputException reason, String message, Rule rule,
                                                 Object... args) {
        InvalidInputException refused = new InvalidInputException(reason.field(), message, rule, args);
        refused.initCause(reason);
        return refused;
    }

    /** Empty unless the refused value is one end of a range. */
    public Optional<RangeEnd> rangeEnd() {
        return Optional.ofNullable(rangeEnd);
    }

    /** Empty for a refusal said only in English. */
    public Optional<Rule> rule() {
        return Optional.ofNullable(rule);
    }

    public List<Object> args() {
        return args;
    }

    /** The input's name as the user sees it, e.g. "gross margin". */
    public String field() {
        return field;
    }
}
