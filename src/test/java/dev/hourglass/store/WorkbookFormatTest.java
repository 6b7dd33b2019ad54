package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.WorkbookException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format versions: upgrading older files after a backup, reading newer ones without changing them. */
class WorkbookFormatTest {
    @TempDir
    Path dir;

    private final JsonScenarioCodec codec = JsonScenarioCodec.INSTANCE;

    @Test
    void anOlderWorkbookIsBackedUpThenUpgradedInPlace() throws Exception {
        Path file = dir.resolve("old.hourglass");
        RawSqlite.createVersion1(file, "Base", codec.encode(SeedScenarios.baseCase()));
        byte[] original = Files.readAllBytes(file);

        try (Workbook workbook = Workbook.open(file, codec)) {
            assertThat(workbook.isReadOnly()).isFalse();
            assertThat(workbook.info().formatVersion()).isEqualTo(Migrations.CURRENT_VERSION);
            StoredScenario base = workbook.scenario("Base").orElseThrow();
            assertThat(base.scenario()).isEqualTo(SeedScenarios.baseCase().withName("Base").withDescription("from v1"));
            workbook.saveDraft(base.id(), base.scenario().withDescription("draft works after the upgrade"));
        }
        assertThat(Files.readAllBytes(dir.resolve("old.hourglass.bak"))).isEqualTo(original);
        assertThat(RawSqlite.column(file, "PRAGMA user_version")).containsExactly(
                Integer.toString(Migrations.CURRENT_VERSION));
        assertThat(RawSqlite.column(file, "SELECT value FROM workbook_meta WHERE key = 'format_version'"))
                .containsExactly(Integer.toString(Migrations.CURRENT_VERSION));
    }

    @Test
    void anOlderWorkbookOpenedReadOnlyIsReadFromAnUpgradedCopyAndLeftAlone() throws Exception {
        Path file = dir.resolve("old.hourglass");
        RawSqlite.createVersion1(file, "Base", codec.encode(SeedScenarios.baseCase()));
        byte[] original = Files.readAllBytes(file);
        try (Workbook workbook = Workbook.openReadOnly(file, codec)) {
            assertThat(workbook.isReadOnly()).isTrue();
            assertThat(workbook.readOnlyReason().orElseThrow()).contains("older Hourglass");
            assertThat(workbook.scenarios()).extracting(StoredScenario::name).containsExactly("Base");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(dir.resolve("old.hourglass.bak")).doesNotExist();
    }

    @Test
    void aNewerWorkbookOpensReadOnlyAndIsNeverAltered() throws Exception {
        Path file = dir.resolve("future.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", codec)) {
            workbook.addScenario(SeedScenarios.baseCase());
        }
        int future = Migrations.CURRENT_VERSION + 1;
        RawSqlite.execute(file, "CREATE TABLE account (id TEXT PRIMARY KEY, arr REAL)", "PRAGMA user_version = " + future);
        byte[] before = Files.readAllBytes(file);

        try (Workbook workbook = Workbook.open(file, codec)) {
            assertThat(workbook.isReadOnly()).isTrue();
            assertThat(workbook.readOnlyReason().orElseThrow())
                    .contains("written by a newer Hourglass (workbook format " + future);
            StoredScenario base = workbook.scenarios().get(0);
            assertThat(base.scenario()).isEqualTo(SeedScenarios.baseCase());
            assertThatThrownBy(() -> workbook.saveScenario(base.id(), Scenario.empty("x"), ""))
                    .isInstanceOf(WorkbookException.class)
                    .hasMessageContaining("is open read-only")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(Reason.READ_ONLY);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyOpenLeavesTheFileByteForByteAndLetsAWriterIn() throws Exception {
        Path file = dir.resolve("shared.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", codec)) {
            workbook.addScenario(SeedScenarios.nrr110());
        }
        byte[] before = Files.readAllBytes(file);
        try (Workbook reader = Workbook.openReadOnly(file, codec)) {
            assertThat(reader.scenarios()).hasSize(1);
            assertThatThrownBy(() -> reader.addScenario(Scenario.empty("x"))).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
