package dev.hourglass.app;

import static dev.hourglass.app.PlanFixtures.data;
import static dev.hourglass.app.PlanFixtures.scenario;
import static dev.hourglass.model.plan.NoteValue.count;
import static dev.hourglass.model.plan.NoteValue.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanNote.Code;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.scenario.Driver;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenuePlansTest {
    @Test
    void measuresTheRatesFromTheDealsAndLeadsAndSaysWhere() {
        // a customer: Web 0.25 × (1 / 0.1 leads × 5,000 per lead) + Partners 0.75 × CAC 8,000 = 12,500 + 6,000;
        // 18,500 a month buys one customer a month, 20,000 new ARR.
        PlanReport report = RevenuePlans.plan(scenario(), data(false), YearMonth.of(2027, 1), 12,
                new PlanGoal.Budget(12 * 18_500));
        PlanInputs in = report.inputs();

        assertThat(in.openingArr()).isEqualTo(1_200_000);
        assertThat(Math.pow(1 - in.retention().churn(), 12)).isCloseTo(0.88, within(1e-12));
        assertThat(in.salesCycleMonths()).isEqualTo(2);
        assertThat(in.requiredCoverage()).isEqualTo(3);
        assertThat(in.productivityPerSeller().getAsDouble()).isCloseTo(69_000 / 2.0 / 12, within(1e-9));
        assertThat(in.sources()).extracting(SourceFunnel::source).containsExactly("Partners", "Web");
        SourceFunnel web = in.sources().get(1);
        assertThat(web.customerShare()).isEqualTo(0.25);
        assertThat(web.leadToMql().getAsDouble()).isEqualTo(0.5);
        assertThat(web.mqlToSql().getAsDouble()).isEqualTo(0.8);
        assertThat(web.sqlToSal().getAsDouble()).isEqualTo(0.5);
        assertThat(web.salToWon().getAsDouble()).isEqualTo(0.5);
        assertThat(web.costPerLead().getAsDouble()).isEqualTo(5_000);
        assertThat(in.sources().get(0).salToWon().getAsDouble()).isEqualTo(0.75);
        assertThat(in.sources().get(0).costPerLead()).isEmpty();
        assertThat(in.postSaleShare()).isEqualTo(0.05);

        PlanMonth first = report.plan().months().get(0);
        assertThat(first.newArr()).isCloseTo(20_000, within(1e-6));
        assertThat(first.leads()).isCloseTo(2.5 + 1, within(1e-9));
        assertThat(first.acquisitionSpend()).isCloseTo(18_500, within(1e-6));
        assertThat(report.notes()).extracting(PlanNote::rate).contains("salesCycleMonths", "requiredCoverage",
                "productivityPerSeller", "funnel", "costPerLead", "cac", "postSaleShare", "retention", "openingArr");
        assertThat(report.notes()).contains(PlanNote.of(Code.CYCLE_MEDIAN, count(60), count(4), name("deals.csv"),
                count(2)), PlanNote.of(Code.FUNNEL_LEFT_OUT, name("Events")));
    }

    @Test
    void withoutDataTheScenariosDriversStandInAndTheNotesSaySo() {
        PlanReport report = RevenuePlans.plan(scenario().withDriver(Driver.CLOSE_RATE, 0.25), PlanData.NONE,
                YearMonth.of(2027, 1), 12, new PlanGoal.TargetArr(1_500_000));
        PlanInputs in = report.inputs();
        assertThat(in.salesCycleMonths()).isZero();
        assertThat(in.requiredCoverage()).isEqualTo(4);
        assertThat(in.productivityPerSeller()).isEmpty();
        assertThat(in.sources()).singleElement().satisfies(s -> assertThat(s.salToWon().getAsDouble()).isEqualTo(0.25));
        PlanMonth first = report.plan().months().get(0);
        assertThat(first.leads()).isNaN();
        assertThat(first.sals() * 0.25 * 20_000).isCloseTo(first.bookings(), within(1e-6));
        assertThat(first.acquisitionSpend()).isCloseTo(first.bookings() / 20_000 * 8_000, within(1e-6));
        assertThat(report.plan().months().get(11).closingArr()).isCloseTo(1_500_000, within(1e-6));
        assertThat(report.notes()).contains(PlanNote.of(Code.FUNNEL_NO_LEADS));
    }

    @Test
    void actualsSitBesideThePlanAndTheRestOfTheYearIsReforecast() {
        PlanData data = data(true);
        PlanReport report = RevenuePlans.plan(scenario(), data, YearMonth.of(2027, 1), 12,
                new PlanGoal.Budget(12 * 18_500));
        // Dec 2026 MRR 1,500 × 12
        assertThat(report.inputs().openingArr()).isEqualTo(18_000);

        List<ComparedMonth> months = RevenuePlans.againstActuals(report, data);
        ComparedMonth january = months.get(0);
        assertThat(january.actual()).hasValueSatisfying(a -> {
            assertThat(a.closingArr()).isEqualTo(18_000);
            assertThat(a.newArr()).isEqualTo(4_800);
            assertThat(a.churned()).isEqualTo(6_000);
            assertThat(a.expanded()).isEqualTo(1_200);
            assertThat(a.bookings().getAsDouble()).isEqualTo(9_000);
        });
        assertThat(january.reforecast()).isEmpty();
        double planClosing = january.plan().closingArr();
        assertThat(january.variance().get("closingArr").money()).isCloseTo(18_000 - planClosing, within(1e-9));
        assertThat(january.variance().get("bookings").money()).isCloseTo(9_000 - 20_000, within(1e-6));
        assertThat(january.variance().get("bookings").share().getAsDouble()).isCloseTo(-0.55, within(1e-9));

        ComparedMonth february = months.get(1);
        assertThat(february.actual()).isEmpty();
        assertThat(february.reforecast()).hasValueSatisfying(r -> {
            assertThat(r.openingArr()).isEqualTo(18_000);
            assertThat(r.newArr()).isCloseTo(20_000, within(1e-6));
        });
        assertThat(months.get(11).reforecast()).isPresent();
    }

    @Test
    void byDefaultThePlanStartsAfterTheLastActualMonthElseThisMonth() {
        // the ledger's last month is Jan 2027
        assertThat(RevenuePlans.defaultStart(data(true), YearMonth.of(2027, 6))).isEqualTo(YearMonth.of(2027, 2));
        assertThat(RevenuePlans.defaultStart(data(false), YearMonth.of(2027, 6))).isEqualTo(YearMonth.of(2027, 6));
    }
}
