package dev.hourglass.model.plan;

import dev.hourglass.model.Require;

/**
 * How much new ARR a month of the plan books: a fixed amount plus a share of the ARR the month opens with. A plan
 * solved for a target books a share only, so new ARR grows with the ARR base and ARR grows by the same percentage
 * every month; a plan opening at 0 ARR, and a budget spent evenly, book a fixed amount only.
 *
 * @param fixed             new ARR every month, whatever the ARR
 * @param shareOfOpeningArr new ARR per dollar of the month's opening ARR
 */
public record NewArrRule(double fixed, double shareOfOpeningArr) {
    public NewArrRule {
        Require.nonNegative("new ARR per month", Require.finite("new ARR per month", fixed));
        Require.nonNegative("new ARR per dollar of opening ARR",
                Require.finite("new ARR per dollar of opening ARR", shareOfOpeningArr));
    }

    /** The same new ARR every month. */
    public static NewArrRule flat(double perMonth) {
        return new NewArrRule(perMonth, 0);
    }

    /** New ARR of a month that opens at {@code openingArr}. */
    public double of(double openingArr) {
        return fixed + shareOfOpeningArr * openingArr;
    }
}
