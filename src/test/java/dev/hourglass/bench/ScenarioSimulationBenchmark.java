package dev.hourglass.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.Billing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * 10,000 runs of a full scenario with ranges (forecast.md §3; target < 200 ms): the base case with every section,
 * monthly billing over 60 months (the survival curve month by month), and a range on ACV, gross margin, CAC, churn,
 * expansion, start ARR and NRR. Median of 9 timings after 5 warm-ups. Run with {@code bench/run.sh} or alone:
 * {@code java -cp target/test-classes:target/classes dev.hourglass.bench.ScenarioSimulationBenchmark}.
 */
public final class ScenarioSimulationBenchmark {
    private static final int WARM_UPS = 5;
    private static final int TIMED = 9;

    private ScenarioSimulationBenchmark() {
    }

    public static void main(String[] args) {
        Scenario base = SeedScenarios.baseCase();
        base = base.withUnitEconomics(base.unitEconomics().orElseThrow().withBilling(Billing.MONTHLY)
                .withHorizonMonths(60).withAnnualExpansion(0.05).withAnnualDiscountRate(0.10));
        Drivers drivers = base.drivers()
                .withRange(Driver.ACV, DriverRange.triangular(20_000, 24_000, 30_000))
                .withRange(Driver.GROSS_MARGIN, DriverRange.uniform(0.75, 0.85))
                .withRange(Driver.CAC, DriverRange.triangular(15_000, 18_000, 24_000))
                .withRange(Driver.ANNUAL_LOGO_CHURN, DriverRange.triangular(0.15, 0.18, 0.22))
                .withRange(Driver.ANNUAL_EXPANSION, DriverRange.triangular(0.0, 0.05, 0.08))
                .withRange(Driver.START_ARR, DriverRange.uniform(9_500_000, 10_500_000))
                .withRange(Driver.NRR, DriverRange.triangular(1.0, 1.05, 1.1));
        Scenario scenario = base.withDrivers(drivers);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] wall = new long[TIMED];
        long[] cpu = new long[TIMED];
        long[] threadCpu = new long[TIMED];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ScenarioBands bands = null;
        for (int i = -WARM_UPS; i < TIMED; i++) {
            long cpuBefore = os.getProcessCpuTime();
            long threadBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bands = ScenarioSimulation.run(scenario, ScenarioSimulation.DEFAULT_RUNS, ScenarioSimulation.DEFAULT_SEED);
            long end = System.nanoTime();
            if (i >= 0) {
                wall[i] = end - start;
                cpu[i] = os.getProcessCpuTime() - cpuBefore;
                threadCpu[i] = threads.getCurrentThreadCpuTime() - threadBefore;
            }
        }
        System.out.printf("10,000 runs of the full base case with 7 ranged drivers: %d ms wall, %d ms CPU "
                        + "of the process (%d ms of the calculating thread; medians of %d after %d warm-ups), %d outputs vary, %d cores%n",
                median(wall), median(cpu), median(threadCpu), TIMED, WARM_UPS, bands.bands().size(),
                Runtime.getRuntime().availableProcessors());
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
