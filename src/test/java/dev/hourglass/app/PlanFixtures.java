package dev.hourglass.app;

import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Outcome;
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

/** A scenario with deals, leads and a ledger whose plan figures are worked out by hand in RevenuePlansTest. */
public final class PlanFixtures {
    private PlanFixtures() {
    }

    public static Scenario scenario() {
        return Scenario.empty("Plan").withDriver(Driver.ACV, 20_000).withDriver(Driver.START_ARR, 1_200_000)
                .withDriver(Driver.CAC, 8_000)
                .withDrivers(Scenario.empty("x").drivers().withRates(new RetentionRates.Components(0.12, 0, 0.1))
                        .with(Driver.ACV, 20_000).with(Driver.START_ARR, 1_200_000).with(Driver.CAC, 8_000))
                .withChannels(List.of(new ChannelInputs("Web", 50_000, 5, 5, 5, 0.1, 0.1, 20_000, 0.8)));
    }

    public static Deal deal(String id, double amount, Outcome outcome, String created, String closed, String owner) {
        return new Deal(id, amount, outcome == Outcome.WON ? "Won" : "Lost", LocalDate.parse(closed), outcome, "", "",
                owner, "", "", null, created == null ? null : LocalDate.parse(created), null);
    }

    /** Won after 60, 60, 120 and 60 days (median 60 → 2 months); 69,000 won by Ann and Bob in 12 months. */
    public static List<Deal> deals() {
        return List.of(deal("D1", 30_000, Outcome.WON, "2026-01-01", "2026-03-02", "Ann"),
                deal("D2", 18_000, Outcome.WON, "2026-02-01", "2026-04-02", "Bob"),
                deal("D3", 12_000, Outcome.WON, "2026-03-01", "2026-06-29", "Ann"),
                deal("D4", 40_000, Outcome.LOST_COMPETITION, "2026-03-01", "2026-05-01", "Bob"),
                deal("D5", 9_000, Outcome.WON, "2026-11-16", "2027-01-15", "Bob"));
    }

    public static Lead lead(String id, String source, LeadStage reached) {
        return new Lead(id, LocalDate.of(2026, 5, 1), source, "", reached, null, null, null, null, OptionalDouble.empty());
    }

    /** Web: 10 leads, 5 MQLs, 4 SQLs, 2 SALs, 1 won; Partners: 4 leads all SALs, 3 won; Events: 2 leads, none won. */
    public static LeadData leads() {
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
    public static Ledger ledger() {
        return Ledger.builder().add("A", YearMonth.of(2026, 11), 1_000).add("A", YearMonth.of(2026, 12), 1_000)
                .add("B", YearMonth.of(2026, 12), 500).add("A", YearMonth.of(2027, 1), 1_100)
                .add("C", YearMonth.of(2027, 1), 400).build();
    }

    public static PlanData data(boolean withLedger) {
        return new PlanData(Optional.of(new PlanData.Named<>("deals.csv", deals())),
                Optional.of(new PlanData.Named<>("leads.csv", leads())),
                withLedger ? Optional.of(new PlanData.Named<>("ledger.csv", ledger())) : Optional.empty());
    }
}
