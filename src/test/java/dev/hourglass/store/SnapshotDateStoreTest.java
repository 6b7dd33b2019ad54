package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDateStoreTest {
    private static final ScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;

    @TempDir
    Path dir;

    @Test
    void anImportFromBeforeFormat6StandsAmongSnapshotsOnItsImportDayUntilItsExportDayIsKept() throws Exception {
        Path file = dir.resolve("v5.hourglass");
        RawSqlite.createVersion(file, 5, "Base", CODEC.encode(SeedScenarios.baseCase()));
        RawSqlite.execute(file, "INSERT INTO dataset (id, kind, name, source_file, imported_at, row_count) VALUES "
                + "(1, 'deals', 'CRM', 'crm.csv', '2025-01-02T03:04:05Z', 0)");
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            assertThat(workbook.info().formatVersion()).isEqualTo(8);
            Dataset before = workbook.dataset(1);
            assertThat(before.asOf()).isEmpty();
            assertThat(before.snapshotDate()).isEqualTo(LocalDate.of(2025, 1, 2));

            workbook.setAsOf(1, LocalDate.of(2024, 12, 31));

            assertThat(workbook.dataset(1).asOf()).contains(LocalDate.of(2024, 12, 31));
            assertThat(workbook.dataset(1).snapshotDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        }
        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            assertThat(workbook.datasets().get(0).asOf()).contains(LocalDate.of(2024, 12, 31));
        }
        assertThat(RawSqlite.column(file, "SELECT as_of FROM dataset")).containsExactly("20088");
        assertThatThrownBy(() -> RawSqlite.execute(file, "UPDATE dataset SET as_of = 3000000"))
                .hasMessageContaining("CHECK constraint failed");
    }
}
