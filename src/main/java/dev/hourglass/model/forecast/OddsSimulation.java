package dev.hourglass.model.forecast;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * The seeded Monte Carlo of a period's bookings (forecast.md §1). Run r draws from its own random stream, a
 * function of the seed and r alone, so the runs may go in parallel and the same seed always gives the same figures.
 * Percentiles are nearest-rank: Px is the run at rank ⌈x · runs⌉ in ascending order.
 */
public final class OddsSimulation {
    public static final int DEFAULT_RUNS = 10_000;
    public static final long DEFAULT_SEED = 1;
    public static final int MAX_RUNS = 10_000_000;
    static final int TOP_DEALS = 20;
    private static final double TWO_TO_THE_32 = 0x1p32;
    private static final long LOW_32 = 0xFFFFFFFFL;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private OddsSimulation() {
    }

    public static Odds run(OddsInputs inputs, int runs, long seed, double target) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new InvalidInputException("runs", "runs must be between 1 and " + MAX_RUNS + ", got " + runs,
                    Rule.BETWEEN, 1, MAX_RUNS, runs);
        }
        List<OpenDeal> open = inputs.open();
        int n = open.size();
        long[] amountBits = new long[n];
        long[] thresholds = new long[n];
        for (int i = 0; i < n; i++) {
            amountBits[i] = Double.doubleToRawLongBits(open.get(i).amount());
            thresholds[i] = (long) Math.ceil(open.get(i).closeWonProbability() * TWO_TO_THE_32);
        }
        double[] newDeals = inputs.pastNewDealBookings();
        double timeLeft = inputs.timeLeft();
        boolean drawNewDeals = newDeals.length > 0 && timeLeft > 0;
        double won = inputs.won();
        double[] bookings = IntStream.range(0, runs).parallel().mapToDouble(run -> {
            long state = mix(seed * GOLDEN_GAMMA + run);
            double sum = won;
            long random = 0;
            for (int i = 0; i < n; i++) {
                // Two 32-bit uniforms per 64-bit draw; a deal is won when its uniform is below its threshold. The
                // sign of (u − threshold) masks the amount in or out without a branch the CPU would mispredict.
                long u;
                if ((i & 1) == 0) {
                    state += GOLDEN_GAMMA;
                    random = mix(state);
                    u = random & LOW_32;
                } else {
                    u = random >>> 32;
                }
                sum += Double.longBitsToDouble(amountBits[i] & ((u - thresholds[i]) >> 63));
            }
            if (drawNewDeals) {
                state += GOLDEN_GAMMA;
                sum += newDeals[(int) (((mix(state) >>> 33) * newDeals.length) >>> 31)] * timeLeft;
            }
            return sum;
        }).toArray();
        double mean = Arrays.stream(bookings).sum() / runs;
        long reached = Arrays.stream(bookings).filter(b -> b >= target).count();
        Arrays.sort(bookings);
        OptionalDouble newDealsMean = newDeals.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Arrays.stream(newDeals).average().orElse(0) * timeLeft);
        List<OpenDeal> top = open.stream()
                .sorted(Comparator.comparingDouble(OpenDeal::swing).reversed().thenComparing(OpenDeal::id))
                .limit(TOP_DEALS).toList();
        return new Odds(runs, seed, inputs.method(), won, percentile(bookings, 0.10), percentile(bookings, 0.50),
                percentile(bookings, 0.90), mean, target, (double) reached / runs, newDealsMean, top);
    }

    /** Nearest rank on sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, rank - 1)];
    }

    /** SplitMix64's finaliser: a 64-bit value whose bits all depend on every bit of z. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
