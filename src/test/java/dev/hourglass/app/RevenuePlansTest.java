package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RevenuePlansTest {
    static Scenario scenario() {
        return Scenario.empty("Plan").withDriver(Driver.ACV, 20_000).withDriver(Driver.START_ARR, 1_200_000)
                .withDriver(Driver.CAC, 8_000)
                .withDrivers(Scenario.empty("x").drivers().withRates(new RetentionRates.Components(0.12, 0, 0.1))
                        .with(Driver.ACV, 20_000).with(Driver.START_ARR, 1_200_000).with(Driver.CAC, 8_000))
                .withChannels(List.of(new ChannelInputs("Web", 50_000, 5, 5, 5, 0.1, 0.1, 20_000, 0.8)));
    }

    static Deal deal(String id, double amount, Outcome outcome, String created, String closed, String owner) {
        return new Deal(id, amount, outcome == Outcome.WON ? "Won" : "Lost", LocalDate.parse(closed), outcome, "", "",
                owner, "", "", null, created == null ? null : LocalDate.parse(created), null);
    }

    /** Won after 60, 60, 120 and 60 days (median 60 → 2 months); 69,000 won by Ann and Bob in 12 months. */
    static List<Deal> deals() {
        return List.of(deal("D1", 30_000, Outcome.WON, "2026-01-01", "2026-03-02", "Ann"),
                deal("D2", 18_000, Outcome.WON, "2026-02-01", "2026-04-02", "Bob"),
                deal("D3", 12_000, Outcome.WON, "2026-03-01", "2026-06-29", "Ann"),
                deal("D4", 40_000, Outcome.LOST_COMPETITION, "2026-03-01", "2026-05-01", "Bob"),
                deal("D5", 9_000, Outcome.WON, "2026-11-16", "2027-01-15", "Bob"));
    }

    static Lead lead(String id, String source, LeadStage reached) {
        return new Lead(id, LocalDate.of(2026, 5, 1), source, "", reached, null, null, null, null, OptionalDouble.empty());
    }

    /** Web: 10 leads, 5 MQLs, 4 SQLs, 2 SALs, 1 won; Partners: 4 leads all SALs, 3 won; Events: 2 leads, none won. */
    static LeadData leads() {
        List<Lead> leads = new ArrayList<>();
        leads.add(lead("w1", "Web", LeadStage.WON));
        leads.add(lead("w2", "Web", LeadStage.SAL));
        leads.add(lead("w3", "Web", LeadStage.SQL));
        leads.add(lead("w4", "Web", LeadStage.SQL));
        leads.add(lead("w5", "Web", LeadStage.MQL));
        for (int i = 6; i <= 10; i++) {
            leads.add(lead("w" + i, "Web", LeadStage.LEAD));
        }
        for (int i = 1; i <= 3; i++) {
            leads.add(lead("p" + i, "Partners", LeadStage.WON));
        }
        leads.add(lead("p4", "Partners", LeadStage.SAL));
        leads.add(lead("e1", "Events", LeadStage.LEAD));
        leads.add(lead("e2", "Events", LeadStage.LEAD));
        return new LeadData(leads, EnumSet.allOf(LeadStage.class));
    }

    /** Dec 2026: A 1,000 + B 500 MRR; Jan 2027: A 1,100 (expansion), B gone (churn), C 400 (new). */
    static Ledger ledger() {
        return Ledger.builder().add("A", YearMonth.of(2026, 11), 1_000).add("A", YearMonth.of(2026, 12), 1_000)
                .add("B", YearMonth.of(2026, 12), 500).add("A", YearMonth.of(2027, 1), 1_100)
                .add("C", YearMonth.of(2027, 1), 400).build();
    }

    static PlanData data(boolean withLedger) {
        return new PlanData(Optional.of(new PlanData.Named<>("deals.csv", deals())),
                Optional.of(new PlanData.Named<>("leads.csv", leads())),
                withLedger ? Optional.of(new PlanData.Named<>("ledger.csv", ledger())) : Optional.empty());
    }

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
        assertThat(report.notes()).anySatisfy(n -> assertThat(n.origin()).contains("median 60 days")
                .contains("4 won deals of deals.csv"));
        assertThat(report.notes()).anySatisfy(n -> assertThat(n.origin()).contains("not in the plan: Events"));
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
        assertThat(report.notes()).anySatisfy(n -> assertThat(n.origin()).contains("no leads imported"));
    }

    @Test
    void actualsSitBesideThePlanAndTheRestOfTheYearIsReforecast() {
        PlanData data = data(true);
        PlanReport report = RevenuePlans.plan(scenario(), data, RevenuePlans.defaultStart(data, YearMonth.of(2027, 2)),
                12, new PlanGoal.Budget(12 * 18_500));
        assertThat(report.inputs().start()).isEqualTo(YearMonth.of(2027, 1));
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
}
