package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRangesStoreTest {
    @TempDir
    Path dir;

    @Test
    void aWorkbookKeepsTheRangesOfAScenario() throws Exception {
        Scenario base = SeedScenarios.baseCase();
        Scenario ranged = base.withDrivers(base.drivers()
                .withRange(Driver.CAC, DriverRange.triangular(15_000, 18_000, 24_000))
                .withRange(Driver.NRR, DriverRange.uniform(1.0, 1.1)));
        Path file = dir.resolve("ranges.hourglass");
        long id;
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            id = workbook.addScenario(ranged).id();
        }
        try (Workbook reopened = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            Scenario stored = reopened.scenario(id).scenario();
            assertThat(stored).isEqualTo(ranged);
            assertThat(stored.drivers().range(Driver.NRR)).contains(DriverRange.uniform(1.0, 1.1));
        }
    }
}
