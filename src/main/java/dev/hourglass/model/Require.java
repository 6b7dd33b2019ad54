package dev.hourglass.model;

import dev.hourglass.model.InvalidInputException.Rule;
import java.util.List;
import java.util.Objects;

/** Range checks for model inputs, each failing with a message a user understands. */
public final class Require {
    private Require() {
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, field + " must be a number, got " + format(value),
                    Rule.NOT_A_NUMBER, value);
        }
        return value;
    }

    /** A rate between 0 and 1 inclusive (0.18 = 18 %). */
    public static double fraction(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new InvalidInputException(field, field + " must be between 0 and 1, got " + format(value),
                    Rule.FRACTION, value);
        }
        return value;
    }

    /** A rate below 1 that may be 0: a churn rate of 100 % would make every later month empty. */
    public static double fractionBelowOne(String field, double value) {
        finite(field, value);
        if (value < 0 || value >= 1) {
            throw new InvalidInputException(field, field + " must be at least 0 and below 1, got " + format(value),
                    Rule.FRACTION_BELOW_ONE, value);
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new InvalidInputException(field, field + " must not be negative, got " + format(value),
                    Rule.NOT_NEGATIVE, value);
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new InvalidInputException(field, field + " must be greater than 0, got " + format(value),
                    Rule.POSITIVE, value);
        }
        return value;
    }

    public static double atLeast(String field, double value, double min) {
        finite(field, value);
        if (value < min) {
            throw new InvalidInputException(field, field + " must be at least " + format(min) + ", got " + format(value),
                    Rule.AT_LEAST, min, value);
        }
        return value;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field,
                    field + " must be between " + min + " and " + max + ", got " + value, Rule.BETWEEN, min, max, value);
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required", Rule.REQUIRED);
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty", Rule.NOT_EMPTY);
        }
        return value;
    }

    /** Text of at most {@code max} characters; the message gives its length, not the text. */
    public static String atMostChars(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, field + " is " + value.length() + " characters long; at most " + max
                    + " are allowed", Rule.TOO_LONG, value.length(), max);
        }
        return value;
    }

    /** A list of at most {@code max} entries. */
    public static <T> List<T> atMostEntries(String field, List<T> values, int max) {
        if (values != null && values.size() > max) {
            throw new InvalidInputException(field, field + " has " + values.size() + " entries; at most " + max
                    + " are allowed", Rule.TOO_MANY, values.size(), max);
        }
        return values;
    }

    /** An immutable copy of a list that must not contain nulls. */
    public static <T> List<T> listOf(String field, List<T> values) {
        present(field, values);
        for (T value : values) {
            Objects.requireNonNull(value, () -> field + " must not contain empty entries");
        }
        return List.copyOf(values);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "not a number";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "minus infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
