package dev.hourglass.model.pipeline;

import dev.hourglass.io.words.DiagnosisWords;
import dev.hourglass.io.words.PipelineWarningWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis of deals as CRMs export them (imports.md §3): no close date, no amount, no original close date. */
class RealExportAnalysisTest {
    private static final Period Q1 = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    private static final LocalDate FEB = LocalDate.of(2017, 2, 10);

    private static PipelineResult analyse(List<Deal> deals) {
        return PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1, PipelineSettings.defaults(1000));
    }

    private static List<PipelineWarning.Code> codes(PipelineResult r) {
        return r.warnings().stream().map(PipelineWarning::code).toList();
    }

    @Test
    void openDealsWithoutACloseDateAreCountedButInNoPeriod() {
        PipelineResult r = analyse(List.of(
                Deal.of("dated", 100, "Negotiating", FEB, Outcome.OPEN),
                Deal.of("undated 1", 250, "Negotiating", null, Outcome.OPEN),
                Deal.of("undated 2", 40, "Short list", null, Outcome.OPEN),
                Deal.of("undated before SAL", 999, "Discovery", null, Outcome.OPEN)));
        assertThat(r.openWithoutCloseDate()).isEqualTo(new AmountCount(290, 2));
        assertThat(r.open(ForecastCategory.COMMIT)).isEqualTo(new AmountCount(100, 1));
        assertThat(r.open(ForecastCategory.BEST_CASE)).isEqualTo(AmountCount.NONE);
        assertThat(r.forecast()).isEqualTo(100);
        assertThat(r.excludedBeforeSal()).isEqualTo(1);
        assertThat(r.dealsAnalysed()).isEqualTo(3);
    }

    @Test
    void aClosedDealMustHaveACloseDate() {
        assertThatThrownBy(() -> Deal.of("w", 1, "Redlining", null, Outcome.WON))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("close date of closed deal w");
    }

    @Test
    void lostDealsWithoutAmountGiveAPerfectRateByAmountAndAWarningToReadTheRateByCount() {
        PipelineResult r = analyse(List.of(
                Deal.of("won", 500, "Redlining", FEB, Outcome.WON),
                Deal.of("lost 1", 0, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("lost 2", 0, "Long list", FEB, Outcome.LOST_NO_DECISION),
                Deal.of("lost 3", 300, "Long list", FEB, Outcome.LOST_COMPETITION)));
        assertThat(r.rates().closeRate()).hasValue(500.0 / 800);
        assertThat(r.rates().closeRateByCount()).hasValue(0.25);
        assertThat(r.warnings()).containsExactly(new PipelineWarning(PipelineWarning.Code.LOST_WITHOUT_AMOUNT, 2, 3,
                PipelineWarning.Scope.PERIOD), new PipelineWarning(PipelineWarning.Code.NO_ORIGINAL_CLOSE_DATE, 0, 0,
                PipelineWarning.Scope.PERIOD));
        assertThat(r.warnings()).extracting(PipelineWarningWords::english).containsExactly(
                "2 of 3 lost deals in the period have no amount: rates by amount are not meaningful here; use the "
                        + "rates by count",
                "no deal has an original close date, so slippage cannot be measured: slipped deals and the "
                        + "slippage-adjusted close rate are no data");
    }

    @Test
    void theAmountWarningsNeedMoreThanHalfOfTheDealsOfThePeriod() {
        List<Deal> half = new ArrayList<>(List.of(
                Deal.of("won 0", 0, "Redlining", FEB, Outcome.WON),
                Deal.of("won", 10, "Redlining", FEB, Outcome.WON),
                Deal.of("lost 0", 0, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("lost", 30, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("lost 0 next quarter", 0, "Short list", LocalDate.of(2017, 4, 2), Outcome.LOST_COMPETITION),
                Deal.of("lost 0 before SAL", 0, "Discovery", FEB, Outcome.LOST_NO_DECISION))
                .stream().map(d -> d.withOriginalCloseDate(FEB)).toList());
        assertThat(codes(analyse(half))).isEmpty();
        half.add(Deal.of("won 0 too", 0, "Redlining", FEB, Outcome.WON));
        half.add(Deal.of("lost 0 too", 0, "Long list", FEB, Outcome.LOST_NO_DECISION));
        PipelineResult most = analyse(half);
        assertThat(codes(most)).containsExactly(PipelineWarning.Code.LOST_WITHOUT_AMOUNT,
                PipelineWarning.Code.WON_WITHOUT_AMOUNT);
        assertThat(PipelineWarningWords.english(most.warnings().get(1))).startsWith("2 of 3 won deals in the period have no amount");
    }

    @Test
    void withoutAnyOriginalCloseDateSlippageIsNoDataNotZero() {
        List<Deal> deals = List.of(
                Deal.of("won", 300, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 100, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("late", 100, "Negotiating", LocalDate.of(2017, 5, 1), Outcome.OPEN));
        PipelineResult r = analyse(deals);
        assertThat(r.rates().slippageMeasured()).isFalse();
        assertThat(r.rates().slippedIfMeasured()).isEmpty();
        assertThat(r.rates().slippageAdjustedCloseRate()).isEmpty();
        assertThat(r.rates().slippageAdjustedCloseRateByCount()).isEmpty();
        assertThat(r.rates().closeRate()).hasValue(0.75);
        assertThat(r.breakdowns().get(Dimension.SEGMENT).get(Dimension.NONE).slippageAdjustedCloseRate()).isEmpty();
        assertThat(codes(r)).containsExactly(PipelineWarning.Code.NO_ORIGINAL_CLOSE_DATE);
        PipelineResult bySlippage = PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1,
                PipelineSettings.defaults(1000).withCoverageBasis(CoverageBasis.SLIPPAGE_ADJUSTED_CLOSE_RATE));
        assertThat(bySlippage.requiredCoverage()).isEmpty();

        // One original close date anywhere (even outside the period) means slippage was measured: none slipped.
        List<Deal> measured = new ArrayList<>(deals);
        measured.add(Deal.of("old", 5, "Redlining", LocalDate.of(2015, 1, 1), Outcome.WON)
                .withOriginalCloseDate(LocalDate.of(2014, 12, 1)));
        PipelineResult withDates = analyse(measured);
        assertThat(withDates.rates().slippedIfMeasured()).contains(AmountCount.NONE);
        assertThat(withDates.rates().slippageAdjustedCloseRate()).hasValue(0.75);
        assertThat(withDates.warnings()).isEmpty();
    }

    @Test
    void aStageTheSetupDoesNotKnowIsAnAnalysedPipelineStage() {
        PipelineResult r = analyse(List.of(
                Deal.of("engaging", 120, "Engaging", FEB, Outcome.OPEN),
                Deal.of("prospecting", 30, "Prospecting", FEB, Outcome.OPEN).withInclude(true),
                Deal.of("engaging won", 60, "Engaging", FEB, Outcome.WON)));
        assertThat(r.excludedBeforeSal()).isZero();
        assertThat(r.open(ForecastCategory.PIPELINE)).isEqualTo(new AmountCount(150, 2));
        assertThat(r.rates().won()).isEqualTo(new AmountCount(60, 1));
        assertThat(r.forecast()).isEqualTo(90);
    }

    @Test
    void lostDealsWithoutAmountMakeTheCoverageAndDiagnosisFollowTheRatesByCount() {
        // By amount: 500 won of 500 closed = 100 %. By count: 1 won of 4 closed = 25 %, so 4× coverage is needed.
        PipelineResult r = analyse(List.of(
                Deal.of("won", 500, "Redlining", FEB, Outcome.WON),
                Deal.of("lost 1", 0, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("lost 2", 0, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("lost 3", 0, "Negotiating", FEB, Outcome.LOST_NO_DECISION)));
        assertThat(r.rates().closeRate()).hasValue(1.0);
        assertThat(r.rates().closeRateByCount()).hasValue(0.25);
        assertThat(r.requiredCoverage()).hasValue(4.0);
        assertThat(r.diagnosis()).extracting(f -> DiagnosisWords.english(f.reason())).anySatisfy(reason -> assertThat(reason)
                .startsWith("close rate by count 25.0% is below").contains("lost 1 deals to no decision, 2 to competition"));
    }
}
