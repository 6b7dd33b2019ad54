package dev.hourglass.model.uniteconomics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class UnitEconomicsPropertiesTest {

    @Provide
    Arbitrary<UnitEconomicsInputs> inputs() {
        Arbitrary<Double> acv = Arbitraries.doubles().between(1_000, 500_000);
        Arbitrary<Double> margin = Arbitraries.doubles().between(0.05, 1);
        Arbitrary<Double> cac = Arbitraries.doubles().between(0, 400_000);
        Arbitrary<Double> churn = Arbitraries.doubles().between(0, 0.95);
        Arbitrary<OptionalDouble> firstYear = Arbitraries.doubles().between(0, 0.95)
                .map(OptionalDouble::of).injectNull(0.3).map(o -> o == null ? OptionalDouble.empty() : o);
        Arbitrary<Double> expansion = Arbitraries.doubles().between(0, 0.5);
        Arbitrary<Billing> billing = Arbitraries.of(Billing.class);
        Arbitrary<Integer> horizon = Arbitraries.integers().between(1, 120);
        Arbitrary<Double> discount = Arbitraries.doubles().between(0, 0.3);
        return Combinators.combine(acv, margin, cac, churn, firstYear, expansion, billing, horizon)
                .as((a, m, c, ch, fy, e, b, h) -> new UnitEconomicsInputs(a, m, c, ch, fy, e, b, h, 0))
                .flatMap(in -> discount.map(in::withAnnualDiscountRate));
    }

    @Property(tries = 300)
    void survivalNeverRises(@ForAll("inputs") UnitEconomicsInputs in) {
        double[] s = CustomerCurve.survival(in);
        assertThat(s[0]).isEqualTo(1.0);
        for (int k = 1; k < s.length; k++) {
            assertThat(s[k]).isLessThanOrEqualTo(s[k - 1]).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void cumulativeGrossProfitNeverFalls(@ForAll("inputs") UnitEconomicsInputs in) {
        double[] cum = CustomerCurve.cumulativeGrossProfit(in);
        for (int k = 1; k < cum.length; k++) {
            assertThat(cum[k]).isGreaterThanOrEqualTo(cum[k - 1]);
        }
    }

    @Property(tries = 300)
    void paybackMonthIsMonotoneInCac(@ForAll("inputs") UnitEconomicsInputs in,
                                     @ForAll @DoubleRange(min = 0, max = 200_000) double extraCac) {
        UnitEconomicsResult cheaper = UnitEconomicsCalculator.calculate(in);
        UnitEconomicsResult dearer = UnitEconomicsCalculator.calculate(in.withCac(in.cac() + extraCac));
        if (dearer.paybackMonth().isPresent()) {
            assertThat(cheaper.paybackMonth()).isPresent();
            assertThat(dearer.paybackMonth().getAsInt()).isGreaterThanOrEqualTo(cheaper.paybackMonth().getAsInt());
        }
    }

    @Property(tries = 300)
    void paybackMonthIsTheFirstMonthCoveringCac(@ForAll("inputs") UnitEconomicsInputs in) {
        UnitEconomicsResult r = UnitEconomicsCalculator.calculate(in);
        var cum = r.cumulativeGrossProfit();
        if (r.paybackMonth().isPresent()) {
            int m = r.paybackMonth().getAsInt();
            assertThat(cum.get(m - 1)).isGreaterThanOrEqualTo(in.cac());
            if (m > 1) {
                assertThat(cum.get(m - 2)).isLessThan(in.cac());
            }
        } else {
            assertThat(cum.get(cum.size() - 1)).isLessThan(in.cac());
        }
    }

    @Property(tries = 300)
    void annualBillingNeverPaysBackLaterThanMonthly(@ForAll("inputs") UnitEconomicsInputs in) {
        UnitEconomicsResult annual = UnitEconomicsCalculator.calculate(in.withBilling(Billing.ANNUAL));
        UnitEconomicsResult monthly = UnitEconomicsCalculator.calculate(in.withBilling(Billing.MONTHLY));
        assertThat(annual.ltv()).isGreaterThanOrEqualTo(monthly.ltv() * (1 - 1e-12));
        if (monthly.paybackMonth().isPresent()) {
            assertThat(annual.paybackMonth().getAsInt()).isLessThanOrEqualTo(monthly.paybackMonth().getAsInt());
        }
    }

    @Property(tries = 300)
    void ltvNeverExceedsFullPriceUndiscountedLtvWithoutExpansion(@ForAll("inputs") UnitEconomicsInputs in) {
        UnitEconomicsInputs flat = in.withAnnualExpansion(0);
        double ceiling = CustomerCurve.monthlyGrossProfitAtFullPrice(flat) * flat.horizonMonths();
        assertThat(UnitEconomicsCalculator.calculate(flat).ltv()).isLessThanOrEqualTo(ceiling * (1 + 1e-12));
    }
}
