package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportStoreTest {
    private static final ScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;

    @TempDir
    Path dir;

    @Test
    void upgradingAFormat4WorkbookKeepsItsDealsAndAccountsAndAllowsOpenDealsWithoutACloseDate() throws Exception {
        Path file = dir.resolve("v4.hourglass");
        RawSqlite.createVersion(file, 4, "Base", CODEC.encode(SeedScenarios.baseCase()));
        RawSqlite.execute(file,
                "INSERT INTO dataset VALUES (1, 'deals', 'CRM', 'crm.csv', '2025-01-02T03:04:05Z', 2, NULL),"
                        + " (2, 'accounts', 'Accounts', 'accounts.csv', '2025-01-02T03:04:05Z', 1, NULL)",
                "INSERT INTO dataset_text VALUES (1, 0, 'Closed Won'), (2, 0, '')",
                "INSERT INTO deal (row_key, dataset_id, deal_id, amount, stage, close_date, outcome, segment, competitor,"
                        + " owner, team, source) VALUES (4294967296, 1, 'D1', 100, 0, 20000, 1, 0, 0, 0, 0, 0),"
                        + " (4294967297, 1, 'D2', 200, 0, 20001, 1, 0, 0, 0, 0, 0)",
                "INSERT INTO account_row (row_key, dataset_id, account, source, campaign, segment, start_date, arr,"
                        + " expansion_arr) VALUES (8589934592, 2, 'A1', 0, 0, 0, 19000, 12000, 0)");
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            assertThat(workbook.info().formatVersion()).isEqualTo(Migrations.CURRENT_VERSION);
            assertThat(workbook.datasets()).extracting(Dataset::rowCount).containsExactly(2L, 1L);
            assertThat(workbook.datasets()).allSatisfy(d -> assertThat(d.report()).isEmpty());
        }
        assertThat(RawSqlite.column(file, "SELECT group_concat(deal_id || ':' || amount) FROM deal"))
                .containsExactly("D1:100.0,D2:200.0");
        assertThat(RawSqlite.column(file, "SELECT account || ':' || arr FROM account_row")).containsExactly("A1:12000.0");
        assertThat(RawSqlite.column(file, "PRAGMA foreign_key_check")).isEmpty();
        assertThat(RawSqlite.column(file, "PRAGMA integrity_check")).containsExactly("ok");
        // Format 5: an open deal may lack a close date, a closed one may not; an account may contract.
        RawSqlite.execute(file, "INSERT INTO deal (row_key, dataset_id, deal_id, amount, stage, close_date, outcome,"
                + " segment, competitor, owner, team, source) VALUES (4294967298, 1, 'D3', 50, 0, NULL, 0, 0, 0, 0, 0, 0)",
                "UPDATE account_row SET expansion_arr = -3000");
        assertThat(RawSqlite.column(file, "SELECT count(*) FROM deal WHERE close_date IS NULL")).containsExactly("1");
        assertThatThrownBy(() -> RawSqlite.execute(file, "INSERT INTO deal (row_key,"
                + " dataset_id, deal_id, amount, stage, close_date, outcome, segment, competitor, owner, team, source)"
                + " VALUES (4294967299, 1, 'D4', 50, 0, NULL, 1, 0, 0, 0, 0, 0)"))
                .hasMessageContaining("CHECK constraint failed");
    }

    @Test
    void anImportKeepsItsReportWithItsDataset() throws Exception {
        Path file = dir.resolve("book.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            Dataset accounts = workbook.importAccounts("Accounts", "accounts.csv", List.of());
            workbook.setImportReport(accounts.id(), "{\"rowsRead\":3}");
        }
        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            assertThat(workbook.datasets().get(0).report()).contains("{\"rowsRead\":3}");
        }
    }
}
