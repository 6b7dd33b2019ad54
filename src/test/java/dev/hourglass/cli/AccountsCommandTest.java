package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
