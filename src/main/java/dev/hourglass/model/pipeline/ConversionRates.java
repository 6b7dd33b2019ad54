package dev.hourglass.model.pipeline;

import dev.hourglass.model.Ratios;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Closed and slipped deals of a period and the rates they give (metrics.md §4):
 * closeRate = Won / (Won + LostComp + LostNoDecision), slippageAdjustedCloseRate adds Slipped to the
 * denominator, winRate = Won / (Won + LostComp). By amount (the headline) and by count; an empty
 * denominator is "no data". Without {@code slippageMeasured} (no deal had an original close date) the slipped
 * deals are unknown, not none, and the slippage-adjusted rates are "no data" too.
 */
public record ConversionRates(AmountCount won, AmountCount lostCompetition, AmountCount lostNoDecision,
                              AmountCount slipped, boolean slippageMeasured) {

    /** Rates whose slippage was measured. */
    public ConversionRates(AmountCount won, AmountCount lostCompetition, AmountCount lostNoDecision,
                           AmountCount slipped) {
        this(won, lostCompetition, lostNoDecision, slipped, true);
    }

    /** The deals that slipped out of the period; empty when slippage could not be measured. */
    public Optional<AmountCount> slippedIfMeasured() {
        return slippageMeasured ? Optional.of(slipped) : Optional.empty();
    }

    public OptionalDouble closeRate() {
        return Ratios.ratio(won.amount(), closedAmount());
    }

    public OptionalDouble closeRateByCount() {
        return Ratios.ratio(won.count(), closedCount());
    }

    public OptionalDouble slippageAdjustedCloseRate() {
        return slippageMeasured ? Ratios.ratio(won.amount(), closedAmount() + slipped.amount()) : OptionalDouble.empty();
    }

    public OptionalDouble slippageAdjustedCloseRateByCount() {
        return slippageMeasured ? Ratios.ratio(won.count(), closedCount() + slipped.count()) : OptionalDouble.empty();
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
