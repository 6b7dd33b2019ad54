package dev.hourglass.bench;

import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.BandTotals;
import dev.hourglass.model.accounts.HealthScorer;
import dev.hourglass.model.accounts.HealthScores;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.IndicatorScores;
import dev.hourglass.model.accounts.RenewalRisk;
import dev.hourglass.model.accounts.RenewalRiskCalculator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
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
 * Re-scoring 200,000 accounts after a weight change (health score and band of each, metrics.md §7), from indicator
 * scores computed once: the target is under 100 ms. Run with {@code bench/run.sh} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccountsRescoreBenchmark {
    private static final int ACCOUNTS = 200_000;

    private List<Account> accounts;
    private IndicatorScores indicators;
    private HealthSettings[] weightEdits;
    private int edit;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        accounts = new ArrayList<>(ACCOUNTS);
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(account(random, i));
        }
        HealthSettings settings = HealthSettings.defaults();
        indicators = IndicatorScores.of(accounts, settings);
        weightEdits = new HealthSettings[] {settings, settings.withWeight(Indicator.NPS, 35),
                settings.withWeight(Indicator.ADOPTION, 5).withBands(65, 35)};
    }

    /** Each indicator unknown about one time in five, as an export from a CRM would be. */
    private static Account account(Random random, int i) {
        return new Account("Account " + i, "Paid search", "A", "SMB", LocalDate.of(2023, 1, 1).plusDays(i % 700),
                1_000 + random.nextInt(100_000), Optional.of(LocalDate.of(2025, 1, 1).plusDays(i % 365)),
                maybe(random, 60), maybe(random, 120), maybe(random, 20), OptionalInt.of(20), maybe(random, 50),
                OptionalInt.of(50), random.nextInt(5) == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of(random.nextInt(40) / 10.0),
                maybe(random, 6), random.nextInt(5) == 0 ? OptionalInt.empty()
                        : OptionalInt.of(random.nextInt(201) - 100),
                Optional.empty(), 0, Optional.empty());
    }

    private static OptionalInt maybe(Random random, int bound) {
        return random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(bound));
    }

    @Benchmark
    public HealthScores rescore200kAccountsAfterAWeightChange() {
        edit = (edit + 1) % weightEdits.length;
        return HealthScorer.rescore(indicators, weightEdits[edit]);
    }

    /** What a view shows after the edit besides the scores: band totals and the renewal-risk pipeline. */
    @Benchmark
    public RenewalRisk rescoreWithBandTotalsAndRenewalRisk() {
        edit = (edit + 1) % weightEdits.length;
        HealthScores scores = HealthScorer.rescore(indicators, weightEdits[edit]);
        BandTotals.of(accounts, scores);
        return RenewalRiskCalculator.calculate(accounts, scores, weightEdits[edit]);
    }
}
