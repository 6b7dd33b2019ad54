package dev.hourglass.model.pipeline;

import dev.hourglass.model.Ratios;
import java.util.OptionalDouble;

/**
 * Closed and slipped deals of a period and the rates they give (metrics.md §4):
 * closeRate = Won / (Won + LostComp + LostNoDecision), slippageAdjustedCloseRate adds Slipped to the
 * denominator, winRate = Won / (Won + LostComp). By amount (the headline) and by count; an empty
 * denominator is "no data".
 */
public record ConversionRates(AmountCount won, AmountCount lostCompetition, AmountCount lostNoDecision,
                              AmountCount slipped) {

    public OptionalDouble closeRate() {
        return Ratios.ratio(won.amount(), closedAmount());
    }

    public OptionalDouble closeRateByCount() {
        return Ratios.ratio(won.count(), closedCount());
    }

    public OptionalDouble slippageAdjustedCloseRate() {
        return Ratios.ratio(won.amount(), closedAmount() + slipped.amount());
    }

    public OptionalDouble slippageAdjustedCloseRateByCount() {
        return Ratios.ratio(won.count(), closedCount() + slipped.count());
    }

    public OptionalDouble winRate() {
        return Ratios.ratio(won.amount(), won.amount() + lostCompetition.amount());
    }

    public OptionalDouble winRateByCount() {
        return Ratios.ratio(won.count(), won.count() + lostCompetition.count());
    }

    public double closedAmount() {
        return won.amount() + lostCompetition.amount() + lostNoDecision.amount();
    }

    public long closedCount() {
        return won.count() + lostCompetition.count() + lostNoDecision.count();
    }
}
