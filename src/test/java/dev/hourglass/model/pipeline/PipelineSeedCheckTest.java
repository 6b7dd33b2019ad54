package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Checks of metrics.md §4 (seed 003). */
class PipelineSeedCheckTest {
    private static final LocalDate IN_PERIOD = LocalDate.of(2017, 2, 15);
    private static final Period Q1 = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));

    @Test
    void smbForecastOfTheSeedIsThreeMillion() {
        SmbForecast forecast = new SmbForecast(0, 1_000_000, 0.9, 2_000_000, 0.6, 2_000_000, 0.3, 1_000_000, 0.3);
        assertThat(forecast.forecast()).isCloseTo(3_000_000, within(1e-6));
    }

    @Test
    void smbForecastFromOpenDealsIsThreeMillion() {
        List<Deal> deals = List.of(
                Deal.of("c", 1_000_000, "Negotiating", IN_PERIOD, Outcome.OPEN),
                Deal.of("b", 2_000_000, "Short list", IN_PERIOD, Outcome.OPEN),
                Deal.of("p", 2_000_000, "Building business case", IN_PERIOD, Outcome.OPEN));
        PipelineSettings settings = PipelineSettings.defaults(1_500_000).withSmbRates(0.9, 0.6, 0.3, 0.3)
                .withExpectedCreation(1_000_000);
        PipelineResult result = PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1, settings);
        assertThat(result.smbForecast()).isCloseTo(3_000_000, within(1e-6));
    }

    @Test
    void slippageAdjustedCloseRateOfAQuarterNeedsFourTimesCoverage() {
        List<Deal> deals = List.of(
                Deal.of("won", 100, "Redlining", IN_PERIOD, Outcome.WON),
                Deal.of("lost", 100, "Short list", IN_PERIOD, Outcome.LOST_COMPETITION),
                Deal.of("nodecision", 100, "Long list", IN_PERIOD, Outcome.LOST_NO_DECISION),
                Deal.of("slipped", 100, "Negotiating", LocalDate.of(2017, 5, 1), Outcome.OPEN)
                        .withOriginalCloseDate(IN_PERIOD));
        PipelineSettings settings = PipelineSettings.defaults(1_000)
                .withCoverageBasis(CoverageBasis.SLIPPAGE_ADJUSTED_CLOSE_RATE);
        PipelineResult result = PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1, settings);
        assertThat(result.rates().slippageAdjustedCloseRate()).hasValue(0.25);
        assertThat(result.requiredCoverage()).hasValue(4.0);
    }

    @Test
    void closeRateOfOneThirdNeedsThreeTimesCoverage() {
        List<Deal> deals = List.of(
                Deal.of("won", 100, "Redlining", IN_PERIOD, Outcome.WON),
                Deal.of("lost", 100, "Short list", IN_PERIOD, Outcome.LOST_COMPETITION),
                Deal.of("nodecision", 100, "Long list", IN_PERIOD, Outcome.LOST_NO_DECISION));
        PipelineResult result = PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1,
                PipelineSettings.defaults(1_000).withCoverageFloor(0));
        assertThat(result.rates().closeRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(result.requiredCoverage().getAsDouble()).isCloseTo(3.0, within(1e-12));
    }
}
