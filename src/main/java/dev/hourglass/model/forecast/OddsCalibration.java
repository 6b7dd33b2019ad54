package dev.hourglass.model.forecast;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How often the actual fell below each period's P10, P50 and P90 (forecast.md §2), the Brier score of "target
 * reached" when there is a target, and whether the method is calibrated on this data.
 * <p>
 * The rule: a calibrated method puts the actual below Px with probability x in each period, so over n periods the
 * count below Px is Binomial(n, x). The method is called not calibrated when the count below P10, P50 or P90 falls
 * outside the central 90 % of that binomial distribution (5 % cut from each tail), and calibration is not judged
 * with fewer than {@link #MIN_PERIODS} periods.
 */
public record OddsCalibration(int periods, OptionalDouble belowP10, OptionalDouble belowP50, OptionalDouble belowP90,
                          OptionalDouble brier, Verdict verdict) {
    public static final int MIN_PERIODS = 4;

    public enum Verdict {
        CALIBRATED("calibrated"), NOT_CALIBRATED("notCalibrated"), TOO_FEW_PERIODS("tooFewPeriods");

        private final String key;

        Verdict(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static OddsCalibration of(List<BacktestPeriod> periods, boolean withTarget) {
        int n = periods.size();
        if (n == 0) {
            return new OddsCalibration(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), Verdict.TOO_FEW_PERIODS);
        }
        int below10 = 0;
        int below50 = 0;
        int below90 = 0;
        double brierSum = 0;
        for (BacktestPeriod p : periods) {
            below10 += p.actual() < p.odds().p10() ? 1 : 0;
            below50 += p.actual() < p.odds().p50() ? 1 : 0;
            below90 += p.actual() < p.odds().p90() ? 1 : 0;
            double reached = p.actual() >= p.odds().target() ? 1 : 0;
            double miss = p.odds().probabilityOfTarget() - reached;
            brierSum += miss * miss;
        }
        Verdict verdict = n < MIN_PERIODS ? Verdict.TOO_FEW_PERIODS
                : within(below10, n, 0.1) && within(below50, n, 0.5) && within(below90, n, 0.9)
                ? Verdict.CALIBRATED : Verdict.NOT_CALIBRATED;
        return new OddsCalibration(n, OptionalDouble.of((double) below10 / n), OptionalDouble.of((double) below50 / n),
                OptionalDouble.of((double) below90 / n),
                withTarget ? OptionalDouble.of(brierSum / n) : OptionalDouble.empty(), verdict);
    }

    /** Whether {@code count} lies in the central 90 % of Binomial(n, p). */
    static boolean within(int count, int n, double p) {
        int[] interval = interval(n, p);
        return count >= interval[0] && count <= interval[1];
    }

    /** The smallest k with P(X ≤ k) ≥ 5 % and the smallest with P(X ≤ k) ≥ 95 %, X ~ Binomial(n, p). */
    static int[] interval(int n, double p) {
        double cumulative = 0;
        int low = -1;
        for (int k = 0; k <= n; k++) {
            cumulative += binomial(n, k, p);
            if (low < 0 && cumulative >= 0.05 - 1e-12) {
                low = k;
            }
            if (cumulative >= 0.95 - 1e-12) {
                return new int[] {low, k};
            }
        }
        return new int[] {Math.max(low, 0), n};
    }

    private static double binomial(int n, int k, double p) {
        double logChoose = 0;
        for (int i = 1; i <= k; i++) {
            logChoose += Math.log(n - k + i) - Math.log(i);
        }
        return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }
}
