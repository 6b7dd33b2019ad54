package dev.hourglass.model.forecast;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The odds of a period (forecast.md §1): percentiles and mean of the runs' bookings, the share of runs reaching the
 * target, the mean bookings of deals not yet created ({@code newDealsMean}, empty without a history to draw them
 * from) and the open deals that move the outcome most, largest swing first.
 */
public record Odds(int runs, long seed, OddsMethod method, double won, double p10, double p50, double p90,
                   double mean, double target, double probabilityOfTarget, OptionalDouble newDealsMean,
                   List<OpenDeal> deals) {
    public Odds {
        deals = List.copyOf(deals);
    }

    /** What the target still needs beyond the median outcome; 0 when the median reaches it. */
    public double gapAtP50() {
        return Math.max(0, target - p50);
    }
}
