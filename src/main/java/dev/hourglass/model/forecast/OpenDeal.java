package dev.hourglass.model.forecast;

import dev.hourglass.model.Require;

/**
 * An open deal of the period with its odds: it closes won in the period unless it slips out of it
 * ({@code slipProbability}) or is lost (1 − {@code winProbability}).
 */
public record OpenDeal(String id, double amount, double winProbability, double slipProbability) {
    public OpenDeal {
        Require.notBlank("deal id", id);
        Require.nonNegative("amount of deal " + id, amount);
        Require.fraction("win probability of deal " + id, winProbability);
        Require.fraction("slip probability of deal " + id, slipProbability);
    }

    /** The probability that the deal closes won inside the period. */
    public double closeWonProbability() {
        return winProbability * (1 - slipProbability);
    }

    /** amount · winProbability · (1 − slipProbability). */
    public double expected() {
        return amount * closeWonProbability();
    }

    /**
     * amount · the spread of its outcome, taken as twice the standard deviation of "closes won in the period": the
     * whole amount when the deal is a coin toss, nothing when its outcome is certain.
     */
    public double swing() {
        double p = closeWonProbability();
        return amount * 2 * Math.sqrt(p * (1 - p));
    }
}
