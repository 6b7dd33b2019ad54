package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import org.junit.jupiter.api.Test;

class SensitivityCommandTest {
    private static final String SEED = "src/test/resources/scenarios/seed-checks.json";

    @Test
    void eachInputSwungDownAndUpWidestFirstWithTheModelsFigures() throws Exception {
        CliRunner run = CliRunner.run("sensitivity", SEED, "--output", "unitEconomics.ltvToCac", "--swing", "10%",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode bars = json.get("bars");
        for (int i = 1; i < bars.size(); i++) {
            double before = Math.abs(bars.get(i - 1).get("outputHigh").asDouble() - bars.get(i - 1).get("outputLow").asDouble());
            double now = Math.abs(bars.get(i).get("outputHigh").asDouble() - bars.get(i).get("outputLow").asDouble());
            assertThat(before).isGreaterThanOrEqualTo(now - 1e-9);
        }
        JsonNode cac = null;
        for (JsonNode bar : bars) {
            if (bar.get("input").asText().equals("unitEconomics.cac")) {
                cac = bar;
            }
        }
        UnitEconomicsInputs seed = UnitEconomicsInputs.of(24_000, 0.8, 18_000, 0.18);
        double expectedLow = UnitEconomicsCalculator.calculate(seed.withCac(16_200)).ltvToCac().getAsDouble();
        assertThat(cac.get("outputLow").asDouble()).isCloseTo(expectedLow, within(1e-9));
        assertThat(CliRunner.run("sensitivity", SEED, "--output", "nothing.here").exitCode())
                .isEqualTo(HourglassCli.BAD_USAGE);
    }
}
