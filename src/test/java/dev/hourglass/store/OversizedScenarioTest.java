package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook edited behind Hourglass's back cannot slip an oversized scenario past the limits a file has. */
class OversizedScenarioTest {
    @TempDir
    Path dir;

    private Path workbookWithOneScenario() throws Exception {
        Path file = dir.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase().withName("Base"));
        }
        return file;
    }

    @Test
    void scenarioInputsOfMoreThanAMegabyteAreRefusedBeforeTheyAreParsed() throws Exception {
        Path file = workbookWithOneScenario();
        RawSqlite.execute(file, "UPDATE scenario SET inputs = '{\"retention\": {\"startArr\": 1, \"grr\": 0.9,"
                + " \"nrr\": 1.0, \"newArrPerYear\": [' || replace(hex(zeroblob(300000)), '00', '1000,') || '1]}}'");

        try (Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
            assertThatThrownBy(workbook::scenarios).isInstanceOf(WorkbookException.class)
                    .hasMessage("w.hourglass: the inputs of scenario 'Base' cannot be read (field scenario: is 1,500,076"
                            + " characters long; at most 1,000,000 are allowed)");
        }
    }

    @Test
    void aLongNewArrListOrNameInTheWorkbookIsRefusedNamingTheFieldAndNotEchoed() throws Exception {
        Path file = workbookWithOneScenario();
        RawSqlite.execute(file, "UPDATE scenario SET inputs = '{\"retention\": {\"startArr\": 1, \"grr\": 0.9, "
                + "\"nrr\": 1.0, \"newArrPerYear\": [" + "1000,".repeat(5000) + "1]}}'");
        try (Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
            assertThatThrownBy(workbook::scenarios).hasMessage("w.hourglass: the inputs of scenario 'Base' cannot be"
                    + " read (field retention: new ARR per year has 5001 entries; at most 50 are allowed)");
        }

        Path other = dir.resolve("named.hourglass");
        try (Workbook workbook = Workbook.create(other, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase().withName("Base"));
        }
        RawSqlite.execute(other, "UPDATE scenario SET name = '" + "N".repeat(100_000) + "'");
        try (Workbook workbook = Workbook.openReadOnly(other, JsonScenarioCodec.INSTANCE)) {
            assertThatThrownBy(workbook::scenarios).hasMessage("named.hourglass: a scenario row cannot be read"
                    + " (scenario name is 100000 characters long; at most 200 are allowed)");
        }
    }

    @Test
    void aTakenNameAtTheLimitGetsItsNumberWithinTheLimit() throws Exception {
        Path file = dir.resolve("w.hourglass");
        String longest = "x".repeat(200);
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase().withName(longest));
            StoredScenario second = workbook.addScenario(SeedScenarios.baseCase().withName(longest));
            assertThat(second.name()).isEqualTo("x".repeat(196) + " (2)");
        }
    }
}
