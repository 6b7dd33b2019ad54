package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.json.HealthSettingsJson;
import dev.hourglass.store.Workbook;
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
        assertThat(run.out()).startsWith("As of 2025-12-31 (--as-of): churns and renewal outcomes after it are not "
                + "counted").contains("Health (3 accounts").contains("Renewal-risk pipeline: 3 open renewals");
        // The weights saved with the workbook (by the Accounts health view) apply, as in the desktop.
        try (var w = Workbook.open(workbook, JsonScenarioCodec.INSTANCE)) {
            w.saveSetting(HealthSettingsJson.WORKBOOK_SETTING, "{\"weights\": {\"nps\": 0}}");
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
        // No spend, and fewer than 5 survivors a group: no LTV, ranked by customers.
        assertThat(json.get("bySource")).extracting(g -> g.get("group").asText()).containsExactly("Outbound", "Partner");
        assertThat(json.get("bySource").get(1).get("survivors").asInt()).isEqualTo(1);
        assertThat(json.get("bySource").get(1).get("ltv").isNull()).isTrue();
        JsonNode outbound = json.get("bySource").get(0);
        assertThat(outbound.get("ltv").isNull()).isTrue();
        assertThat(outbound.get("activationRate").isNull()).isTrue();
        assertThat(outbound.get("nrr").asDouble()).isEqualTo(0.9);
        assertThat(outbound.get("expansionArr").asDouble()).isEqualTo(-5_000);
        assertThat(json.get("totalArr").asDouble()).isEqualTo(12_000 + 15_000 + 30_000);

        CliRunner text = CliRunner.run("accounts", withoutActivation().toString(), "--as-of", "2025-06-30");
        assertThat(text.out()).startsWith(("As of 2025-06-30 (--as-of): churns and renewal outcomes after it are not "
                + "counted\n\nWarning: The file has no daysToActivation column: activation is left out of the score and"
                + " its weight shared over the others.\n").replace("\n", System.lineSeparator()));
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

    /**
     * Five accounts without an activation column, so scored on adoption (20), seats (20) and NPS (10) alone:
     * G1 adoption 12/10 and seats 50/40, both counted as 1, NPS 80 → 100 × (20 + 20 + 9) / 50 = 98, green;
     * G2 0.9, 0.9, NPS 60 → 88, green; N1 nothing known → no score; L1 8, red, lost at its renewal 2024-06-01;
     * C1 28, red, churned 2025-04-15 (the newest date in the file) before its renewal 2025-05-01.
     */
    private Path pointInTime() throws Exception {
        Path file = dir.resolve("point-in-time.csv");
        Files.writeString(file, """
                account,source,startDate,arr,renewalDate,featuresAdopted,featuresAvailable,activeUsers,seats,nps,renewed,churnDate
                G1,Partner,2024-01-01,10000,2025-03-01,12,10,50,40,80,,
                G2,Partner,2024-01-01,20000,2025-02-01,9,10,36,40,60,,
                N1,Outbound,2024-01-01,5000,2025-03-15,,,,,,,
                L1,Outbound,2024-01-01,8000,2024-06-01,1,10,2,40,-80,no,2024-06-01
                C1,Outbound,2024-01-01,7000,2025-05-01,2,10,10,40,0,,2025-04-15
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyFigureIsAsOfTheDateWhichIsEchoedAndTheUnscoredHaveTheirColumn() throws Exception {
        CliRunner run = CliRunner.run("accounts", pointInTime().toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("asOf").asText()).isEqualTo("2025-04-15");
        assertThat(json.get("startedAfterAsOf").asInt()).isZero();
        // Open renewals on 2025-04-15: G1, G2 (green, 30,000) and N1 (no score, 5,000), all in 2025-Q1; C1 has left.
        JsonNode q1 = json.get("renewalRisk").get("byQuarter").get(0);
        assertThat(q1.get("period").asText()).isEqualTo("2025-Q1");
        assertThat(q1.get("arrByBand").get("green").asDouble()).isEqualTo(30_000);
        assertThat(q1.get("arrByBand").get("unscored").asDouble()).isEqualTo(5_000);
        assertThat(q1.get("arr").asDouble()).isEqualTo(35_000);
        assertThat(json.get("renewalRisk").get("byQuarter")).hasSize(1);
        // Too few known outcomes: the settings' 5 % green and, for no score, 20 % (yellow's).
        assertThat(json.get("renewalRisk").get("expectedChurnedArr").asDouble()).isEqualTo(30_000 * 0.05 + 5_000 * 0.2);
        assertThat(json.get("accounts").get(4).get("arrNow").asDouble()).isZero();

        CliRunner before = CliRunner.run("accounts", pointInTime().toString(), "--json", "--as-of", "2025-04-01");
        JsonNode then = new ObjectMapper().readTree(before.out());
        // On 2025-04-01 C1 had not left: a customer at 7,000 whose renewal in 2025-Q2 is open, red at 50 %.
        assertThat(then.get("asOf").asText()).isEqualTo("2025-04-01");
        assertThat(then.get("accounts").get(4).get("arrNow").asDouble()).isEqualTo(7_000);
        JsonNode q2 = then.get("renewalRisk").get("byQuarter").get(1);
        assertThat(q2.get("period").asText()).isEqualTo("2025-Q2");
        assertThat(q2.get("arrByBand").get("red").asDouble()).isEqualTo(7_000);
        assertThat(then.get("renewalRisk").get("expectedChurnedArr").asDouble()).isEqualTo(2_500 + 7_000 * 0.5);

        CliRunner early = CliRunner.run("accounts", pointInTime().toString(), "--json", "--as-of", "2023-12-31");
        JsonNode none = new ObjectMapper().readTree(early.out());
        assertThat(none.get("startedAfterAsOf").asInt()).isEqualTo(5);
        assertThat(none.get("accounts")).isEmpty();

        String text = CliRunner.run("accounts", pointInTime().toString()).out();
        assertThat(text).startsWith("As of 2025-04-15 (the newest date in the data): churns and renewal outcomes after"
                + " it are not counted");
        assertThat(text).containsPattern("Quarter +Accounts +Green +Yellow +Red +No score +ARR +Expected churn");
        assertThat(text).containsPattern("2025-Q1 +3 +30,000 +0 +0 +5,000 +35,000 +2,500");
    }

    @Test
    void impossibleAdoptionIsReportedAndUsageIsCappedAtOneInTheExpansionList() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("accounts", pointInTime().toString(), "--json").out());
        JsonNode impossible = null;
        for (JsonNode warning : json.get("warnings")) {
            if (warning.get("code").asText().equals("ADOPTION_ABOVE_AVAILABLE")) {
                impossible = warning;
            }
        }
        assertThat(impossible).isNotNull();
        assertThat(impossible.get("count").asInt()).isEqualTo(1);
        assertThat(impossible.get("examples")).extracting(JsonNode::asText)
                .containsExactly("G1: 12 features adopted of 10 available");
        // G1 uses 50 of 40 seats and 12 of 10 features: 100 % each, as in its score, never 125 % or 120 %.
        JsonNode targets = json.get("expansionTargets");
        assertThat(targets).extracting(t -> t.get("account").asText()).containsExactly("G2", "G1");
        assertThat(targets.get(1).get("seatUtilisation").asDouble()).isEqualTo(1);
        assertThat(targets.get(1).get("adoption").asDouble()).isEqualTo(1);
        assertThat(json.get("accounts").get(0).get("score").asDouble()).isEqualTo(98);

        String text = CliRunner.run("accounts", pointInTime().toString()).out();
        assertThat(text).contains("Warning: 1 account has more features adopted than available, counted as full "
                + "adoption (100 %): G1: 12 features adopted of 10 available.");
    }

    @Test
    void predictorExpansionAndOutcomeSettingsAreOptionsShownBesideTheirTables() throws Exception {
        CliRunner run = CliRunner.run("accounts", pointInTime().toString(), "--json", "--as-of", "2025-04-01",
                "--predictor", "nps=-90,timeToFirstValue=45", "--expansion-seats", "0.95", "--expansion-adoption",
                "0.95", "--min-outcomes", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("predictorThresholds").get("nps").asDouble()).isEqualTo(-90);
        assertThat(json.get("predictorThresholds").get("timeToFirstValue").asDouble()).isEqualTo(45);
        assertThat(json.get("predictorThresholds").get("seatUtilisation").asDouble()).isEqualTo(0.7);
        assertThat(json.get("expansionThresholds").get("seatUtilisation").asDouble()).isEqualTo(0.95);
        assertThat(json.get("minimumOutcomes").asInt()).isEqualTo(1);
        // L1, the one known outcome, has NPS −80 ≥ −90: it meets the NPS threshold and did not renew.
        JsonNode nps = null;
        for (JsonNode p : json.get("predictors")) {
            if (p.get("indicator").asText().equals("nps")) {
                nps = p;
            }
        }
        assertThat(nps.get("meeting").asInt()).isEqualTo(1);
        assertThat(nps.get("meetingRenewed").asInt()).isZero();
        // Only G1 (capped at 100 %) reaches 95 %; G2's 90 % no longer does.
        assertThat(json.get("expansionTargets")).extracting(t -> t.get("account").asText()).containsExactly("G1");
        // One known outcome is enough now: red is measured, 1 of 1 lost, so C1's 7,000 is expected to churn whole.
        JsonNode red = json.get("renewalRisk").get("churnProbabilities").get("red");
        assertThat(red.get("measured").asBoolean()).isTrue();
        assertThat(red.get("probability").asDouble()).isEqualTo(1);
        assertThat(json.get("renewalRisk").get("expectedChurnedArr").asDouble()).isEqualTo(2_500 + 7_000);

        String text = CliRunner.run("accounts", pointInTime().toString(), "--predictor", "nps=-90",
                "--expansion-seats", "0.95").out();
        assertThat(text).contains("NPS ≥ -90").contains("first value within 60 days").contains("seats used ≥ 95")
                .contains("only 0 known outcomes, 20 needed");
        for (String[] refused : new String[][] {{"--predictor", "adoption=1.5"}, {"--predictor", "happiness=1"},
            {"--predictor", "activation=2.5"}, {"--expansion-seats", "2"}, {"--min-outcomes", "-1"}}) {
            CliRunner bad = CliRunner.run("accounts", pointInTime().toString(), refused[0], refused[1]);
            assertThat(bad.exitCode()).as(String.join(" ", refused)).isEqualTo(HourglassCli.BAD_USAGE);
            assertThat(bad.err()).doesNotContain("unexpected error");
        }
    }
}
