package dev.hourglass.model.retention;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.Require;
import java.util.List;
import java.util.Optional;

/**
 * Portfolio retention assumptions (metrics.md §2).
 *
 * @param newArrPerYear new ARR booked in year 1, 2, …; a year past the end of the list books the last figure
 *                      again (so one figure means "the same every year"); an empty list books none
 * @param nrrImprovement optional "what an NRR gain is worth" question
 */
public record RetentionInputs(double startArr, RetentionRates rates, List<Double> newArrPerYear, int years,
                              Optional<NrrImprovement> nrrImprovement) {
    public RetentionInputs {
        Require.nonNegative("start ARR", startArr);
        Require.present("retention rates", rates);
        Require.atMostEntries("new ARR per year", newArrPerYear, InputLimits.MAX_YEARS);
        newArrPerYear = Require.listOf("new ARR per year", newArrPerYear);
        for (double v : newArrPerYear) {
            Require.nonNegative("new ARR per year", v);
        }
        Require.between("years", years, 1, InputLimits.MAX_YEARS);
        Require.present("NRR improvement", nrrImprovement);
    }

    public double newArrInYear(int year) {
        if (newArrPerYear.isEmpty()) {
            return 0;
        }
        return newArrPerYear.get(Math.min(year, newArrPerYear.size()) - 1);
    }

    public RetentionInputs withStartArr(double value) {
        return new RetentionInputs(value, rates, newArrPerYear, years, nrrImprovement);
    }

    public RetentionInputs withRates(RetentionRates value) {
        return new RetentionInputs(startArr, value, newArrPerYear, years, nrrImprovement);
    }

    public RetentionInputs withNewArrPerYear(List<Double> value) {
        return new RetentionInputs(startArr, rates, value, years, nrrImprovement);
    }

    public RetentionInputs withYears(int value) {
        return new RetentionInputs(startArr, rates, newArrPerYear, value, nrrImprovement);
    }

    public RetentionInputs withNrrImprovement(Optional<NrrImprovement> value) {
        return new RetentionInputs(startArr, rates, newArrPerYear, years, value);
    }
}
