package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRangesJsonTest {
    private static final String HEAD = "{ \"format\": \"hourglass-scenario\", \"version\": 2, \"name\": \"R\", ";

    @TempDir
    Path dir;

    @Test
    void readsATriangularAndAUniformRangeTheLikelyValuesFeedingTheFigures() throws Exception {
        Scenario s = ScenarioJsonReader.read(HEAD + """
                "drivers": { "acv": { "low": 20000, "likely": 24000, "high": 30000 }, "grossMargin": 0.8,
                             "cac": 18000, "annualLogoChurn": { "low": 0.15, "high": 0.22 },
                             "startArr": 1000000, "grr": 0.9, "nrr": { "low": 1.0, "likely": 1.05, "high": 1.1 } },
                "unitEconomics": {}, "retention": { "years": 2 } }""");
        assertThat(s.drivers().range(Driver.ACV)).contains(DriverRange.triangular(20_000, 24_000, 30_000));
        assertThat(s.drivers().range(Driver.ANNUAL_LOGO_CHURN)).contains(DriverRange.uniform(0.15, 0.22));
        assertThat(s.drivers().range(Driver.NRR)).contains(DriverRange.triangular(1.0, 1.05, 1.1));
        assertThat(s.unitEconomics().orElseThrow().acv()).isEqualTo(24_000);
        assertThat(s.unitEconomics().orElseThrow().annualLogoChurn()).isEqualTo(0.185, within(1e-12));
        assertThat(s.retention().orElseThrow().rates().nrr()).isEqualTo(1.05);
    }

    @Test
    void rangesRoundTripAndAFileWithoutRangesIsWrittenAsBefore() throws Exception {
        Scenario base = SeedScenarios.baseCase();
        Scenario ranged = base.withDrivers(base.drivers()
                .withRange(Driver.ACV, DriverRange.triangular(20_000, 24_000, 30_000))
                .withRange(Driver.GROSS_MARGIN, DriverRange.uniform(0.7, 0.9))
                .withRange(Driver.NRR, DriverRange.triangular(1.0, 1.05, 1.1)));
        String json = ScenarioJsonWriter.toJson(ranged);
        assertThat(json).contains("\"acv\" : {").contains("\"likely\" : 24000").contains("\"nrr\" : {");
        assertThat(ScenarioJsonReader.read(json)).isEqualTo(ranged);
        assertThat(ScenarioJsonWriter.toJson(ScenarioJsonReader.read(json))).isEqualTo(json);
        assertThat(ScenarioJsonWriter.toJson(base)).doesNotContain("low").doesNotContain("likely");
    }

    @Test
    void aBadRangeIsRefusedNamingTheKey() throws Exception {
        assertThat(message("\"drivers\": { \"acv\": { \"low\": 20000, \"likely\": 31000, \"high\": 30000 } }"))
                .isEqualTo("bad.json, field drivers.acv.likely: likely (31000.0) must lie between low (20000.0) "
                        + "and high (30000.0)");
        assertThat(message("\"drivers\": { \"grossMargin\": { \"low\": 0.7, \"high\": 1.2 } }"))
                .isEqualTo("bad.json, field drivers.grossMargin.high: gross margin high: gross margin must be "
                        + "between 0 and 1, got 1.2");
        assertThat(message("\"drivers\": { \"acv\": { \"low\": 5, \"high\": 4 } }"))
                .isEqualTo("bad.json, field drivers.acv.low: low (5.0) must not be above high (4.0)");
        assertThat(message("\"drivers\": { \"acv\": { \"high\": 4 } }"))
                .isEqualTo("bad.json, field drivers.acv.low: is required");
        assertThat(message("\"drivers\": { \"acv\": { \"low\": 1, \"mode\": 2, \"high\": 4 } }"))
                .startsWith("bad.json, field drivers.acv.mode: unknown field (expected one of: high, likely, low)");
        assertThat(message("\"drivers\": { \"horizonMonths\": { \"low\": 12, \"high\": 60 } }"))
                .isEqualTo("bad.json, field drivers.horizonMonths: the horizon cannot be a range");
    }

    private String message(String body) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, HEAD + body + " }", StandardCharsets.UTF_8);
        try {
            ScenarioJsonReader.read(file);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error for " + body);
    }
}
