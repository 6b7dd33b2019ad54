package dev.hourglass.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RevenuePlanPropertiesTest {

    @Provide
    Arbitrary<PlanInputs> inputs() {
        Arbitrary<MonthlyRetention> retention = Combinators.combine(Arbitraries.doubles().between(0, 0.5),
                        Arbitraries.doubles().between(0, 0.3), Arbitraries.doubles().between(0, 0.6))
                .as(MonthlyRetention::fromAnnual);
        Arbitrary<Double> rate = Arbitraries.doubles().between(0.01, 1);
        Arbitrary<SourceFunnel> funnel = Combinators.combine(rate, rate, rate, rate, Arbitraries.doubles().between(0, 500))
                .as((a, b, c, d, cpl) -> new SourceFunnel("Web", 1, OptionalDouble.of(a), OptionalDouble.of(b),
                        OptionalDouble.of(c), OptionalDouble.of(d), OptionalDouble.of(cpl)));
        return Combinators.combine(Arbitraries.integers().between(12, 36), Arbitraries.doubles().between(0, 50_000_000),
                        retention, Arbitraries.integers().between(0, 9), Arbitraries.doubles().between(1, 6),
                        Arbitraries.doubles().between(1_000, 200_000), funnel, Arbitraries.doubles().between(0, 0.5))
                .as((months, opening, r, cycle, coverage, acv, source, postSale) -> new PlanInputs(
                        YearMonth.of(2027, 1), months, opening, r, cycle, coverage, acv, List.of(source),
                        OptionalDouble.of(5_000), OptionalDouble.of(40_000), postSale));
    }

    @Property(tries = 300)
    void everyMonthKeepsTheIdentitiesAndTheLastClosesAtTheTarget(@ForAll("inputs") PlanInputs in,
            @ForAll("growth") double growth) {
        double kept = in.openingArr() * Math.pow(in.retention().monthlyFactor(), in.months());
        double target = kept + growth;
        RevenuePlan plan = RevenuePlanner.plan(in, new PlanGoal.TargetArr(target));

        assertThat(plan.months()).hasSize(in.months());
        assertThat(plan.months().get(0).openingArr()).isEqualTo(in.openingArr());
        double tolerance = 1e-9 * (1 + target);
        SourceFunnel source = in.sources().get(0);
        for (int i = 0; i < plan.months().size(); i++) {
            PlanMonth m = plan.months().get(i);
            assertThat(m.month()).isEqualTo(in.start().plusMonths(i));
            assertThat(m.closingArr()).isCloseTo(m.openingArr() - m.churned() - m.contracted() + m.expanded()
                    + m.newArr(), within(tolerance));
            if (i > 0) {
                assertThat(m.openingArr()).isEqualTo(plan.months().get(i - 1).closingArr());
            }
            assertThat(m.bookings()).isEqualTo(m.newArr());
            double later = plan.months().get(Math.min(i + in.salesCycleMonths(), plan.months().size() - 1)).bookings();
            assertThat(m.pipelineCreated()).isCloseTo(later * in.requiredCoverage(), within(tolerance));
            assertThat(m.sals() * source.salToWon().getAsDouble()).isCloseTo(later / in.acv(), within(1e-9 * (1 + m.sals())));
            assertThat(m.sqls() * source.sqlToSal().getAsDouble()).isCloseTo(m.sals(), within(1e-9 * (1 + m.sqls())));
            assertThat(m.mqls() * source.mqlToSql().getAsDouble()).isCloseTo(m.sqls(), within(1e-9 * (1 + m.mqls())));
            assertThat(m.leads() * source.leadToMql().getAsDouble()).isCloseTo(m.mqls(), within(1e-9 * (1 + m.leads())));
            assertThat(m.acquisitionSpend()).isCloseTo(m.leads() * source.costPerLead().getAsDouble(),
                    within(1e-9 * (1 + m.acquisitionSpend())));
            assertThat(m.sellers()).isCloseTo(m.bookings() / 40_000, within(1e-9 * (1 + m.sellers())));
            assertThat(m.postSaleSpend() * (1 - in.postSaleShare()))
                    .isCloseTo(m.acquisitionSpend() * in.postSaleShare(), within(1e-9 * (1 + m.postSaleSpend())));
        }
        assertThat(plan.months().get(in.months() - 1).closingArr()).isCloseTo(target, within(1e-6 * (1 + target)));
    }

    @Provide
    Arbitrary<Double> growth() {
        return Arbitraries.doubles().between(0, 100_000_000);
    }

    @Property(tries = 200)
    void aBudgetIsSpentEvenlyAndWhollyOnTheSameNewArrEveryMonth(@ForAll("inputs") PlanInputs in,
            @ForAll("growth") double budget) {
        if (in.sources().get(0).costPerLead().getAsDouble() == 0) {
            return; // new customers cost nothing: no budget tells how many to win
        }
        RevenuePlan forwards = RevenuePlanner.plan(in, new PlanGoal.Budget(budget));
        assertThat(forwards.totals().acquisitionSpend()).isCloseTo(budget, within(1e-9 * (1 + budget)));
        double first = forwards.months().get(0).newArr();
        assertThat(forwards.months()).allSatisfy(m -> {
            assertThat(m.newArr()).isCloseTo(first, within(1e-9 * (1 + first)));
            assertThat(m.acquisitionSpend()).isCloseTo(budget / in.months(), within(1e-9 * (1 + budget)));
        });
    }
}
