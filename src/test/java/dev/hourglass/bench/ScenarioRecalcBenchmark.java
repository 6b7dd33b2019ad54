package dev.hourglass.bench;

import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.Billing;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recalculating a full scenario (every section, 60-month horizon, monthly billing so the survival curve is
 * computed month by month): the target is under 1 ms. Run with {@code bench/run.sh} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScenarioRecalcBenchmark {
    private Scenario scenario;

    @Setup
    public void setUp() {
        Scenario base = SeedScenarios.baseCase();
        scenario = base.withUnitEconomics(base.unitEconomics().orElseThrow()
                .withBilling(Billing.MONTHLY).withHorizonMonths(60).withAnnualExpansion(0.05)
                .withAnnualDiscountRate(0.10));
    }

    @Benchmark
    public ScenarioResult recalculateFullScenario() {
        return ScenarioCalculator.calculate(scenario);
    }
}
