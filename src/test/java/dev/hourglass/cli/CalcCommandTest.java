package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcCommandTest {
    @TempDir
    Path dir;

    private static String seedFile() throws URISyntaxException {
        return Path.of(CalcCommandTest.class.getResource("/scenarios/seed-checks.json").toURI()).toString();
    }

    @Test
    void jsonOutputPrintsTheSeedChecksExactly() throws Exception {
        CliRunner run = CliRunner.run("calc", seedFile(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        JsonNode u = r.get("unitEconomics");
        assertThat(u.get("yearOneGrossProfit").asText()).isEqualTo("19200");
        assertThat(u.get("monthlyGrossProfit").asText()).isEqualTo("1600");
        assertThat(u.get("simplePaybackMonths").asText()).isEqualTo("11.25");
        assertThat(u.get("paybackMonth").asInt()).isEqualTo(12);
        assertThat(u.get("averageLifetimeYears").asDouble()).isEqualTo(5.55555555556);
        assertThat(u.get("cumulativeGrossProfit")).hasSize(60);
        assertThat(r.at("/retention/bridge/0/closing").asText()).isEqualTo("9500000");
        JsonNode p = r.get("retentionProgram");
        assertThat(p.get("logosSaved").asText()).isEqualTo("12");
        assertThat(p.get("arrSaved").asText()).isEqualTo("240000");
        assertThat(p.get("grossProfitSaved").asText()).isEqualTo("192000");
        assertThat(p.get("netGain").asText()).isEqualTo("42000");
        assertThat(p.get("roi").asText()).isEqualTo("0.28");
        assertThat(p.get("breakEvenChurnReduction").asText()).isEqualTo("0.03125");
        assertThat(r.at("/smbForecast/forecast").asText()).isEqualTo("3000000");
        assertThat(r.at("/budget/preDollarsShare").asText()).isEqualTo("0.95");
        assertThat(r.at("/channels/0/cac").asText()).isEqualTo("15000");
        assertThat(r.at("/channels/0/costPerActivated").asText()).isEqualTo("20000");
        assertThat(r.at("/channels/0/costPerRetained").asText()).isEqualTo("25000");
        assertThat(r.at("/postSaleFunnel/steps/2/step").asText()).isEqualTo("activated30d");
        assertThat(r.at("/postSaleFunnel/steps/2/cumulativeConversion").asText()).isEqualTo("0.7");
        assertThat(r.at("/retention/nrrImprovement/pipelineNotNeeded").asText()).isEqualTo("4000000");
    }

    @Test
    void theTableShowsRoundedFiguresWithUnits() throws Exception {
        CliRunner run = CliRunner.run("calc", seedFile());
        assertThat(run.exitCode()).isZero();
        // the catalogue's labels and formats, as on screen and in the report
        assertThat(run.out()).containsPattern("Year-one gross profit +\\$19,200")
                .containsPattern("CAC payback +12 months")
                .containsPattern("Average lifetime +5\\.6 years")
                .containsPattern("LTV:CAC +3\\.7×")
                .containsPattern("Customers kept +12\n")
                .containsPattern("Retention programme ROI +28%")
                .containsPattern("Break-even churn reduction +3\\.13 pts")
                .containsPattern("SMB forecast +\\$3,000,000")
                .containsPattern("Total dollars +\\$1,000,000\\R +Total hours +1,500 h\\R+Post-sale funnel")
                .doesNotContain("Logos saved");
    }

    @Test
    void theSectionsOverridesOfBusinessDriversAreListedInTheTableAndTheJson() throws Exception {
        CliRunner json = CliRunner.run("calc", seedFile(), "--json");
        JsonNode overrides = new ObjectMapper().readTree(json.out()).get("overrides");
        assertThat(overrides.toString()).isEqualTo("[{\"path\":\"retention.nrrImprovement.nrrA\",\"driver\":\"nrr\","
                + "\"value\":1,\"driverValue\":0.95},{\"path\":\"retentionProgram.acv\",\"driver\":\"acv\","
                + "\"value\":20000,\"driverValue\":24000},{\"path\":\"channels[Paid search].annualLogoChurn\","
                + "\"driver\":\"annualLogoChurn\",\"value\":0.25,\"driverValue\":0.18},{\"path\":"
                + "\"channels[Paid search].annualExpansion\",\"driver\":\"annualExpansion\",\"value\":0.05,"
                + "\"driverValue\":0}]");

        CliRunner table = CliRunner.run("calc", seedFile());
        assertThat(table.out()).contains("Overrides of business drivers (◆ a section's override of a business driver")
                .containsPattern("Retention & NRR · NRR gain: NRR now +100% ◆ \\(scenario: 95%\\)")
                .containsPattern("Retention programme · ACV +\\$20,000 ◆ \\(scenario: \\$24,000\\)")
                .containsPattern("Channels · Paid search: annual logo churn +25% ◆ \\(scenario: 18%\\)");
    }

    @Test
    void noDataIsNullInJson() throws Exception {
        Path file = dir.resolve("free.json");
        Files.writeString(file, "{\"retentionProgram\": {\"customers\": 10, \"acv\": 1000, \"grossMargin\": 0.5,"
                + " \"churnNow\": 0.2, \"churnTarget\": 0.1, \"programCost\": 0}}");
        CliRunner run = CliRunner.run("calc", file.toString(), "--json");
        assertThat(run.out()).contains("\"roi\" : null");
        assertThat(run.out()).doesNotContain("NaN");
    }

    @Test
    void badInputExitsWithOneAndNamesTheField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"unitEconomics\": {\"acv\": 24000, \"grossMargin\": 1.8, \"cac\": 1, \"annualLogoChurn\": 0.1}}");
        CliRunner run = CliRunner.run("calc", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.json, field unitEconomics: gross margin must be between 0 and 1, got 1.8");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badUsageExitsWithTwoAndHelpWithZero() {
        assertThat(CliRunner.run("calc").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("calc", "a.json", "--frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("nonsense").exitCode()).isEqualTo(2);
        CliRunner help = CliRunner.run("calc", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: hourglass calc");
    }
}
