package dev.hourglass.model.scenario;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Monte Carlo of a scenario with ranges (forecast.md §3): each run draws every ranged driver from its range and
 * recalculates the scenario through {@link ScenarioCalculator}, as any edit would. Run r draws from the r-th split
 * of a {@link SplittableRandom} seeded with the seed, so the same seed always gives the same bands.
 */
public final class ScenarioSimulation {
    public static final int DEFAULT_RUNS = 10_000;
    public static final long DEFAULT_SEED = 1;
    public static final int MAX_RUNS = 1_000_000;

    private ScenarioSimulation() {
    }

    /** The bands of every output that varies over the runs; {@link ScenarioBands#NONE} without ranges. */
    public static ScenarioBands run(Scenario scenario, int runs, long seed) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new InvalidInputException("runs", "runs must be between 1 and " + MAX_RUNS + ", got " + runs,
                    Rule.BETWEEN, 1, MAX_RUNS, runs);
        }
        Drivers drivers = scenario.drivers();
        if (!drivers.hasRanges()) {
            return ScenarioBands.NONE;
        }
        List<String> paths = ScenarioOutputs.paths(ScenarioCalculator.calculate(scenario));
        double[][] byPath = new double[paths.size()][runs];
        double[] one = new double[paths.size()];
        Map<Driver, DriverRange> ranges = new EnumMap<>(drivers.ranges());
        Map<Driver, Double> drawn = new EnumMap<>(Driver.class);
        SplittableRandom root = new SplittableRandom(seed);
        for (int run = 0; run < runs; run++) {
            SplittableRandom random = root.split();
            ranges.forEach((driver, range) -> drawn.put(driver, range.sample(random)));
            ScenarioOutputs.fill(calculate(scenario, drivers.withValues(drawn), run, drawn), one);
            for (int i = 0; i < one.length; i++) {
                byPath[i][run] = one[i];
            }
        }
        Map<String, double[]> varying = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            double[] values = byPath[i];
            if (varies(values)) {
                Arrays.sort(values);
                varying.put(paths.get(i), values);
            }
        }
        return new ScenarioBands(runs, seed, varying);
    }

    private static ScenarioResult calculate(Scenario scenario, Drivers drawnDrivers, int run, Map<Driver, Double> drawn) {
        try {
            return ScenarioCalculator.calculate(new Scenario(scenario.name(), scenario.currency(),
                    scenario.description(), drawnDrivers, scenario.hasUnitEconomics(), scenario.retentionSection(),
                    scenario.retentionProgramSection(), scenario.budget(), scenario.postSaleFunnel(),
                    scenario.channelSections(), scenario.smbForecast()));
        } catch (InvalidInputException refused) {
            StringBuilder values = new StringBuilder();
            drawn.forEach((driver, value) -> values.append(values.isEmpty() ? "" : ", ").append(driver.label())
                    .append(' ').append(value));
            throw InvalidInputException.causedBy(refused, "run " + (run + 1) + " drew " + values + ": "
                    + refused.getMessage() + " (narrow the range so every value in it is allowed)",
                    Rule.DRAW_REFUSED, run + 1, new LinkedHashMap<>(drawn));
        }
    }

    private static boolean varies(double[] values) {
        for (double v : values) {
            if (Double.compare(v, values[0]) != 0) {
                return true;
            }
        }
        return false;
    }
}
