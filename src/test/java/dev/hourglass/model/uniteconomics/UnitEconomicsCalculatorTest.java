package dev.hourglass.model.uniteconomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class UnitEconomicsCalculatorTest {
    private static final UnitEconomicsInputs BASE = UnitEconomicsInputs.of(24_000, 0.80, 18_000, 0.18);

    @Test
    void annualSurvivalStepsDownOnlyAtRenewal() {
        double[] s = CustomerCurve.survival(BASE.withFirstYearLogoChurn(OptionalDouble.of(0.30)));
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[11]).isEqualTo(1.0);
        assertThat(s[12]).isCloseTo(0.70, within(1e-12));
        assertThat(s[23]).isCloseTo(0.70, within(1e-12));
        assertThat(s[24]).isCloseTo(0.70 * 0.82, within(1e-12));
        assertThat(s[36]).isCloseTo(0.70 * 0.82 * 0.82, within(1e-12));
    }

    @Test
    void monthlySurvivalLosesTheYearsChurnOverTwelveMonths() {
        double[] s = CustomerCurve.survival(BASE.withBilling(Billing.MONTHLY)
                .withFirstYearLogoChurn(OptionalDouble.of(0.30)));
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[1]).isCloseTo(Math.pow(0.70, 1.0 / 12), within(1e-12));
        assertThat(s[12]).isCloseTo(0.70, within(1e-12));
        assertThat(s[24]).isCloseTo(0.70 * 0.82, within(1e-12));
    }

    @Test
    void ltvWithoutChurnExpansionOrDiscountIsMarginTimesMonths() {
        UnitEconomicsResult r = UnitEconomicsCalculator.calculate(BASE.withAnnualLogoChurn(0));
        assertThat(r.ltv()).isCloseTo(60 * 1_600.0, within(1e-6));
        assertThat(r.steadyStateLtv()).isEmpty();
        assertThat(r.averageLifetimeYears()).isEmpty();
        assertThat(r.ltvToCac().getAsDouble()).isCloseTo(96_000.0 / 18_000, within(1e-12));
    }

    @Test
    void annualLtvOverFiveYearsSumsTheYearlySurvival() {
        // 19,200 a year, kept by 1, 0.82, 0.82², 0.82³, 0.82⁴ of customers.
        double expected = 19_200 * (1 + 0.82 + 0.82 * 0.82 + Math.pow(0.82, 3) + Math.pow(0.82, 4));
        UnitEconomicsResult r = UnitEconomicsCalculator.calculate(BASE);
        assertThat(r.ltv()).isCloseTo(expected, within(1e-6));
        assertThat(r.steadyStateLtv().getAsDouble()).isCloseTo(19_200 / 0.18, within(1e-6));
        assertThat(r.cumulativeGrossProfit()).hasSize(60);
    }

    @Test
    void expansionRaisesThePriceEachContractYear() {
        double[] gp = CustomerCurve.monthlyGrossProfit(BASE.withAnnualLogoChurn(0).withAnnualExpansion(0.10));
        assertThat(gp[11]).isCloseTo(1_600, within(1e-9));
        assertThat(gp[12]).isCloseTo(1_760, within(1e-9));
        assertThat(gp[24]).isCloseTo(1_936, within(1e-9));
    }

    @Test
    void discountingShrinksLaterMonths() {
        double[] gp = CustomerCurve.monthlyGrossProfit(BASE.withAnnualLogoChurn(0).withAnnualDiscountRate(0.10));
        assertThat(gp[0]).isCloseTo(1_600, within(1e-9));
        assertThat(gp[12]).isCloseTo(1_600 / 1.10, within(1e-9));
        assertThat(gp[6]).isCloseTo(1_600 / Math.sqrt(1.10), within(1e-9));
    }

    @Test
    void paybackBeyondTheHorizonIsEmpty() {
        UnitEconomicsResult r = UnitEconomicsCalculator.calculate(BASE.withCac(500_000));
        assertThat(r.paybackMonth()).isEmpty();
    }

    @Test
    void zeroCacPaysBackInTheFirstMonthAndHasNoRatio() {
        UnitEconomicsResult r = UnitEconomicsCalculator.calculate(BASE.withCac(0));
        assertThat(r.paybackMonth().getAsInt()).isEqualTo(1);
        assertThat(r.ltvToCac()).isEmpty();
    }

    @Test
    void frontLoadedChurnDelaysMonthlyPayback() {
        UnitEconomicsInputs monthly = BASE.withBilling(Billing.MONTHLY);
        int steady = UnitEconomicsCalculator.calculate(monthly).paybackMonth().getAsInt();
        int frontLoaded = UnitEconomicsCalculator.calculate(
                monthly.withFirstYearLogoChurn(OptionalDouble.of(0.40))).paybackMonth().getAsInt();
        assertThat(frontLoaded).isGreaterThan(steady);
    }

    @Test
    void grossMarginAboveOneIsRefusedInWords() {
        assertThatThrownBy(() -> BASE.withGrossMargin(1.8))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("gross margin must be between 0 and 1, got 1.8");
    }

    @Test
    void otherBadInputsAreRefused() {
        assertThatThrownBy(() -> BASE.withAcv(0)).hasMessage("ACV must be greater than 0, got 0");
        assertThatThrownBy(() -> BASE.withCac(-1)).hasMessage("CAC must not be negative, got -1");
        assertThatThrownBy(() -> BASE.withHorizonMonths(0)).hasMessage("horizon (months) must be between 1 and 600, got 0");
        assertThatThrownBy(() -> BASE.withAnnualLogoChurn(Double.NaN)).hasMessage("annual logo churn must be a number, got not a number");
        assertThatThrownBy(() -> BASE.withFirstYearLogoChurn(OptionalDouble.of(-0.1)))
                .hasMessage("first-year logo churn must be between 0 and 1, got -0.1");
    }
}
