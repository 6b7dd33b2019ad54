package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.Billing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonTest {
    @TempDir
    Path dir;

    @Test
    void everySeedScenarioRoundTripsThroughJsonUnchanged() throws Exception {
        for (Scenario scenario : SeedScenarios.all()) {
            String json = ScenarioJsonWriter.toJson(scenario);
            assertThat(ScenarioJsonReader.read(json)).isEqualTo(scenario);
            assertThat(ScenarioJsonWriter.toJson(ScenarioJsonReader.read(json))).isEqualTo(json);
        }
    }

    @Test
    void theCliExampleReadsWithDefaults() throws Exception {
        Scenario s = ScenarioJsonReader.read("""
                { "format": "hourglass-scenario", "version": 1, "name": "Mini",
                  "unitEconomics": { "acv": 24000, "grossMargin": 0.8, "cac": 18000, "annualLogoChurn": 0.18 },
                  "retention": { "startArr": 10000000, "churnRate": 0.08, "contractionRate": 0.02,
                                 "expansionRate": 0.15, "newArrPerYear": 2000000 } }""");
        assertThat(s.currency()).isEqualTo("USD");
        assertThat(s.unitEconomics().orElseThrow().billing()).isEqualTo(Billing.ANNUAL);
        assertThat(s.unitEconomics().orElseThrow().horizonMonths()).isEqualTo(60);
        assertThat(s.unitEconomics().orElseThrow().firstYearLogoChurn()).isEmpty();
        assertThat(s.retention().orElseThrow().rates().nrr()).isEqualTo(0.08 * 0 + 1 - 0.08 - 0.02 + 0.15);
        assertThat(s.retention().orElseThrow().years()).isEqualTo(1);
        assertThat(s.channels()).isEmpty();
    }

    @Test
    void errorsNameTheFileAndTheField() throws Exception {
        assertThat(message("{\"unitEconomics\": {\"acv\": 24000, \"grossMargin\": 1.8, \"cac\": 1, \"annualLogoChurn\": 0.1}}"))
                .isEqualTo("bad.json, field unitEconomics: gross margin must be between 0 and 1, got 1.8");
        assertThat(message("{\"unitEconomics\": {\"acv\": \"lots\"}}"))
                .isEqualTo("bad.json, field unitEconomics.acv: expected a number, got text \"lots\"");
        assertThat(message("{\"retentionProgram\": {\"customers\": 300}}"))
                .isEqualTo("bad.json, field retentionProgram.acv: is required");
        assertThat(message("{\"unitEconomics\": {\"acv\": 1, \"grosMargin\": 0.8}}"))
                .startsWith("bad.json, field unitEconomics.grosMargin: unknown field (expected one of: acv, annualDiscountRate");
        assertThat(message("{\"channels\": [{\"name\": \"A\", \"spend\": 1, \"newCustomers\": 2.5}]}"))
                .isEqualTo("bad.json, field channels[0].newCustomers: expected a whole number, got 2.5");
        assertThat(message("{\"unitEconomics\": {\"acv\": 1, \"grossMargin\": 0.8, \"cac\": 1, \"annualLogoChurn\": 0.1, \"billing\": \"WEEKLY\"}}"))
                .isEqualTo("bad.json, field unitEconomics.billing: unknown value \"WEEKLY\" (expected one of: MONTHLY, ANNUAL)");
        assertThat(message("{\"version\": 7}"))
                .isEqualTo("bad.json, field version: this file is version 7, written by a newer Hourglass; this one reads up to version 2");
        assertThat(message("{\"retention\": {\"startArr\": 1, \"grr\": 0.9, \"nrr\": 1.0, \"churnRate\": 0.1}}"))
                .isEqualTo("bad.json, field retention: give either grr and nrr, or churnRate, contractionRate and expansionRate, not both");
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws Exception {
        assertThat(message("{\n  \"name\": \"x\",\n  oops\n}")).startsWith("bad.json, line 3, column 3: not valid JSON");
        assertThat(message("{\"name\": \"a\", \"name\": \"b\"}")).contains("not valid JSON (Duplicate field 'name')");
    }

    @Test
    void oversizedScenariosAreRefusedNamingTheFileAndField() throws Exception {
        String manyYears = "1000," .repeat(5000) + "1000";
        assertThat(message("{\"retention\": {\"startArr\": 1, \"grr\": 0.9, \"nrr\": 1.0, \"newArrPerYear\": ["
                + manyYears + "]}}"))
                .isEqualTo("bad.json, field retention: new ARR per year has 5001 entries; at most 50 are allowed");
        assertThat(message("{\"name\": \"" + "N".repeat(300) + "\"}"))
                .isEqualTo("bad.json, field name: scenario name is 300 characters long; at most 200 are allowed");
        assertThat(message("{\"name\": \"" + "N".repeat(1_000_001) + "\"}"))
                .isEqualTo("bad.json: larger than 1,000,000 bytes, the most a scenario, mapping or settings file may have");
        assertThatThrownBy(() -> ScenarioJsonReader.read("{\"name\": \"" + "N".repeat(2_000_000) + "\"}"))
                .hasMessage("scenario: is 2,000,012 characters long; at most 1,000,000 are allowed");
    }

    @Test
    void echoedValuesAreCutShort() throws Exception {
        assertThat(message("{\"" + "k".repeat(5000) + "\": 1}"))
                .startsWith("bad.json, field " + "k".repeat(60) + "…: unknown field (expected one of:");
        assertThat(message("{\"unitEconomics\": {\"acv\": \"" + "v".repeat(5000) + "\"}}"))
                .isEqualTo("bad.json, field unitEconomics.acv: expected a number, got text \"" + "v".repeat(60) + "…\"");
    }

    private String message(String json) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        try {
            ScenarioJsonReader.read(file);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error for " + json);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ScenarioJsonReader.read(dir.resolve("none.json"))).hasMessage("none.json: no such file");
    }
}
