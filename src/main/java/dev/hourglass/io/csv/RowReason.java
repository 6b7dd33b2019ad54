package dev.hourglass.io.csv;

import java.util.List;

/**
 * Why a row was left out, as a code with its arguments (the field's name, what was expected), which the desktop
 * writes in its own language, and the English reason the CLI prints and groups the rows by. A reason without its own
 * code is {@link Code#TEXT}: its English is all there is.
 */
public record RowReason(Code code, List<String> args, String english) {

    /** What the reason says; the arguments each code takes are listed with it. */
    public enum Code {
        /** Only the English reason. */
        TEXT,
        /** The row has fewer fields than the header. */
        SHORT_ROW,
        /** A required field is empty: field. */
        EMPTY,
        /** Another row has the same id. */
        DUPLICATE_ID,
        /** A field that must be a date is not: field. */
        NOT_A_DATE,
        /** A field that must be a number is not: field. */
        NOT_A_NUMBER,
        /** A field that cannot be negative is: field. */
        NEGATIVE,
        /** A figure larger than any business has: field. */
        TOO_LARGE,
        /** A closed deal without a close date. */
        CLOSE_DATE_MISSING,
        /** An outcome the mapping does not know. */
        OUTCOME_UNKNOWN,
        /** A field that must be yes or no is not: field. */
        NOT_YES_OR_NO,
        /** A field that must be true or false (yes/no, 1/0) is not: field. */
        NOT_TRUE_OR_FALSE,
        /** A field that must be above 0 is not: field. */
        NOT_POSITIVE,
        /** The list price an empty amount needs is no number of 0 or more. */
        LIST_PRICE_UNUSABLE,
        /** A customer-month of a ledger whose MRR adds up to less than 0. */
        MONTH_BELOW_ZERO,
        /** A subscription with an ended status but no end date. */
        ENDED_WITHOUT_END,
        /** A subscription that ends before it starts. */
        END_BEFORE_START,
        /** A subscription with neither mrr nor amount. */
        MRR_AND_AMOUNT_EMPTY,
        /** A subscription's amount without its billing interval. */
        AMOUNT_WITHOUT_INTERVAL,
        /** A billing interval that is none of the known ones. */
        INTERVAL_UNKNOWN,
        /** A subscription's amount × quantity larger than any business has. */
        AMOUNT_TIMES_QUANTITY_TOO_LARGE,
        /** A field that must be a whole number is not: field. */
        NOT_A_WHOLE_NUMBER,
        /** A whole number too large to count: field. */
        WHOLE_NUMBER_TOO_LARGE,
        /** An NPS outside -100 to 100. */
        NPS_OUT_OF_RANGE,
        /** An expansion that takes the account below 0 ARR. */
        EXPANSION_BELOW_ZERO,
        /** More features adopted than available: adoption counts as 100 %. */
        ADOPTED_ABOVE_AVAILABLE,
        /** A lead's step date in a column of dates that is no date: field. */
        STEP_NOT_A_DATE,
        /** A lead's step flag in a column of yes/no flags that is neither: field. */
        STEP_NOT_YES_OR_NO,
        /** A lead's step that is neither a date nor yes or no: field. */
        NEITHER_DATE_NOR_YES_OR_NO
    }

    public RowReason {
        args = List.copyOf(args);
    }

    /** A reason kept in English only. */
    public static RowReason of(String english) {
        return new RowReason(Code.TEXT, List.of(), english);
    }

    public static RowReason of(Code code, String english, String... args) {
        return new RowReason(code, List.of(args), english);
    }

    /** "FIELD is not a date (YYYY-MM-DD)" and the like: the field's reason with what was expected. */
    public static RowReason notADate(String field, String expected) {
        return of(Code.NOT_A_DATE, field + " is not a date " + expected, field);
    }

    public static RowReason notANumber(String field) {
        return of(Code.NOT_A_NUMBER, field + " is not a number", field);
    }

    public static RowReason negative(String field) {
        return of(Code.NEGATIVE, field + " is negative", field);
    }

    public static RowReason empty(String field) {
        return of(Code.EMPTY, field + " is empty", field);
    }

    public static RowReason tooLarge(String field) {
        return of(Code.TOO_LARGE, NumberLimit.reason(field), field);
    }
}
