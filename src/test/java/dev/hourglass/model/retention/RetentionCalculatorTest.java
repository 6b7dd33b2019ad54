package dev.hourglass.model.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionCalculatorTest {

    @Test
    void componentsGiveGrrAndNrr() {
        RetentionRates rates = new RetentionRates.Components(0.08, 0.02, 0.15);
        assertThat(rates.grr()).isCloseTo(0.90, within(1e-12));
        assertThat(rates.nrr()).isCloseTo(1.05, within(1e-12));
    }

    @Test
    void grrAndNrrGiveComponentsWithAllGrossLossAsChurn() {
        RetentionRates rates = new RetentionRates.GrrNrr(0.90, 1.05);
        assertThat(rates.churnRate()).isCloseTo(0.10, within(1e-12));
        assertThat(rates.contractionRate()).isZero();
        assertThat(rates.expansionRate()).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void twoYearBridgeRetainsNewArrFromTheNextYearOn() {
        RetentionInputs in = new RetentionInputs(10_000_000, new RetentionRates.Components(0.08, 0.02, 0.15),
                List.of(2_000_000.0, 2_500_000.0), 2, Optional.empty());
        List<ArrBridgeYear> bridge = RetentionCalculator.bridge(in);
        ArrBridgeYear y1 = bridge.get(0);
        assertThat(y1.opening()).isEqualTo(10_000_000.0);
        assertThat(y1.churned()).isCloseTo(800_000, within(1e-6));
        assertThat(y1.contracted()).isCloseTo(200_000, within(1e-6));
        assertThat(y1.expanded()).isCloseTo(1_500_000, within(1e-6));
        assertThat(y1.newArr()).isEqualTo(2_000_000.0);
        assertThat(y1.closing()).isCloseTo(12_500_000, within(1e-6));
        ArrBridgeYear y2 = bridge.get(1);
        assertThat(y2.opening()).isEqualTo(y1.closing());
        assertThat(y2.churned()).isCloseTo(1_000_000, within(1e-6));
        assertThat(y2.closing()).isCloseTo(12_500_000 * 1.05 + 2_500_000, within(1e-6));
    }

    @Test
    void theLastNewArrFigureRepeatsForLaterYears() {
        RetentionInputs in = new RetentionInputs(0, new RetentionRates.GrrNrr(1, 1), List.of(100.0), 3, Optional.empty());
        assertThat(RetentionCalculator.calculate(in).finalArr()).isEqualTo(300.0);
        RetentionInputs none = in.withNewArrPerYear(List.of());
        assertThat(RetentionCalculator.calculate(none).finalArr()).isZero();
    }

    @Test
    void nrrFrom100To110IsWorthTheSeedsQuestion() {
        NrrImprovementResult r = new NrrImprovement(1.00, 1.10, 24_000, 18_000, 0.25).valueFor(10_000_000);
        assertThat(r.arrGained()).isCloseTo(1_000_000, within(1e-6));
        assertThat(r.newCustomersNotNeeded()).isCloseTo(1_000_000 / 24_000.0, within(1e-9));
        assertThat(r.cacNotSpent()).isCloseTo(750_000, within(1e-6));
        assertThat(r.pipelineNotNeeded()).isCloseTo(4_000_000, within(1e-6));
    }

    @Test
    void resultCarriesTheNrrImprovementWhenAsked() {
        RetentionInputs in = new RetentionInputs(10_000_000, new RetentionRates.GrrNrr(0.9, 1.05), List.of(0.0), 1,
                Optional.of(new NrrImprovement(1.0, 1.1, 24_000, 18_000, 0.25)));
        assertThat(RetentionCalculator.calculate(in).nrrImprovement()).isPresent();
        assertThat(RetentionCalculator.calculate(in.withNrrImprovement(Optional.empty())).nrrImprovement()).isEmpty();
    }

    @Test
    void badRatesAreRefusedInWords() {
        assertThatThrownBy(() -> new RetentionRates.GrrNrr(0.95, 0.90))
                .hasMessage("NRR must be at least GRR (0.95), got 0.9");
        assertThatThrownBy(() -> new RetentionRates.GrrNrr(1.2, 1.3))
                .hasMessage("GRR must be between 0 and 1, got 1.2");
        assertThatThrownBy(() -> new RetentionRates.Components(0.7, 0.5, 0))
                .hasMessage("churn rate + contraction rate must not exceed 1, got 1.2");
        assertThatThrownBy(() -> new RetentionInputs(-1, new RetentionRates.GrrNrr(0.9, 1), List.of(), 1, Optional.empty()))
                .hasMessage("start ARR must not be negative, got -1");
        assertThatThrownBy(() -> new RetentionInputs(1, new RetentionRates.GrrNrr(0.9, 1), List.of(), 0, Optional.empty()))
                .hasMessage("years must be between 1 and 50, got 0");
        assertThatThrownBy(() -> new NrrImprovement(1, 1.1, 24_000, 18_000, 0))
                .hasMessage("close rate must be greater than 0, got 0");
    }

    @Test
    void programmeRefusesATargetAboveTodaysChurnAndReportsNoRoiWhenFree() {
        assertThatThrownBy(() -> new RetentionProgramInputs(300, 20_000, 0.8, 0.14, 0.18, 1))
                .hasMessage("churn target must not exceed churn now (0.14), got 0.18");
        RetentionProgramResult free = RetentionProgramCalculator.calculate(
                new RetentionProgramInputs(300, 20_000, 0.8, 0.18, 0.14, 0));
        assertThat(free.roi()).isEmpty();
        assertThat(free.netGain()).isCloseTo(192_000.0, within(1e-9));
    }

    @Test
    void netGainCurveCrossesZeroAtBreakEven() {
        RetentionProgramInputs in = new RetentionProgramInputs(300, 20_000, 0.8, 0.18, 0.14, 150_000);
        assertThat(RetentionProgramCalculator.netGainAt(in, 0.03125)).isCloseTo(0, within(1e-6));
        assertThat(RetentionProgramCalculator.netGainAt(in, 0.04)).isCloseTo(42_000, within(1e-6));
    }
}
