package dev.hourglass.model.uniteconomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** metrics.md §1 Check (seed 000): acv 24,000, margin 0.80, cac 18,000, churn 0.18. */
class UnitEconomicsSeedCheckTest {
    private static final UnitEconomicsInputs ANNUAL = UnitEconomicsInputs.of(24_000, 0.80, 18_000, 0.18);

    private static UnitEconomicsResult annual() {
        return UnitEconomicsCalculator.calculate(ANNUAL);
    }

    @Test
    void yearOneGrossProfitIs19200() {
        assertThat(annual().yearOneGrossProfit()).isEqualTo(19_200.0);
    }

    @Test
    void monthlyGrossProfitIs1600() {
        assertThat(annual().monthlyGrossProfit()).isEqualTo(1_600.0);
    }

    @Test
    void simplePaybackIs11point25Months() {
        assertThat(annual().simplePaybackMonths().getAsDouble()).isEqualTo(11.25);
    }

    @Test
    void annualBillingPaysBackInMonth12() {
        assertThat(annual().paybackMonth().getAsInt()).isEqualTo(12);
    }

    @Test
    void averageLifetimeIs5point56Years() {
        assertThat(annual().averageLifetimeYears().getAsDouble()).isCloseTo(5.56, within(0.005));
        assertThat(annual().averageLifetimeYears().getAsDouble()).isEqualTo(1 / 0.18);
    }

    @Test
    void monthlyBillingPaysBackInMonth13() {
        UnitEconomicsResult monthly = UnitEconomicsCalculator.calculate(ANNUAL.withBilling(Billing.MONTHLY));
        assertThat(monthly.paybackMonth().getAsInt()).isEqualTo(13);
    }
}
