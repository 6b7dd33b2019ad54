package dev.hourglass.model.pipeline;

import dev.hourglass.io.words.DiagnosisWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineAnalysisTest {
    private static final Period Q1 = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    private static final LocalDate FEB = LocalDate.of(2017, 2, 10);

    private static PipelineResult analyse(List<Deal> deals, PipelineSettings settings) {
        return PipelineAnalysis.analyse(deals, StageSetup.defaults(), Q1, settings);
    }

    private static PipelineResult analyse(List<Deal> deals) {
        return analyse(deals, PipelineSettings.defaults(1_000));
    }

    @Test
    void closedDealsCountOnlyWhenTheyCloseInThePeriodBothEndsIncluded() {
        List<Deal> deals = List.of(
                Deal.of("first day", 100, "Redlining", LocalDate.of(2017, 1, 1), Outcome.WON),
                Deal.of("last day", 200, "Redlining", LocalDate.of(2017, 3, 31), Outcome.WON),
                Deal.of("before", 400, "Redlining", LocalDate.of(2016, 12, 31), Outcome.WON),
                Deal.of("after", 800, "Redlining", LocalDate.of(2017, 4, 1), Outcome.WON),
                Deal.of("lost", 50, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("no decision", 150, "Long list", FEB, Outcome.LOST_NO_DECISION),
                Deal.of("no decision 2", 10, "Long list", FEB, Outcome.LOST_NO_DECISION));
        ConversionRates r = analyse(deals).rates();
        assertThat(r.won()).isEqualTo(new AmountCount(300, 2));
        assertThat(r.lostCompetition()).isEqualTo(new AmountCount(50, 1));
        assertThat(r.lostNoDecision()).isEqualTo(new AmountCount(160, 2));
        assertThat(r.closeRate().getAsDouble()).isCloseTo(300.0 / 510, within(1e-12));
        assertThat(r.closeRateByCount().getAsDouble()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(r.winRate().getAsDouble()).isCloseTo(300.0 / 350, within(1e-12));
        assertThat(r.winRateByCount().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aDealSlipsWhenItsOriginalDateWasInThePeriodAndItNowClosesAfterIt() {
        List<Deal> deals = List.of(
                Deal.of("won", 300, "Redlining", FEB, Outcome.WON),
                Deal.of("slipped open", 100, "Negotiating", LocalDate.of(2017, 4, 20), Outcome.OPEN)
                        .withOriginalCloseDate(FEB),
                Deal.of("slipped then won later", 100, "Redlining", LocalDate.of(2017, 5, 2), Outcome.WON)
                        .withOriginalCloseDate(LocalDate.of(2017, 3, 31)),
                Deal.of("moved within period", 100, "Negotiating", LocalDate.of(2017, 3, 20), Outcome.OPEN)
                        .withOriginalCloseDate(FEB),
                Deal.of("moved from before", 100, "Negotiating", LocalDate.of(2017, 6, 1), Outcome.OPEN)
                        .withOriginalCloseDate(LocalDate.of(2016, 11, 1)));
        ConversionRates r = analyse(deals).rates();
        assertThat(r.slipped()).isEqualTo(new AmountCount(200, 2));
        assertThat(r.closeRate()).hasValue(1.0);
        assertThat(r.slippageAdjustedCloseRate()).hasValue(0.6);
        assertThat(r.slippageAdjustedCloseRateByCount().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void dealsThatNeverReachedTheSalStageAreLeftOutOfEveryFigure() {
        List<Deal> deals = List.of(
                Deal.of("early won", 1_000, "Discovery", FEB, Outcome.WON),
                Deal.of("early open", 1_000, "Discovery", FEB, Outcome.OPEN),
                Deal.of("sal", 100, "Understanding value", FEB, Outcome.WON));
        PipelineResult result = analyse(deals);
        assertThat(result.excludedBeforeSal()).isEqualTo(2);
        assertThat(result.dealsAnalysed()).isEqualTo(1);
        assertThat(result.rates().won()).isEqualTo(new AmountCount(100, 1));
        assertThat(result.open(ForecastCategory.PIPELINE)).isEqualTo(AmountCount.NONE);
        assertThat(result.forecast()).isEqualTo(100);
    }

    @Test
    void emptyDenominatorsAreNoDataNotZero() {
        PipelineResult result = analyse(List.of(Deal.of("open", 100, "Negotiating", FEB, Outcome.OPEN)));
        assertThat(result.rates().closeRate()).isEmpty();
        assertThat(result.rates().winRate()).isEmpty();
        assertThat(result.rates().slippageAdjustedCloseRate()).isEmpty();
        assertThat(result.requiredCoverage()).isEmpty();
        assertThat(result.diagnosis()).extracting(DiagnosisFinding::finding).contains(Finding.NOT_ENOUGH_DATA)
                .doesNotContain(Finding.CAPACITY);
    }

    @Test
    void aCloseRateOfZeroNeedsInfiniteCoverageSoRequiredCoverageIsNoData() {
        PipelineResult result = analyse(List.of(Deal.of("lost", 100, "Short list", FEB, Outcome.LOST_COMPETITION)));
        assertThat(result.rates().closeRate()).hasValue(0.0);
        assertThat(result.requiredCoverage()).isEmpty();
    }

    @Test
    void requiredCoverageNeverFallsBelowTheRuleOfThumb() {
        List<Deal> deals = List.of(Deal.of("won", 300, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 100, "Short list", FEB, Outcome.LOST_COMPETITION));
        assertThat(analyse(deals).requiredCoverage()).hasValue(3.0);
        assertThat(analyse(deals, PipelineSettings.defaults(1_000).withCoverageFloor(0)).requiredCoverage().getAsDouble())
                .isCloseTo(400.0 / 300, within(1e-12));
    }

    @Test
    void theResultShowsBothFiguresOfTheRequiredCoverage() {
        // close rate 300 / (300 + 100 + 200) = 0.5 → 1 / close rate = 2
        List<Deal> deals = List.of(Deal.of("won", 300, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 100, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("none", 200, "Short list", FEB, Outcome.LOST_NO_DECISION));
        PipelineResult ruleOfThumb = analyse(deals);
        assertThat(ruleOfThumb.coverageFromCloseRate()).hasValue(2.0);
        assertThat(ruleOfThumb.coverageFloor()).isEqualTo(3.0);
        assertThat(ruleOfThumb.requiredCoverage()).hasValue(3.0);
        PipelineResult lowFloor = analyse(deals, PipelineSettings.defaults(1_000).withCoverageFloor(1.5));
        assertThat(lowFloor.coverageFromCloseRate()).hasValue(2.0);
        assertThat(lowFloor.coverageFloor()).isEqualTo(1.5);
        assertThat(lowFloor.requiredCoverage()).hasValue(2.0);
    }

    private static List<Deal> openBook() {
        return List.of(
                Deal.of("won", 1_000, "Redlining", FEB, Outcome.WON),
                Deal.of("commit", 2_000, "Negotiating", FEB, Outcome.OPEN),
                Deal.of("commit out", 4_000, "Redlining", FEB, Outcome.OPEN).withInclude(false),
                Deal.of("best", 8_000, "Long list", FEB, Outcome.OPEN),
                Deal.of("best in", 16_000, "Short list", FEB, Outcome.OPEN).withInclude(true),
                Deal.of("pipe", 32_000, "Building business case", FEB, Outcome.OPEN),
                Deal.of("next quarter", 64_000, "Negotiating", LocalDate.of(2017, 4, 2), Outcome.OPEN));
    }

    @Test
    void inBloodForecastIsWonPlusIncludedOpenDealsAndUpsideIsExcludedCommitAndBestCase() {
        PipelineResult result = analyse(openBook());
        assertThat(result.forecast()).isEqualTo(1_000 + 2_000 + 16_000);
        assertThat(result.upside()).isEqualTo(4_000 + 8_000);
        assertThat(result.open(ForecastCategory.COMMIT)).isEqualTo(new AmountCount(6_000, 2));
        assertThat(result.open(ForecastCategory.BEST_CASE)).isEqualTo(new AmountCount(24_000, 2));
        assertThat(result.open(ForecastCategory.PIPELINE)).isEqualTo(new AmountCount(32_000, 1));
    }

    @Test
    void includingACategoryByDefaultAddsItsDealsWithoutAnOverride() {
        PipelineResult result = analyse(openBook(),
                PipelineSettings.defaults(1_000).withForecastCategories(true, true, true));
        assertThat(result.forecast()).isEqualTo(1_000 + 2_000 + 8_000 + 16_000 + 32_000);
        assertThat(result.upside()).isEqualTo(4_000);
    }

    @Test
    void enterpriseCoverageCountsBestCaseAndCommitAndSmbCoverageEverythingPlusCreation() {
        PipelineSettings settings = PipelineSettings.defaults(10_000).withExpectedCreation(5_000);
        PipelineResult result = analyse(openBook(), settings);
        assertThat(result.enterpriseCoverage()).isCloseTo((1_000 + 6_000 + 24_000) / 10_000.0, within(1e-12));
        assertThat(result.smbCoverage()).isCloseTo((1_000 + 6_000 + 24_000 + 32_000 + 5_000) / 10_000.0, within(1e-12));
    }

    @Test
    void lowCoverageIsAPipelineProblem() {
        List<Deal> deals = List.of(Deal.of("won", 500, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 100, "Short list", FEB, Outcome.LOST_COMPETITION));
        PipelineResult result = analyse(deals, PipelineSettings.defaults(1_000));
        assertThat(result.enterpriseCoverage()).isEqualTo(0.5);
        assertThat(result.diagnosis()).extracting(DiagnosisFinding::finding).containsExactly(Finding.PIPELINE);
        assertThat(result.diagnosis().get(0).reason()).isEqualTo(new DiagnosisReason.CoverageShort(SalesMotion.ENTERPRISE, 0.5, 3.0));
        assertThat(DiagnosisWords.english(result.diagnosis().get(0).reason())).contains("0.50×").contains("3.00×");
    }

    @Test
    void lowCloseRateMostlyLostToNoDecisionIsAQualificationProblem() {
        List<Deal> deals = List.of(Deal.of("won", 10_000, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 5_000, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("nd", 30_000, "Long list", FEB, Outcome.LOST_NO_DECISION));
        PipelineResult result = analyse(deals, PipelineSettings.defaults(1_000));
        assertThat(result.diagnosis()).extracting(DiagnosisFinding::finding)
                .containsExactly(Finding.CONVERSION_QUALIFICATION);
    }

    @Test
    void lowCloseRateMostlyLostToCompetitionIsADifferentiationProblem() {
        List<Deal> deals = List.of(Deal.of("won", 10_000, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 30_000, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("nd", 5_000, "Long list", FEB, Outcome.LOST_NO_DECISION));
        PipelineResult result = analyse(deals, PipelineSettings.defaults(1_000));
        assertThat(result.diagnosis()).extracting(DiagnosisFinding::finding)
                .containsExactly(Finding.CONVERSION_DIFFERENTIATION);
    }

    @Test
    void goodCloseRateButLowWinRateIsDifferentiation() {
        List<Deal> deals = List.of(Deal.of("won", 10_000, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 12_000, "Short list", FEB, Outcome.LOST_COMPETITION));
        PipelineResult result = analyse(deals, PipelineSettings.defaults(1_000));
        assertThat(result.rates().closeRate().getAsDouble()).isGreaterThan(0.33);
        assertThat(result.diagnosis()).extracting(DiagnosisFinding::finding).containsExactly(Finding.DIFFERENTIATION);
    }

    @Test
    void healthyPipelineAndConversionMeansAddSellers() {
        List<Deal> deals = List.of(Deal.of("won", 10_000, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 5_000, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("commit", 30_000, "Negotiating", FEB, Outcome.OPEN));
        PipelineResult result = analyse(deals, PipelineSettings.defaults(10_000));
        assertThat(result.diagnosis()).extracting(DiagnosisFinding::finding).containsExactly(Finding.CAPACITY);
    }

    @Test
    void smbMotionJudgesCoverageWithTheSmbFormula() {
        List<Deal> deals = List.of(Deal.of("won", 10_000, "Redlining", FEB, Outcome.WON),
                Deal.of("lost", 5_000, "Short list", FEB, Outcome.LOST_COMPETITION),
                Deal.of("pipe", 30_000, "Building business case", FEB, Outcome.OPEN));
        assertThat(analyse(deals, PipelineSettings.defaults(10_000)).diagnosis())
                .extracting(DiagnosisFinding::finding).containsExactly(Finding.PIPELINE);
        assertThat(analyse(deals, PipelineSettings.defaults(10_000).withMotion(SalesMotion.SMB)).diagnosis())
                .extracting(DiagnosisFinding::finding).containsExactly(Finding.CAPACITY);
    }

    @Test
    void breakdownsSplitTheRatesByEachDimension() {
        List<Deal> deals = new ArrayList<>();
        deals.add(Deal.of("1", 100, "Redlining", FEB, Outcome.WON).withDimensions("SMB", "Acme", "Ann", "East"));
        deals.add(Deal.of("2", 300, "Short list", FEB, Outcome.LOST_COMPETITION).withDimensions("SMB", "Acme", "Bob", "East"));
        deals.add(Deal.of("3", 200, "Redlining", FEB, Outcome.WON).withDimensions("Enterprise", "", "Bob", "West"));
        deals.add(Deal.of("4", 200, "Long list", FEB, Outcome.LOST_NO_DECISION).withDimensions("Enterprise", "", "Ann", "West"));
        Map<Dimension, Map<String, ConversionRates>> b = analyse(deals).breakdowns();
        ConversionRates smb = b.get(Dimension.SEGMENT).get("SMB");
        assertThat(smb.winRate()).hasValue(0.25);
        assertThat(smb.closeRate()).hasValue(0.25);
        ConversionRates enterprise = b.get(Dimension.SEGMENT).get("Enterprise");
        assertThat(enterprise.closeRate()).hasValue(0.5);
        assertThat(enterprise.winRate()).hasValue(1.0);
        assertThat(b.get(Dimension.COMPETITOR)).containsOnlyKeys("Acme", Dimension.NONE);
        assertThat(b.get(Dimension.OWNER).get("Bob").won()).isEqualTo(new AmountCount(200, 1));
        assertThat(b.get(Dimension.TEAM).get("West").lostNoDecision()).isEqualTo(new AmountCount(200, 1));
        assertThat(b.get(Dimension.SEGMENT).keySet()).containsExactly("Enterprise", "SMB");
    }

    @Test
    void aStageOutsideTheSetupIsAPipelineStageAfterTheKnownOnes() {
        PipelineResult r = analyse(List.of(Deal.of("x", 70, "Nowhere", FEB, Outcome.OPEN)));
        assertThat(r.excludedBeforeSal()).isZero();
        assertThat(r.open(ForecastCategory.PIPELINE)).isEqualTo(new AmountCount(70, 1));
    }

    @Test
    void settingsAndSetupRejectNonsenseWithReadableMessages() {
        assertThatThrownBy(() -> PipelineSettings.defaults(0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("target must be greater than 0, got 0");
        assertThatThrownBy(() -> new StageSetup(StageSetup.defaults().stages(), "Signed"))
                .hasMessage("SAL stage \"Signed\" is not one of the stages");
        assertThatThrownBy(() -> new StageSetup(List.of(new Stage("A", Phase.CONVERSATIONS),
                new Stage("A", Phase.VOC_NEGOTIATIONS)), "A")).hasMessage("stage \"A\" is listed twice");
        assertThatThrownBy(() -> new Period(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 1, 1)))
                .hasMessage("period end 2017-01-01 is before its start 2017-03-01");
        assertThatThrownBy(() -> Deal.of("d", -5, "Redlining", FEB, Outcome.WON))
                .hasMessage("amount of deal d must not be negative, got -5");
    }
}
