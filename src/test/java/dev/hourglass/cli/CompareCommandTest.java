package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void oneScenarioIsNotAComparisonAndABadFileIsNamed() throws Exception {
        assertThat(CliRunner.run("compare", SEED.toString()).exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": ");
        CliRunner run = CliRunner.run("compare", SEED.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).startsWith("hourglass compare: bad.json, line");
    }
}
