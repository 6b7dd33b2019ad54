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
    void anUnknownActivationAndANeverActivatedAccountStayApartAndAContractionStaysNegative() throws Exception {
        Account unknown = new Account("Initech", "", "", "", LocalDate.of(2024, 6, 1), 12_000, Optional.empty(),
                OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.of(10),
                Optional.empty(), -4_000, Optional.empty());
        Account never = sparse();
        Path file = dir.resolve("activation.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            workbook.importAccounts("Accounts", "accounts.csv", List.of(unknown, never, full()));
        }
        // NULL is unknown; "not activated" has its own value; a real number of days is kept.
        assertThat(RawSqlite.column(file, "SELECT coalesce(days_to_activation, 'NULL') FROM account_row"))
                .containsExactly("NULL", String.valueOf(AccountTable.NOT_ACTIVATED), "9");
        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            List<Account> read = workbook.readAccounts(workbook.datasets(Dataset.Kind.ACCOUNTS).get(0).id());
            assertThat(read).containsExactly(unknown, never, full());
            assertThat(read.get(0).activationKnown()).isFalse();
            assertThat(read.get(0).expansionArr()).isEqualTo(-4_000);
            assertThat(read.get(0).arrNow()).isEqualTo(8_000);
            assertThat(read.get(1).activationKnown()).isTrue();
            assertThat(read.get(1).activated()).isFalse();
        }
    }

    @Test
    void upgradingAFormat4WorkbookKeepsItsAccountsThatNeverActivatedAsNotActivated() throws Exception {
        Path file = dir.resolve("v4.hourglass");
        RawSqlite.createVersion(file, 4, "Base", CODEC.encode(SeedScenarios.baseCase()));
        RawSqlite.execute(file,
                "INSERT INTO dataset VALUES (1, 'accounts', 'Accounts', 'accounts.csv', '2025-01-02T03:04:05Z', 2, NULL)",
                "INSERT INTO dataset_text VALUES (1, 0, '')",
                "INSERT INTO account_row (row_key, dataset_id, account, source, campaign, segment, start_date, arr,"
                        + " days_to_activation, expansion_arr) VALUES (4294967296, 1, 'A1', 0, 0, 0, 19000, 12000, NULL, 0),"
                        + " (4294967297, 1, 'A2', 0, 0, 0, 19000, 12000, 7, 0)");
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            List<Account> read = workbook.readAccounts(workbook.datasets(Dataset.Kind.ACCOUNTS).get(0).id());
            // Before format 5 a NULL meant "not activated", the only reading there was.
            assertThat(read).extracting(Account::activationKnown).containsExactly(true, true);
            assertThat(read).extracting(Account::activated).containsExactly(false, true);
            assertThat(read.get(1).daysToActivation()).hasValue(7);
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
