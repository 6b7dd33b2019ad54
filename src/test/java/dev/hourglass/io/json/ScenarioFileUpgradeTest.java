package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hourglass.io.BadInputException;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version-1 scenario files (the sample workbook's and the seeds' scenarios as the previous Hourglass wrote them, and
 * its {@code calc --json} output for each, in src/test/resources/scenarios/v1) read, upgraded and written as
 * version 2.
 */
class ScenarioFileUpgradeTest {
    private static final Path V1 = Path.of("src/test/resources/scenarios/v1");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed-base-case", "nrr-110", "retention-programme", "acquisition-channels", "seed-checks"})
    void aVersion1FileCalculatesAsBeforeUpgradedAndAfterARoundTripAsVersion2(String name) throws Exception {
        String before = Files.readString(V1.resolve(name + ".calc.json"));
        Scenario upgraded = ScenarioJsonReader.read(V1.resolve(name + ".json"));

        assertThat(calc(upgraded)).isEqualTo(before);
        String v2 = ScenarioJsonWriter.toJson(upgraded);
        assertThat(v2).contains("\"version\" : 2").contains("\"drivers\"");
        Scenario reread = ScenarioJsonReader.read(v2);
        assertThat(reread).isEqualTo(upgraded);
        assertThat(calc(reread)).isEqualTo(before);
        assertThat(ScenarioJsonWriter.toJson(reread)).isEqualTo(v2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-base-case", "retention-programme", "acquisition-channels", "seed-checks"})
    void theUpgradeLosesNoValueOfAnySection(String name) throws Exception {
        JsonNode original = JsonFiles.STRICT.readTree(Files.readString(V1.resolve(name + ".json")));
        ((ObjectNode) original).remove(List.of("format", "version", "description"));
        Scenario upgraded = ScenarioJsonReader.read(V1.resolve(name + ".json"));

        JsonNode sections = JsonFiles.STRICT.readTree(ScenarioJsonWriter.sectionsJson(upgraded));
        // Numbers compare by value: a hand-written 0.0 is the 0 written back.
        assertThat(sections.equals((a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1, original))
                .as("%s%nis%n%s", sections, original).isTrue();
    }

    @Test
    void equalValuesBecomeReferencesAndDifferentOnesOverridesInTheFilesOrder() throws Exception {
        Scenario programme = ScenarioJsonReader.read(V1.resolve("retention-programme.json"));

        // Unit economics comes first and defines churn (14 %); the programme's "churn now" of 18 % overrides it.
        assertThat(programme.drivers().value(Driver.ANNUAL_LOGO_CHURN)).hasValue(0.14);
        assertThat(programme.retentionProgramSection().orElseThrow().overrides().values())
                .isEqualTo(Map.of(Driver.ACV, 20_000.0, Driver.ANNUAL_LOGO_CHURN, 0.18));
        // The NRR-gain panel's "NRR now" of 100 % differs from the scenario's 105 %: an override, shown as one.
        assertThat(programme.retentionSection().orElseThrow().nrrImprovement().orElseThrow().overrides().values())
                .isEqualTo(Map.of(Driver.NRR, 1.00));
        // Its ACV and CAC equal the drivers: references, written nowhere but in the drivers.
        String v2 = ScenarioJsonWriter.toJson(programme);
        assertThat(v2.split("\"acv\"", -1)).hasSize(3); // the driver and the programme's override
        assertThat(v2).contains("\"overrides\" : {\n      \"acv\" : 20000,\n      \"annualLogoChurn\" : 0.18\n    }");
    }

    @Test
    void aVersion2FileIsCheckedFieldByField() throws Exception {
        assertThat(message("""
                { "format": "hourglass-scenario", "version": 2, "name": "X",
                  "drivers": { "acv": 24000, "customers": 10, "grossMargin": 0.8, "annualLogoChurn": 0.2 },
                  "retentionProgram": { "churnTarget": 0.1, "programCost": 1, "overrides": { "cac": 5 } } }"""))
                .isEqualTo("bad.json, field retentionProgram: the retention programme does not read the CAC, "
                        + "so it cannot override it");
        assertThat(message("""
                { "format": "hourglass-scenario", "version": 2, "name": "X", "drivers": { "acv": 24000 },
                  "retentionProgram": { "churnTarget": 0.1, "programCost": 1 } }"""))
                .isEqualTo("bad.json, field retentionProgram: the scenario has no customers: set it among the business "
                        + "drivers or override it in the section");
        assertThat(message("""
                { "format": "hourglass-scenario", "version": 2, "name": "X", "drivers": { "grossMargin": 1.8 } }"""))
                .isEqualTo("bad.json, field drivers: gross margin must be between 0 and 1, got 1.8");
        assertThat(message("""
                { "format": "hourglass-scenario", "version": 2, "name": "X", "currency": "EUR" }"""))
                .startsWith("bad.json, field currency: unknown field");
    }

    private String message(String json) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ScenarioJsonReader.read(file)).isInstanceOf(BadInputException.class);
        try {
            ScenarioJsonReader.read(file);
            return null;
        } catch (BadInputException e) {
            return e.getMessage();
        }
    }

    private static String calc(Scenario scenario) {
        StringWriter out = new StringWriter();
        ScenarioResultJson.write(ScenarioCalculator.calculate(scenario), out);
        return out.toString();
    }
}
