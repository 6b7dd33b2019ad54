package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format-5 workbook, whose scenarios are version-1 scenario files, opened by this Hourglass. */
class ScenarioFileUpgradeStoreTest {
    private static final Path V1 = Path.of("src/test/resources/scenarios/v1/retention-programme.json");

    @TempDir
    Path dir;

    @Test
    void upgradingRewritesEveryScenarioTextAsVersion2WithTheSameMeaning() throws Exception {
        String v1 = Files.readString(V1);
        Scenario expected = ScenarioJsonReader.read(V1);
        Path file = dir.resolve("v5.hourglass");
        RawSqlite.createVersion(file, 5, "Retention programme", v1);
        String quoted = v1.replace("'", "''");
        RawSqlite.execute(file,
                "UPDATE scenario SET draft = '" + quoted + "', draft_saved_at = '2025-01-02T03:04:05Z'",
                "INSERT INTO scenario_version (scenario_id, saved_at, note, inputs) VALUES (1, '2025-01-02T03:04:05Z', "
                        + "'first', '" + quoted + "')");

        try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            assertThat(workbook.info().formatVersion()).isEqualTo(Migrations.CURRENT_VERSION).isEqualTo(8);
            StoredScenario stored = workbook.scenarios().get(0);
            Scenario scenario = stored.scenario();
            assertThat(scenario.drivers()).isEqualTo(expected.drivers());
            assertThat(scenario.retentionProgramSection().orElseThrow().overrides().values())
                    .isEqualTo(Map.of(Driver.ACV, 20_000.0, Driver.ANNUAL_LOGO_CHURN, 0.18));
            assertThat(ScenarioCalculator.calculate(scenario)).isEqualTo(ScenarioCalculator.calculate(expected));
            assertThat(stored.draft()).hasValue(scenario.withName(expected.name()).withDescription(expected.description()));
            long versionId = workbook.history(stored.id()).get(0).id();
            assertThat(ScenarioCalculator.calculate(workbook.version(versionId)))
                    .isEqualTo(ScenarioCalculator.calculate(expected));
        }
        assertThat(RawSqlite.column(file, "SELECT inputs FROM scenario UNION ALL SELECT draft FROM scenario "
                + "UNION ALL SELECT inputs FROM scenario_version"))
                .hasSize(3).allSatisfy(text -> assertThat(text).contains("\"version\" : 2").contains("\"drivers\""));
        assertThat(RawSqlite.column(file, "PRAGMA user_version"))
                .containsExactly(Integer.toString(Migrations.CURRENT_VERSION));
        assertThat(file.resolveSibling("v5.hourglass.bak")).exists();
        assertThat(RawSqlite.column(file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void aScenarioTextTheCodecCannotReadIsLeftAsItWasAndStillReported() throws Exception {
        Path file = dir.resolve("damaged.hourglass");
        RawSqlite.createVersion(file, 5, "Broken", "{ not json");

        try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            assertThat(workbook.info().formatVersion()).isEqualTo(8);
            assertThatThrownBy(workbook::scenarios)
                    .hasMessageContaining("the inputs of scenario 'Broken' cannot be read");
        }
        assertThat(RawSqlite.column(file, "SELECT inputs FROM scenario")).containsExactly("{ not json");
    }
}
