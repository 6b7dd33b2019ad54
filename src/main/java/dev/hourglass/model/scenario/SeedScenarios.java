package dev.hourglass.model.scenario;

import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.retention.NrrImprovement;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios the product's seed documents work through, with their figures: the sample a new user opens.
 * Where a seed gives no figure (new ARR per year, the budget's individual lines), the value is an assumption
 * chosen to reproduce what the seed states (e.g. the 95/5 budget split).
 */
public final class SeedScenarios {
    private SeedScenarios() {
    }

    /** Seed 000's unit economics and retention table, seed 001's 95/5 budget, seed 003's SMB forecast. */
    public static Scenario baseCase() {
        return Scenario.empty("Seed base case")
                .withDescription("The seed documents' figures: $24K ACV at 80 % margin, $18K CAC, 18 % logo churn; "
                        + "$10M ARR at 90 % GRR / 105 % NRR; a 95/5 budget split.")
                .withUnitEconomics(UnitEconomicsInputs.of(24_000, 0.80, 18_000, 0.18))
                .withRetention(new RetentionInputs(10_000_000, new RetentionRates.GrrNrr(0.90, 1.05),
                        List.of(2_000_000.0, 2_500_000.0, 3_000_000.0), 3,
                        Optional.of(new NrrImprovement(1.00, 1.10, 24_000, 18_000, 0.25))))
                .withRetentionProgram(new RetentionProgramInputs(300, 20_000, 0.80, 0.18, 0.14, 150_000))
                .withBudget(new BudgetInputs(List.of(
                        new BudgetLine(RelationshipStage.AWARENESS, 380_000, 900),
                        new BudgetLine(RelationshipStage.LEAD_GENERATION, 420_000, 1_500),
                        new BudgetLine(RelationshipStage.CONSIDERATION, 100_000, 600),
                        new BudgetLine(RelationshipStage.PURCHASE, 50_000, 600),
                        new BudgetLine(RelationshipStage.ONBOARDING, 25_000, 200),
                        new BudgetLine(RelationshipStage.ADOPTION, 10_000, 100),
                        new BudgetLine(RelationshipStage.RENEWAL, 10_000, 60),
                        new BudgetLine(RelationshipStage.EXPANSION, 5_000, 40))))
                .withPostSaleFunnel(new PostSaleFunnelInputs(100, 90, 70, 55, 40, 35))
                .withChannels(List.of(
                        new ChannelInputs("Paid search", 300_000, 20, 15, 12, 0.25, 0.05, 24_000, 0.80),
                        new ChannelInputs("Campaign A (cheaper leads)", 100_000, 20, 12, 9, 0.45, 0.0, 24_000, 0.80),
                        new ChannelInputs("Campaign B (better customers)", 150_000, 25, 22, 21, 0.10, 0.15, 24_000, 0.80)))
                .withSmbForecast(new SmbForecast(0, 1_000_000, 0.9, 2_000_000, 0.6, 2_000_000, 0.3, 1_000_000, 0.3));
    }

    /** The base case with NRR raised to 110 % (seed 000's closing question). */
    public static Scenario nrr110() {
        Scenario base = baseCase();
        RetentionInputs retention = base.retention().orElseThrow();
        return base.withName("NRR 110 %")
                .withDescription("The base case with NRR at 110 %: how much pipeline would we not need?")
                .withRetention(retention.withRates(new RetentionRates.GrrNrr(0.90, 1.10)));
    }

    /** The base case with seed 000's retention programme bringing churn from 18 % to 14 %. */
    public static Scenario retentionProgramme() {
        Scenario base = baseCase();
        // The unit economics assume the churn after the programme; the programme keeps today's 18 % as its own
        // "churn now", so it overrides the scenario's churn.
        return base.withName("Retention programme")
                .withDescription("A $150K retention programme cutting logo churn from 18 % to 14 %.")
                .withUnitEconomics(base.unitEconomics().orElseThrow().withAnnualLogoChurn(0.14))
                .withRetentionProgram(base.retentionProgram().orElseThrow());
    }

    public static List<Scenario> all() {
        return List.of(baseCase(), nrr110(), retentionProgramme());
    }
}
