package dev.hourglass.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RevenuePlannerTest {
    private static final SourceFunnel WEB = new SourceFunnel("Web", 1, OptionalDouble.of(0.2), OptionalDouble.of(0.4),
            OptionalDouble.of(0.5), OptionalDouble.of(0.25), OptionalDouble.of(100));

    /**
     * 1 % monthly churn (f = 0.99), 2 months' sales cycle, coverage 3, ACV 20,000, seller productivity 25,000 a month.
     * With 50,000 new ARR a month 1,000,000 closes month 12 at 1,000,000 · 0.99^12 + 50,000 · (1 − 0.99^12) / 0.01 =
     * 886,384.87 + 568,075.64 = 1,454,460.51 (the budget's hand-computed year below).
     */
    private static PlanInputs hand(List<SourceFunnel> sources) {
        return new PlanInputs(YearMonth.of(2027, 1), 12, 1_000_000, new MonthlyRetention(0.01, 0, 0), 2, 3, 20_000,
                sources, OptionalDouble.of(8_000), OptionalDouble.of(25_000), 0.05);
    }

    /**
     * By hand: +50 % in 12 months is g = 1.5^(1/12) = 1.03436608 a month; new ARR is share = g − f = 0.04436608 of
     * each month's opening ARR, so ARR grows 3.44 % every month and new ARR ramps with it from 44,366.08 to 64,338.08.
     */
    @Test
    void backSolvesNewArrGrowingWithTheArrBaseToHitTheTargetExactly() {
        RevenuePlan plan = RevenuePlanner.plan(hand(List.of(WEB)), new PlanGoal.TargetArr(1_500_000));
        assertThat(RevenuePlanner.newArr(hand(List.of(WEB)), new PlanGoal.TargetArr(1_500_000)).shareOfOpeningArr())
                .isCloseTo(0.04436608, within(1e-8));

        assertThat(plan.months()).hasSize(12);
        PlanMonth first = plan.months().get(0);
        assertThat(first.month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(first.openingArr()).isEqualTo(1_000_000);
        assertThat(first.churned()).isCloseTo(10_000, within(1e-6));
        assertThat(first.newArr()).isCloseTo(44_366.08, within(0.01));
        assertThat(first.closingArr()).isCloseTo(1_034_366.08, within(0.01));
        PlanMonth second = plan.months().get(1);
        assertThat(second.openingArr()).isEqualTo(first.closingArr());
        assertThat(second.churned()).isCloseTo(10_343.66, within(0.01));
        assertThat(second.newArr()).isCloseTo(45_890.77, within(0.01));
        assertThat(second.closingArr()).isCloseTo(1_069_913.19, within(0.01));
        PlanMonth last = plan.months().get(11);
        assertThat(last.month()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(last.newArr()).isCloseTo(64_338.08, within(0.01));
        assertThat(last.closingArr()).isCloseTo(1_500_000, within(1e-6));
        // January's pipeline and funnel feed March's bookings (45,890.77 · 1.03436608 = 47,467.86):
        // pipeline × 3 = 142,403.57; / ACV 20,000 = 2.3734 customers; / 0.25 = 9.4936 SALs; / 0.5 = 18.987 SQLs;
        // / 0.4 = 47.468 MQLs; / 0.2 = 237.34 leads;
        // × 100 = 23,733.93 spend; post-sale × 5 / 95 = 1,249.15. Sellers follow January's own bookings: 1.77.
        assertThat(first.bookings()).isEqualTo(first.newArr());
        assertThat(first.pipelineCreated()).isCloseTo(142_403.57, within(0.01));
        assertThat(first.sals()).isCloseTo(9.4936, within(1e-4));
        assertThat(first.sqls()).isCloseTo(18.987, within(1e-3));
        assertThat(first.mqls()).isCloseTo(47.468, within(1e-3));
        assertThat(first.leads()).isCloseTo(237.339, within(1e-3));
        assertThat(first.acquisitionSpend()).isCloseTo(23_733.93, within(0.01));
        assertThat(first.postSaleSpend()).isCloseTo(1_249.15, within(0.01));
        assertThat(first.sellers()).isCloseTo(44_366.08 / 25_000, within(1e-6));
        // the last two months feed bookings after the plan, taken at December's level
        assertThat(plan.months().get(10).pipelineCreated()).isCloseTo(3 * 64_338.08, within(0.03));
        assertThat(last.pipelineCreated()).isCloseTo(3 * 64_338.08, within(0.03));
        assertThat(plan.totals().newArr()).isCloseTo(645_492.29, within(0.01));
        // leads: 100 a customer for bookings of Mar … Dec and Dec again twice = 683,911.59 / 20,000 × 100
        assertThat(plan.totals().leads()).isCloseTo(3_419.56, within(0.01));
        assertThat(plan.totals().acquisitionSpend()).isCloseTo(341_955.79, within(0.01));
        // the first two months' bookings need their pipeline before January: (44,366.08 + 45,890.77) × 3
        assertThat(RevenuePlanner.pipelineBeforeStart(hand(List.of(WEB)), plan)).isCloseTo(270_770.56, within(0.01));
    }

    @Test
    void aPlanOpeningAtZeroBooksTheSameNewArrEveryMonth() {
        PlanInputs in = hand(List.of(WEB));
        PlanInputs fromZero = new PlanInputs(in.start(), 12, 0, in.retention(), 2, 3, 20_000, in.sources(), in.cac(),
                in.productivityPerSeller(), 0.05);
        // 600,000 = n · (1 − 0.99^12) / 0.01 → n = 52,809.87
        RevenuePlan plan = RevenuePlanner.plan(fromZero, new PlanGoal.TargetArr(600_000));
        assertThat(plan.months()).allSatisfy(m -> assertThat(m.newArr()).isCloseTo(52_809.87, within(0.01)));
        assertThat(plan.months().get(11).closingArr()).isCloseTo(600_000, within(1e-6));
    }

    @Test
    void growthIsATargetOfOpeningTimesOnePlusGrowth() {
        RevenuePlan plan = RevenuePlanner.plan(hand(List.of(WEB)), new PlanGoal.Growth(0.5));
        assertThat(plan.months().get(11).closingArr()).isCloseTo(1_500_000, within(1e-6));
        assertThat(plan.months().get(0).newArr()).isCloseTo(44_366.08, within(0.01));
    }

    @Test
    void aBudgetBuysTheNewArrItsLeadsWin() {
        // 300,000 over 12 months = 25,000 a month; a customer costs 100 per lead × 100 leads = 10,000, i.e. 0.5 per
        // ARR dollar at ACV 20,000: 50,000 new ARR a month, the hand-computed year above.
        RevenuePlan plan = RevenuePlanner.plan(hand(List.of(WEB)), new PlanGoal.Budget(300_000));
        assertThat(plan.months().get(0).newArr()).isCloseTo(50_000, within(1e-6));
        assertThat(plan.months().get(11).closingArr()).isCloseTo(1_454_460.51, within(0.01));
        assertThat(plan.totals().acquisitionSpend()).isCloseTo(300_000, within(1e-5));
    }

    @Test
    void aSourceWithoutCostPerLeadCostsItsCustomersTimesCac() {
        SourceFunnel partners = new SourceFunnel("Partners", 0.4, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(0.5), OptionalDouble.of(0.5), OptionalDouble.empty());
        SourceFunnel web = new SourceFunnel("Web", 0.6, WEB.leadToMql(), WEB.mqlToSql(), WEB.sqlToSal(),
                WEB.salToWon(), WEB.costPerLead());
        PlanInputs in = hand(List.of(web, partners));
        RevenuePlan plan = RevenuePlanner.plan(in, new PlanGoal.Budget(12 * 25_000));

        // per customer: 0.6 × 10,000 + 0.4 × CAC 8,000 = 9,200 → 25,000 buys 2.7174 customers = 54,347.83 ARR
        PlanMonth first = plan.months().get(0);
        assertThat(first.newArr()).isCloseTo(25_000 / 9_200.0 * 20_000, within(1e-6));
        List<SourceMonth> sources = RevenuePlanner.sources(in, first.month(), first.bookings());
        double customers = 25_000 / 9_200.0;
        assertThat(sources.get(0).newCustomers()).isCloseTo(0.6 * customers, within(1e-9));
        assertThat(sources.get(0).leads()).isCloseTo(0.6 * customers * 100, within(1e-9));
        assertThat(sources.get(1).sals()).isCloseTo(0.4 * customers * 2, within(1e-9));
        assertThat(sources.get(1).sqls()).isCloseTo(0.4 * customers * 4, within(1e-9));
        assertThat(sources.get(1).leads()).isNaN();
        assertThat(sources.get(1).acquisitionSpend()).isCloseTo(0.4 * customers * 8_000, within(1e-6));
        assertThat(first.acquisitionSpend()).isCloseTo(25_000, within(1e-6));
        assertThat(first.leads()).isNaN();
    }

    @Test
    void monthlyRatesCompoundToTheAnnualOnes() {
        MonthlyRetention r = MonthlyRetention.fromAnnual(0.2, 0.05, 0.1);
        assertThat(Math.pow(1 - r.churn(), 12)).isCloseTo(0.8, within(1e-12));
        assertThat(Math.pow(1 - r.contraction(), 12)).isCloseTo(0.95, within(1e-12));
        assertThat(Math.pow(1 + r.expansion(), 12)).isCloseTo(1.1, within(1e-12));
        assertThat(r.churn()).isCloseTo(0.018423, within(1e-6));
    }

    @Test
    void aTargetTheOpeningArrReachesAloneIsRefusedByName() {
        assertThatThrownBy(() -> RevenuePlanner.plan(hand(List.of(WEB)), new PlanGoal.TargetArr(800_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("886385").hasMessageContaining("needs no new ARR");
    }

    @Test
    void theReforecastOpensAtTheActualAndBooksThePlansNewArr() {
        PlanInputs in = hand(List.of(WEB));
        List<PlanMonth> rest = RevenuePlanner.reforecast(in, NewArrRule.flat(50_000), YearMonth.of(2027, 9), 1_300_000);
        assertThat(rest).extracting(PlanMonth::month)
                .containsExactly(YearMonth.of(2027, 10), YearMonth.of(2027, 11), YearMonth.of(2027, 12));
        assertThat(rest.get(0).openingArr()).isEqualTo(1_300_000);
        assertThat(rest.get(0).closingArr()).isCloseTo(1_300_000 * 0.99 + 50_000, within(1e-6));
        assertThat(rest.get(2).closingArr()).isCloseTo(1_300_000 * Math.pow(0.99, 3) + 50_000 * (1 + 0.99 + 0.99 * 0.99),
                within(1e-6));
    }

    @Test
    void aReforecastOfARampedPlanGrowsWithTheActualArr() {
        PlanInputs in = hand(List.of(WEB));
        List<PlanMonth> rest = RevenuePlanner.reforecast(in, new NewArrRule(0, 0.04), YearMonth.of(2027, 10),
                1_300_000);
        // 1,300,000 · (0.99 + 0.04) twice
        assertThat(rest.get(0).newArr()).isCloseTo(52_000, within(1e-6));
        assertThat(rest.get(1).closingArr()).isCloseTo(1_300_000 * 1.03 * 1.03, within(1e-6));
    }
}
