package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {
    @TempDir
    Path dir;

    private Path accounts() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, """
                account,source,startDate,arr,renewalDate,daysToActivation,daysToFirstValue,featuresAdopted,featuresAvailable,activeUsers,seats,ticketsPerActiveUser,activeStakeholders,nps,renewed
                A1,Partner,2025-01-01,10000,2026-01-01,10,20,5,10,20,40,1.0,3,0,
                A2,Outbound,2025-01-01,20000,2026-02-01,,,,,,,,,,
                A3,Outbound,2025-01-01,30000,2026-04-01,20,,,,,,,,100,
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonHasEveryOutputWithScoresComputedByHand() throws Exception {
        CliRunner run = CliRunner.run("accounts", accounts().toString(), "--as-of", "2025-12-31", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // A1: 100 × (20·1 + 10·1 + 20·0.5 + 20·0.5 + 10·0.5 + 10·1 + 10·0.5) / 100 = 70 → green (from 70).
        // A2: never activated, nothing else known: 0 → red, all 100 points lost to activation.
        // A3: activation in 20 days (0.5) and NPS 100 (1) known: 100 × (20·0.5 + 10·1) / 30 = 66.67 → yellow.
        JsonNode scored = json.get("accounts");
        assertThat(scored.get(0).get("score").asDouble()).isEqualTo(70);
        assertThat(scored.get(0).get("band").asText()).isEqualTo("green");
        assertThat(scored.get(1).get("score").asDouble()).isZero();
        assertThat(scored.get(1).get("reasons").get(0).get("text").asText()).isEqualTo("no activation within 30 days");
        assertThat(scored.get(1).get("reasons").get(0).get("pointsLost").asDouble()).isEqualTo(100);
        assertThat(scored.get(2).get("score").asDouble()).isEqualTo(66.6666666667);
        assertThat(scored.get(2).get("band").asText()).isEqualTo("yellow");
        assertThat(scored.get(2).get("missing")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("timeToFirstValue", "adoption", "seatUtilisation", "supportLoad", "stakeholders");
        assertThat(json.get("bands").get("red").get("arr").asDouble()).isEqualTo(20_000);
        assertThat(json.get("totalArr").asDouble()).isEqualTo(60_000);
        // All three renew in 2026 with no known outcome: the settings' churn per band (5 %, 20 %, 50 %) applies.
        JsonNode risk = json.get("renewalRisk");
        assertThat(risk.get("pipelineArr").asDouble()).isEqualTo(60_000);
        assertThat(risk.get("expectedChurnedArr").asDouble()).isEqualTo(10_000 * 0.05 + 20_000 * 0.5 + 30_000 * 0.2);
        assertThat(risk.get("byQuarter")).extracting(q -> q.get("period").asText()).containsExactly("2026-Q1", "2026-Q2");
        assertThat(json.get("bySource")).extracting(g -> g.get("group").asText()).contains("Partner", "Outbound");
        for (String key : new String[] {"weights", "predictors", "expansionTargets", "byCampaign", "excluded"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
    }

    @Test
    void weightsAndBandsCanBeSetAndUnknownIndicatorsAreBadUsage() throws Exception {
        CliRunner heavier = CliRunner.run("accounts", accounts().toString(), "--as-of", "2025-12-31", "--json",
                "--weight", "nps=0", "--green", "75");
        JsonNode json = new ObjectMapper().readTree(heavier.out());
        // A3 without NPS: only activation known, 0.5 → 50; A1 without NPS: 65 / 90 = 72.2 → yellow below 75.
        assertThat(json.get("accounts").get(2).get("score").asDouble()).isEqualTo(50);
        assertThat(json.get("accounts").get(0).get("band").asText()).isEqualTo("yellow");
        CliRunner bad = CliRunner.run("accounts", accounts().toString(), "--weight", "happiness=10");
        assertThat(bad.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(bad.err()).contains("no indicator happiness");
        String[][] refused = {{"--weight", "activation=-5"}, {"--green", "120"}, {"--yellow", "80"}, {"--margin", "1.5"}};
        for (String[] option : refused) {
            CliRunner run = CliRunner.run("accounts", accounts().toString(), option[0], option[1]);
            assertThat(run.exitCode()).as(String.join(" ", option)).isEqualTo(HourglassCli.BAD_USAGE);
            assertThat(run.err()).doesNotContain("unexpected error");
        }
    }

    @Test
    void readsTheNewestAccountsOfAWorkbookAndSaysWhenThereAreNone() throws Exception {
        Path workbook = dir.resolve("w.hourglass");
        assertThat(CliRunner.run("import-data", workbook.toString(), accounts().toString(), "--kind", "accounts")
                .exitCode()).isZero();
        CliRunner run = CliRunner.run("accounts", workbook.toString(), "--as-of", "2025-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Health (3 accounts").contains("Renewal-risk pipeline: 3 open renewals");
        // The weights saved with the workbook (by the Accounts health view) apply, as in the desktop.
        try (var w = dev.hourglass.store.Workbook.open(workbook, dev.hourglass.app.JsonScenarioCodec.INSTANCE)) {
            w.saveSetting(dev.hourglass.io.json.HealthSettingsJson.WORKBOOK_SETTING, "{\"weights\": {\"nps\": 0}}");
        }
        JsonNode saved = new ObjectMapper().readTree(CliRunner.run("accounts", workbook.toString(), "--json").out());
        assertThat(saved.get("weights").get("nps").asDouble()).isZero();
        assertThat(saved.get("accounts").get(2).get("score").asDouble()).isEqualTo(50);
        Path empty = dir.resolve("e.hourglass");
        CliRunner.run("import", empty.toString(), "src/test/resources/scenarios/seed-checks.json");
        CliRunner none = CliRunner.run("accounts", empty.toString());
        assertThat(none.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(none.err()).contains("e.hourglass has no imported accounts");
    }
    private Path withoutActivation() throws Exception {
        Path file = dir.resolve("no-activation.csv");
        Files.writeString(file, """
                account,source,startDate,arr,renewalDate,activeUsers,seats,nps,renewed,expansionArr
                E1,Partner,2024-01-01,10000,2025-01-01,30,40,20,yes,2000
                E2,Outbound,2024-01-01,20000,2025-02-01,10,40,-60,,-5000
                E3,Outbound,2024-01-01,30000,2025-04-01,,,n/a,,
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFileWithoutDaysToActivationLeavesActivationOutAndWarnsInJsonAndText() throws Exception {
        CliRunner run = CliRunner.run("accounts", withoutActivation().toString(), "--as-of", "2025-06-30", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // E1: seats 30/40 = 0.75 (weight 20), NPS 0.6 (weight 10): 100 × 21 / 30 = 70, green; never "not activated".
        // E2: seats 0.25, NPS 0.2: 100 × 7 / 30 = 23.3, red. E3: nothing known (its NPS "n/a" left empty): no score.
        JsonNode scored = json.get("accounts");
        assertThat(scored.get(0).get("score").asDouble()).isEqualTo(70);
        assertThat(scored.get(0).get("band").asText()).isEqualTo("green");
        assertThat(scored.get(1).get("score").asDouble()).isEqualTo(23.3333333333);
        assertThat(scored.get(1).get("reasons")).extracting(r -> r.get("indicator").asText())
                .containsExactly("seatUtilisation", "nps");
        assertThat(scored.get(2).get("band").asText()).isEqualTo("unscored");
        assertThat(json.get("missingIndicators")).extracting(JsonNode::asText).containsExactly("activation",
                "timeToFirstValue", "adoption", "supportLoad", "stakeholders");
        JsonNode warning = json.get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("INDICATOR_MISSING");
        assertThat(warning.get("indicator").asText()).isEqualTo("activation");
        assertThat(warning.get("message").asText()).isEqualTo("The file has no daysToActivation column: activation"
                + " is left out of the score and its weight shared over the others");
        assertThat(json.get("warnings")).hasSize(5);
        // The bad NPS is a note with its line and column; the account stays.
        assertThat(json.get("notes").get("count").asInt()).isEqualTo(1);
        assertThat(json.get("notes").get("reasons").get(0).get("examples").get(0).get("message").asText())
                .isEqualTo("no-activation.csv, line 4, column 'nps': nps is not a number: value left empty ('n/a')");
        assertThat(json.get("excluded").get("count").asInt()).isZero();
        assertThat(run.err()).contains("1 value of no-activation.csv noted (listed under \"notes\")");
        // No activation rate without the column; the contraction of E2 through to NRR: (15,000 + 30,000) / 50,000.
        // No spend: ranked by LTV. Outbound: ACV 25,000, retention 1, NRR 0.9 (no expansion term): 25,000 × 0.8 × 5
        // = 100,000. Partner: ACV 10,000, NRR 1.2: 8,000 × (1 + 1.2 + 1.44 + 1.728 + 2.0736) = 59,532.8.
        assertThat(json.get("bySource")).extracting(g -> g.get("group").asText()).containsExactly("Outbound", "Partner");
        assertThat(json.get("bySource").get(1).get("ltv").asDouble()).isCloseTo(59_532.8, within(1e-6));
        JsonNode outbound = json.get("bySource").get(0);
        assertThat(outbound.get("ltv").asDouble()).isCloseTo(100_000, within(1e-6));
        assertThat(outbound.get("activationRate").isNull()).isTrue();
        assertThat(outbound.get("nrr").asDouble()).isEqualTo(0.9);
        assertThat(outbound.get("expansionArr").asDouble()).isEqualTo(-5_000);
        assertThat(json.get("totalArr").asDouble()).isEqualTo(12_000 + 15_000 + 30_000);

        CliRunner text = CliRunner.run("accounts", withoutActivation().toString(), "--as-of", "2025-06-30");
        assertThat(text.out()).startsWith("Warning: The file has no daysToActivation column: activation is left out"
                + " of the score and its weight shared over the others.\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void withoutTheColumnTheScoresAreThoseOfAnActivationWeightOf0() throws Exception {
        Path with = dir.resolve("with-activation.csv");
        Files.writeString(with, Files.readString(withoutActivation()).replace("expansionArr\n", "expansionArr,daysToActivation\n")
                .replace("2000\n", "2000,5\n").replace("-5000\n", "-5000,\n").replace(",,\n", ",,,40\n"),
                StandardCharsets.UTF_8);
        JsonNode without = new ObjectMapper().readTree(CliRunner.run("accounts", withoutActivation().toString(),
                "--as-of", "2025-06-30", "--json").out());
        CliRunner weightless = CliRunner.run("accounts", with.toString(), "--as-of", "2025-06-30", "--json",
                "--weight", "activation=0");
        assertThat(weightless.exitCode()).as(weightless.err()).isZero();
        JsonNode zero = new ObjectMapper().readTree(weightless.out());
        for (int i = 0; i < 3; i++) {
            assertThat(without.get("accounts").get(i).get("score"))
                    .isEqualTo(zero.get("accounts").get(i).get("score"));
        }
        assertThat(zero.get("accounts").get(0).get("score").asDouble()).isEqualTo(70);
        assertThat(zero.get("missingIndicators")).extracting(JsonNode::asText).doesNotContain("activation");
    }

    @Test
    void aWorkbookImportIsAnalysedAsTheFileWasMissingIndicatorsAndContractionsIncluded() throws Exception {
        Path workbook = dir.resolve("no-activation.hourglass");
        assertThat(CliRunner.run("import-data", workbook.toString(), withoutActivation().toString(), "--kind",
                "accounts").exitCode()).isZero();
        JsonNode file = new ObjectMapper().readTree(CliRunner.run("accounts", withoutActivation().toString(),
                "--as-of", "2025-06-30", "--json").out());
        CliRunner run = CliRunner.run("accounts", workbook.toString(), "--as-of", "2025-06-30", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode imported = new ObjectMapper().readTree(run.out());
        for (String key : new String[] {"accounts", "bands", "totalArr", "renewalRisk", "predictors",
                "expansionTargets", "bySource", "byCampaign", "missingIndicators", "warnings", "rowsRead"}) {
            assertThat(imported.get(key)).as(key).isEqualTo(file.get(key));
        }
        assertThat(imported.get("accounts").get(0).get("score").asDouble()).isEqualTo(70);
        assertThat(imported.get("bySource").get(0).get("nrr").asDouble()).isEqualTo(0.9);
    }
}
