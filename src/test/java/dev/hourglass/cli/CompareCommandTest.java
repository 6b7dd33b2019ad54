package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");

    @TempDir
    Path dir;

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key);
    }

    @Test
    void everyInputAndOutputSideBySideWithDeltasToTheFirst() throws Exception {
        Path cheaper = dir.resolve("cheaper.json");
        Files.writeString(cheaper, Files.readString(SEED).replace("\"cac\": 18000", "\"cac\": 12000")
                .replace("\"name\": \"Seed checks\"", "\"name\": \"Cheaper CAC\""));
        CliRunner run = CliRunner.run("compare", SEED.toString(), cheaper.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("scenarios").toString()).isEqualTo("[\"Seed checks\",\"Cheaper CAC\"]");
        JsonNode cac = row(json.get("inputs"), "unitEconomics.cac");
        assertThat(cac.get("values").toString()).isEqualTo("[18000,12000]");
        assertThat(cac.get("delta").get(1).asDouble()).isEqualTo(-6_000);
        assertThat(cac.get("deltaPercent").get(1).asDouble()).isCloseTo(-1 / 3.0, Offset.offset(1e-9));
        JsonNode payback = row(json.get("outputs"), "unitEconomics.paybackMonth");
        assertThat(payback.get("values").get(0).asInt()).isEqualTo(12);
        assertThat(payback.get("values").get(1).asInt()).isLessThan(12);
        JsonNode acv = row(json.get("inputs"), "unitEconomics.acv");
        assertThat(acv.get("delta").get(1).asDouble()).isZero();

        CliRunner differences = CliRunner.run("compare", SEED.toString(), cheaper.toString(), "--differences-only");
        assertThat(differences.out()).contains("* Unit economics · CAC").doesNotContain("Unit economics · ACV")
                .containsPattern("\\* Unit economics · CAC +\\$18,000 +\\$12,000 +-\\$6,000 +-33\\.3%");
    }

    @Test
    void langWritesTheSpreadsheetInGermanAndRefusesALanguageItLacks() throws Exception {
        Path xlsx = dir.resolve("vergleich.xlsx");
        CliRunner german = CliRunner.run("compare", SEED.toString(), SEED.toString(), "--xlsx", xlsx.toString(),
                "--lang", "de");
        assertThat(german.exitCode()).as(german.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Eingaben");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Abschnitt");
        }
        Path english = dir.resolve("compare.xlsx");
        assertThat(CliRunner.run("compare", SEED.toString(), SEED.toString(), "--xlsx", english.toString(),
                "--lang", "en").exitCode()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(english))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Inputs");
        }
        CliRunner french = CliRunner.run("compare", SEED.toString(), SEED.toString(), "--xlsx",
                dir.resolve("fr.xlsx").toString(), "--lang", "fr");
        assertThat(french.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(french.err()).contains("--lang: 'fr'");
        assertThat(dir.resolve("fr.xlsx")).doesNotExist();
    }

    @Test
    void overridesAreMarkedInTheTableAndListedPerScenarioInJson() throws Exception {
        Path cheaper = dir.resolve("cheaper.json");
        Files.writeString(cheaper, Files.readString(SEED).replace("\"acv\": 20000", "\"acv\": 24000")
                .replace("\"name\": \"Seed checks\"", "\"name\": \"No programme ACV\""));
        CliRunner run = CliRunner.run("compare", SEED.toString(), cheaper.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode overrides = new ObjectMapper().readTree(run.out()).get("overrides");
        assertThat(overrides).hasSize(2);
        assertThat(overrides.get(0).get("scenario").asText()).isEqualTo("Seed checks");
        JsonNode acv = overrides.get(0).get("inputs").get(1);
        assertThat(acv.toString()).isEqualTo(
                "{\"path\":\"retentionProgram.acv\",\"driver\":\"acv\",\"value\":20000,\"driverValue\":24000}");
        assertThat(overrides.get(0).get("inputs").get(0).toString()).isEqualTo("{\"path\":"
                + "\"retention.nrrImprovement.nrrA\",\"driver\":\"nrr\",\"value\":1,\"driverValue\":0.95}");
        assertThat(overrides.get(0).get("inputs")).hasSize(4);
        assertThat(overrides.get(1).get("scenario").asText()).isEqualTo("No programme ACV");
        assertThat(overrides.get(1).get("inputs")).hasSize(3);
        assertThat(overrides.get(1).get("inputs").toString()).doesNotContain("retentionProgram.acv");

        CliRunner text = CliRunner.run("compare", SEED.toString(), cheaper.toString());
        assertThat(text.out()).containsPattern("\\* Retention programme · ACV +\\$20,000 ◆ +\\$24,000 +\\+\\$4,000")
                .containsPattern("  Channels · Paid search: annual logo churn +25% ◆ +25% ◆ +0\\.0 pts")
                .containsPattern("  Unit economics · ACV +\\$24,000 +\\$24,000 +\\$0 ")
                .endsWith("◆ a section's override of a business driver: its own value, not the scenario's\n");
    }

    @Test
    void oneScenarioIsNotAComparisonAndABadFileIsNamed() throws Exception {
        assertThat(CliRunner.run("compare", SEED.toString()).exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": ");
        CliRunner run = CliRunner.run("compare", SEED.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).startsWith("hourglass compare: bad.json, line");
    }
}
