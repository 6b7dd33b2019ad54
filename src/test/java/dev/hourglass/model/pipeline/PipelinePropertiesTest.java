package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PipelinePropertiesTest {
    private static final Period Q1 = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    private static final LocalDate BASE = LocalDate.of(2016, 10, 1);

    @Provide
    Arbitrary<List<Deal>> deals() {
        List<String> stageNames = StageSetup.defaults().stages().stream().map(Stage::name).toList();
        Arbitrary<Deal> deal = Combinators.combine(
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.of(stageNames),
                Arbitraries.integers().between(0, 270),
                Arbitraries.of(Outcome.class),
                Arbitraries.of("SMB", "Mid-Market", "Enterprise", ""),
                Arbitraries.integers().between(-1, 270),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null),
                Arbitraries.of("Ann", "Bob", "Cy"))
                .as((amount, stage, day, outcome, segment, originalDay, include, owner) ->
                        new Deal("d", amount, stage, BASE.plusDays(day), outcome, segment, "", owner, "", "",
                                originalDay < 0 ? null : BASE.plusDays(originalDay), null, include));
        return deal.list().ofMaxSize(60);
    }

    private static PipelineResult analyse(List<Deal> deals) {
        return PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1, PipelineSettings.defaults(1_000_000));
    }

    private static void atMost(OptionalDouble smaller, OptionalDouble larger) {
        if (smaller.isPresent() && larger.isPresent()) {
            assertThat(smaller.getAsDouble()).isLessThanOrEqualTo(larger.getAsDouble() + 1e-12);
        }
    }

    @Property(tries = 500)
    void closeRateNeverExceedsWinRateAndSlippageOnlyLowersIt(@ForAll("deals") List<Deal> deals) {
        ConversionRates r = analyse(deals).rates();
        atMost(r.closeRate(), r.winRate());
        atMost(r.closeRateByCount(), r.winRateByCount());
        atMost(r.slippageAdjustedCloseRate(), r.closeRate());
        atMost(r.slippageAdjustedCloseRateByCount(), r.closeRateByCount());
        for (OptionalDouble rate : List.of(r.closeRate(), r.winRate(), r.slippageAdjustedCloseRate())) {
            rate.ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        }
    }

    @Property(tries = 500)
    void forecastUpsideAndExcludedPipelineAddUpToWonPlusOpen(@ForAll("deals") List<Deal> deals) {
        PipelineResult r = analyse(deals);
        double open = 0;
        double excludedPipeline = 0;
        for (Deal d : deals) {
            if (d.outcome() == Outcome.OPEN && Q1.contains(d.closeDate())
                    && StageSetup.defaults().indexOf(d.stage()) >= StageSetup.defaults().salIndex()) {
                open += d.amount();
                boolean pipeline = StageSetup.defaults().stages().get(StageSetup.defaults().indexOf(d.stage()))
                        .category() == ForecastCategory.PIPELINE;
                if (pipeline && !Boolean.TRUE.equals(d.include())) {
                    excludedPipeline += d.amount();
                }
            }
        }
        assertThat(r.forecast() + r.upside() + excludedPipeline)
                .isCloseTo(r.rates().won().amount() + open, within(1e-6));
        assertThat(r.forecast()).isGreaterThanOrEqualTo(r.rates().won().amount());
    }

    @Property(tries = 300)
    void everyBreakdownAddsUpToTheTotals(@ForAll("deals") List<Deal> deals) {
        PipelineResult r = analyse(deals);
        for (Map<String, ConversionRates> values : r.breakdowns().values()) {
            assertThat(values.values().stream().mapToDouble(v -> v.won().amount()).sum())
                    .isCloseTo(r.rates().won().amount(), within(1e-6));
            assertThat(values.values().stream().mapToLong(v -> v.closedCount()).sum())
                    .isEqualTo(r.rates().closedCount());
            assertThat(values.values().stream().mapToLong(v -> v.slipped().count()).sum())
                    .isEqualTo(r.rates().slipped().count());
        }
        assertThat(r.dealsAnalysed() + r.excludedBeforeSal()).isEqualTo(deals.size());
    }

    @Property(tries = 300)
    void smbCoverageIsNeverBelowEnterpriseCoverage(@ForAll("deals") List<Deal> deals) {
        PipelineResult r = analyse(deals);
        assertThat(r.smbCoverage()).isGreaterThanOrEqualTo(r.enterpriseCoverage());
    }
}
