package dev.hourglass.bench;

import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.forecast.OddsInputs;
import dev.hourglass.model.forecast.OddsLearner;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.forecast.PriorStates;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.pipeline.StageSetup;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The odds of a period on the 1,000,000-deal file (forecast.md §1): learning from every deal, then 10,000 runs over
 * the period's open deals — a quarter (2017 Q1), and the whole span of the file (every open deal in one period).
 * Median of 5 timings each, after one warm-up. Run with {@code bench/run.sh} (see bench/README.md).
 */
public final class OddsBenchmark {
    private OddsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Deal> deals = new ArrayList<>();
        DealsCsvReader.read(Path.of(args[0]), ImportMapping.defaults(), deals::add);
        PipelineSettings settings = PipelineSettings.defaults(150_000_000);
        measure(deals, new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)), settings);
        measure(deals, new Period(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31)), settings);
    }

    private static void measure(List<Deal> deals, Period period, PipelineSettings settings) {
        long[] learn = new long[6];
        long[] simulate = new long[6];
        long[] simulateCpu = new long[6];
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        OddsInputs inputs = null;
        Odds odds = null;
        for (int i = 0; i < learn.length; i++) {
            long start = System.nanoTime();
            OddsLearner learner = new OddsLearner(StageSetup.defaults(), period, LocalDate.of(2019, 1, 1), null,
                    PriorStates.none(), settings);
            deals.forEach(learner);
            inputs = learner.result();
            long learned = System.nanoTime();
            long cpuBefore = os.getProcessCpuTime();
            odds = OddsSimulation.run(inputs, OddsSimulation.DEFAULT_RUNS, OddsSimulation.DEFAULT_SEED,
                    settings.target());
            long simulated = System.nanoTime();
            simulateCpu[i] = os.getProcessCpuTime() - cpuBefore;
            learn[i] = learned - start;
            simulate[i] = simulated - learned;
        }
        System.out.printf("%s to %s: %,d open deals, learning from %,d deals %d ms, 10,000 runs %d ms wall, %d ms CPU "
                        + "(medians of 5 after a warm-up), P50 %,.0f%n", period.start(), period.end(),
                inputs.open().size(), deals.size(), median(learn), median(simulate), median(simulateCpu), odds.p50());
    }

    private static long median(long[] nanos) {
        long[] measured = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(measured);
        return measured[measured.length / 2] / 1_000_000;
    }
}
