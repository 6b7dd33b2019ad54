package dev.hourglass.model.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outputs of a scenario's Monte Carlo that vary from run to run, each as a {@link Band}, keyed by the output's
 * path in the order of {@code calc --json}; empty when the scenario has no ranges.
 */
public final class ScenarioBands {
    public static final ScenarioBands NONE = new ScenarioBands(0, 0, Map.of());

    private final int runs;
    private final long seed;
    private final Map<String, double[]> sortedRuns;
    private final Map<String, Band> bands = new LinkedHashMap<>();

    ScenarioBands(int runs, long seed, Map<String, double[]> sortedRuns) {
        this.runs = runs;
        this.seed = seed;
        this.sortedRuns = sortedRuns;
        sortedRuns.forEach((path, sorted) -> bands.put(path, Band.ofSorted(sorted)));
    }

    public int runs() {
        return runs;
    }

    public long seed() {
        return seed;
    }

    public boolean isEmpty() {
        return bands.isEmpty();
    }

    /** Every varying output's band, in the order of {@code calc --json}. */
    public Map<String, Band> bands() {
        return Collections.unmodifiableMap(bands);
    }

    /** The output's band; empty when it does not vary (or the scenario has no such output). */
    public Optional<Band> band(String path) {
        return Optional.ofNullable(bands.get(path));
    }

    /**
     * The share of runs in which the output is at most {@code limit} ("payback ≤ 12 months in 64 % of runs"); a run
     * without a value counts as above. Empty when the output does not vary.
     */
    public OptionalDouble shareAtMost(String path, double limit) {
        double[] sorted = sortedRuns.get(path);
        if (sorted == null) {
            return OptionalDouble.empty();
        }
        int count = 0;
        for (double v : sorted) {
            if (v <= limit) {
                count++;
            }
        }
        return OptionalDouble.of((double) count / sorted.length);
    }
}
