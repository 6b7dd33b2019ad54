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
     * By hand: 1 % monthly churn, f = 0.99, f^12 = 0.886384871…, 1 + f + … + f^11 = (1 − f^12) / 0.01 = 11.3615128…;
     * with 50,000 new ARR a month 1,000,000 closes month 12 at 886,384.87 + 568,075.64 = 1,454,460.51.
     */
    private static PlanInputs hand(List<SourceFunnel> sources) {
        return new PlanInputs(YearMonth.of(2027, 1), 12, 1_000_000, new MonthlyRetention(0.01, 0, 0), 2, 3, 20_000,
                sources, OptionalDouble.of(8_000), OptionalDouble.of(25_000), 0.05);
    }

    @Test
    void backSolvesTheMonthlyNewArrOfAHandComputedYear() {
        double target = 1_000_000 * Math.pow(0.99, 12) + 50_000 * (1 - Math.pow(0.99, 12)) / 0.01;
        assertThat(target).isCloseTo(1_454_460.51, within(0.01));

        RevenuePlan plan = RevenuePlanner.plan(hand(List.of(WEB)), new PlanGoal.TargetArr(target));

        assertThat(plan.months()).hasSize(12);
        PlanMonth first = plan.months().get(0);
        assertThat(first.month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(first.openingArr()).isEqualTo(1_000_000);
        assertThat(first.churned()).isCloseTo(10_000, within(1e-6));
        assertThat(first.newArr()).isCloseTo(50_000, within(1e-6));
        assertThat(first.closingArr()).isCloseTo(1_040_000, within(1e-6));
        PlanMonth second = plan.months().get(1);
        assertThat(second.churned()).isCloseTo(10_400, within(1e-6));
        assertThat(second.closingArr()).isCloseTo(1_079_600, within(1e-6));
        PlanMonth last = plan.months().get(11);
        assertThat(last.month()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(last.closingArr()).isCloseTo(target, within(1e-6));
        // 50,000 / ACV 20,000 = 2.5 customers; / 0.25 = 10 SALs; / 0.5 = 20 SQLs; / 0.4 = 50 MQLs; / 0.2 = 250 leads;
        // × 100 per lead = 25,000 spend; post-sale 25,000 × 5 / 95 = 1,315.79; 50,000 / 25,000 = 2 sellers;
        // pipeline 50,000 × coverage 3 = 150,000.
        assertThat(first.bookings()).isCloseTo(50_000, within(1e-6));
        assertThat(first.pipelineCreated()).isCloseTo(150_000, within(1e-6));
        assertThat(first.sals()).isCloseTo(10, within(1e-9));
        assertThat(first.sqls()).isCloseTo(20, within(1e-9));
        assertThat(first.mqls()).isCloseTo(50, within(1e-9));
        assertThat(first.leads()).isCloseTo(250, within(1e-9));
        assertThat(first.acquisitionSpend()).isCloseTo(25_000, within(1e-6));
        assertThat(first.postSaleSpend()).isCloseTo(1_315.789, within(1e-3));
        assertThat(first.sellers()).isCloseTo(2, within(1e-9));
        assertThat(plan.totals().newArr()).isCloseTo(600_000, within(1e-5));
        assertThat(plan.totals().leads()).isCloseTo(3_000, within(1e-6));
        assertThat(plan.totals().acquisitionSpend()).isCloseTo(300_000, within(1e-5));
        // the first two months' bookings need their pipeline before January: 2 × 150,000
        assertThat(RevenuePlanner.pipelineBeforeStart(hand(List.of(WEB)), plan)).isCloseTo(300_000, within(1e-5));
    }

    @Test
    void growthIsATargetOfOpeningTimesOnePlusGrowth() {
        RevenuePlan plan = RevenuePlanner.plan(hand(List.of(WEB)), new PlanGoal.Growth(0.5));
        assertThat(plan.months().get(11).closingArr()).isCloseTo(1_500_000, within(1e-6));
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
        List<PlanMonth> rest = RevenuePlanner.reforecast(in, 50_000, YearMonth.of(2027, 9), 1_300_000);
        assertThat(rest).extracting(PlanMonth::month)
                .containsExactly(YearMonth.of(2027, 10), YearMonth.of(2027, 11), YearMonth.of(2027, 12));
        assertThat(rest.get(0).openingArr()).isEqualTo(1_300_000);
        assertThat(rest.get(0).closingArr()).isCloseTo(1_300_000 * 0.99 + 50_000, within(1e-6));
        assertThat(rest.get(2).closingArr()).isCloseTo(1_300_000 * Math.pow(0.99, 3) + 50_000 * (1 + 0.99 + 0.99 * 0.99),
                within(1e-6));
    }
}
