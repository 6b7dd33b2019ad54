package dev.hourglass.model.accounts;

import java.util.OptionalDouble;

/**
 * The health score 0–100 and the band of every account of an {@link IndicatorScores}, by index; what
 * {@link HealthScorer#rescore} produces after a change of weights or band limits.
 */
public final class HealthScores {
    private static final RiskBand[] BANDS = RiskBand.values();

    private final double[] scores;
    private final byte[] bands;
    private final int[] counts;

    HealthScores(double[] scores, byte[] bands, int[] counts) {
        this.scores = scores;
        this.bands = bands;
        this.counts = counts;
    }

    public int size() {
        return scores.length;
    }

    /** The score 0–100, empty when the account has no weighted indicator known. */
    public OptionalDouble score(int index) {
        double score = scores[index];
        return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    public RiskBand band(int index) {
        return BANDS[bands[index]];
    }

    /** How many accounts fall in the band. */
    public int count(RiskBand band) {
        return counts[band.ordinal()];
    }
}
