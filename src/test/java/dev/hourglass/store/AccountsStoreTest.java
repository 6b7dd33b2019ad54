package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer accounts in the workbook: a round trip with every field, and the format-4 upgrade keeping older data. */
class AccountsStoreTest {
    private static final ScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;

    @TempDir
    Path dir;

    static Account full() {
        return new Account("ACME", "Paid search", "Campaign B", "Enterprise", LocalDate.of(2025, 1, 15), 24_000,
                Optional.of(LocalDate.of(2026, 1, 15)), OptionalInt.of(9), OptionalInt.of(21), OptionalInt.of(7),
                OptionalInt.of(10), OptionalInt.of(38), OptionalInt.of(40), OptionalDouble.of(0.25), OptionalInt.of(4),
                OptionalInt.of(-20), Optional.of(true), 6_000, Optional.empty());
    }

    static Account sparse() {
        return new Account("Globex", "", "", "", LocalDate.of(2024, 6, 1), 12_000, Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(false), 0, Optional.of(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void accountsComeBackAsImportedWithEveryFieldAndEveryGap() throws Exception {
        Path file = dir.resolve("a.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            Dataset dataset = workbook.importAccounts("Accounts", "accounts.csv", List.of(full(), sparse()));
            assertThat(dataset.kind()).isEqualTo(Dataset.Kind.ACCOUNTS);
            assertThat(dataset.rowCount()).isEqualTo(2);
        }
        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            Dataset dataset = workbook.datasets(Dataset.Kind.ACCOUNTS).get(0);
            assertThat(workbook.readAccounts(dataset.id())).containsExactly(full(), sparse());
        }
    }

    @Test
    void upgradingToAccountsKeepsTheDealsOfAnOlderWorkbook() throws Exception {
        Path file = dir.resolve("old.hourglass");
        RawSqlite.createVersion1(file, "Base", CODEC.encode(SeedScenarios.baseCase()));
        RawSqlite.execute(file,
                "INSERT INTO dataset VALUES (1, 'deals', 'CRM', 'crm.csv', '2025-01-02T03:04:05Z', 2, NULL)",
                "INSERT INTO dataset_text VALUES (1, 0, 'Closed Won')",
                "INSERT INTO deal (row_key, dataset_id, deal_id, amount, stage, close_date, outcome, segment, competitor,"
                        + " owner, team, source) VALUES (4294967296, 1, 'D1', 100, 0, 20000, 1, 0, 0, 0, 0, 0),"
                        + " (4294967297, 1, 'D2', 200, 0, 20001, 1, 0, 0, 0, 0, 0)");
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            assertThat(workbook.info().formatVersion()).isEqualTo(Migrations.CURRENT_VERSION);
            assertThat(workbook.datasets(Dataset.Kind.DEALS)).extracting(Dataset::rowCount).containsExactly(2L);
            workbook.importAccounts("Accounts", "accounts.csv", List.of(full()));
            workbook.deleteDataset(workbook.datasets(Dataset.Kind.ACCOUNTS).get(0).id());
        }
        assertThat(RawSqlite.column(file, "SELECT count(*) FROM deal")).containsExactly("2");
        assertThat(RawSqlite.column(file, "SELECT count(*) FROM account_row")).containsExactly("0");
        assertThat(RawSqlite.column(file, "PRAGMA foreign_key_check")).isEmpty();
        assertThat(RawSqlite.column(file, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(RawSqlite.column(file, "SELECT sql FROM sqlite_schema WHERE name = 'deal'").get(0))
                .contains("REFERENCES dataset(id)");
    }
}
