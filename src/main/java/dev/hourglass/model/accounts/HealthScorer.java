package dev.hourglass.model.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The health score of metrics.md §7: {@code 100 · Σ w_i · s_i / Σ w_i} over the indicators that are known and
 * weighted (an unknown one is left out and the other weights rescaled), its band and its reason codes.
 */
public final class HealthScorer {
    private static final Indicator[] INDICATORS = Indicator.values();

    private HealthScorer() {
    }

    /**
     * Re-scores every account after a change of weights or band limits, from indicator scores computed once:
     * the fast path the live weight editing takes.
     *
     * @throws IllegalArgumentException when the settings score indicators differently from those the indicator
     *                                  scores were computed with (build new {@link IndicatorScores} then)
     */
    public static HealthScores rescore(IndicatorScores indicators, HealthSettings settings) {
        if (!indicators.scoredAlike(settings)) {
            throw new IllegalArgumentException("the indicator scores were computed with other thresholds");
        }
        int weighted = 0;
        double[][] columns = new double[INDICATORS.length][];
        double[] weights = new double[INDICATORS.length];
        for (Indicator indicator : INDICATORS) {
            double weight = settings.weight(indicator);
            if (weight > 0) {
                columns[weighted] = indicators.column(indicator);
                weights[weighted++] = weight;
            }
        }
        int size = indicators.size();
        double[] scores = new double[size];
        byte[] bands = new byte[size];
        int[] counts = new int[RiskBand.values().length];
        for (int i = 0; i < size; i++) {
            double sum = 0;
            double weightSum = 0;
            for (int k = 0; k < weighted; k++) {
                double s = columns[k][i];
                if (s == s) { // not NaN: the indicator is known
                    sum += weights[k] * s;
                    weightSum += weights[k];
                }
            }
            double score = weightSum > 0 ? 100 * sum / weightSum : Double.NaN;
            RiskBand band = RiskBand.of(score, settings);
            scores[i] = score;
            bands[i] = (byte) band.ordinal();
            counts[band.ordinal()]++;
        }
        return new HealthScores(scores, bands, counts);
    }

    /** One account's score, band, reasons and missing indicators. */
    public static ScoredAccount score(Account account, HealthSettings settings) {
        double[] s = indicatorScores(account, settings);
        double sum = 0;
        double weightSum = 0;
        EnumSet<Indicator> missing = EnumSet.noneOf(Indicator.class);
        for (Indicator indicator : INDICATORS) {
            double weight = settings.weight(indicator);
            if (weight > 0) {
                double value = s[indicator.ordinal()];
                if (Double.isNaN(value)) {
                    missing.add(indicator);
                } else {
                    sum += weight * value;
                    weightSum += weight;
                }
            }
        }
        if (weightSum == 0) {
            return new ScoredAccount(account, OptionalDouble.empty(), RiskBand.UNSCORED, List.of(), missing);
        }
        double score = 100 * sum / weightSum;
        return new ScoredAccount(account, OptionalDouble.of(score), RiskBand.of(score, settings),
                reasons(account, s, weightSum, settings), missing);
    }

    private static double[] indicatorScores(Account account, HealthSettings settings) {
        double[] s = new double[INDICATORS.length];
        for (Indicator indicator : INDICATORS) {
            s[indicator.ordinal()] = IndicatorScorer.scoreOrNaN(indicator, account, settings);
        }
        return s;
    }

    private static List<Reason> reasons(Account account, double[] s, double weightSum, HealthSettings settings) {
        List<Reason> reasons = new ArrayList<>();
        for (Indicator indicator : INDICATORS) {
            double value = s[indicator.ordinal()];
            double cost = Double.isNaN(value) ? 0 : 100 * settings.weight(indicator) * (1 - value) / weightSum;
            if (cost > 0) {
                reasons.add(IndicatorScorer.reason(indicator, cost, account, settings));
            }
        }
        // Stable sort: equal costs keep the order of the indicators.
        reasons.sort(Comparator.comparingDouble(Reason::pointsLost).reversed());
        return reasons;
    }
}
