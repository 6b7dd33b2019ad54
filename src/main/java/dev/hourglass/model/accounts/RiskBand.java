package dev.hourglass.model.accounts;

/**
 * Where a health score falls (metrics.md §7): green at or above {@code greenFrom}, yellow at or above
 * {@code yellowFrom}, red below. An account with no weighted indicator known has no score and is
 * {@link #UNSCORED}: the three coloured bands partition the scored accounts, and the four values all accounts.
 */
public enum RiskBand {
    GREEN("Green"),
    YELLOW("Yellow"),
    RED("Red"),
    UNSCORED("No score");

    /** A score computed as 69.99999999999999 for an intended 70 still reaches the limit of 70. */
    private static final double LIMIT_TOLERANCE = 1e-9;

    private final String label;

    RiskBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean scored() {
        return this != UNSCORED;
    }

    /** The band of a score 0–100; NaN (no score) is {@link #UNSCORED}. */
    public static RiskBand of(double score, HealthSettings settings) {
        if (Double.isNaN(score)) {
            return UNSCORED;
        }
        if (score + LIMIT_TOLERANCE >= settings.greenFrom()) {
            return GREEN;
        }
        return score + LIMIT_TOLERANCE >= settings.yellowFrom() ? YELLOW : RED;
    }
}
