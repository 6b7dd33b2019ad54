package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.HealthSettingsJson;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code accounts} command reads a workbook's accounts as the Accounts views do. */
class WorkbookAccountsTest {
    @TempDir
    Path dir;

    @Test
    void theNewestImportIsReadWithTheSettingsSavedBesideIt() throws Exception {
        HealthSettings saved = HealthSettings.defaults().withBands(60, 30);
        try (Workbook workbook = workbook()) {
            workbook.importAccounts("Old", "old.csv", List.of(account("A1", LocalDate.of(2023, 1, 1))));
            workbook.importAccounts("New", "new.csv", List.of(account("B1", LocalDate.of(2024, 1, 1)),
                    account("B2", LocalDate.of(2024, 6, 30))));
            workbook.saveSetting(HealthSettingsJson.WORKBOOK_SETTING, HealthSettingsJson.toJson(saved));

            WorkbookAccounts read = WorkbookAccounts.newest(workbook, "book.hourglass");

            assertThat(read.dataset().name()).isEqualTo("New");
            assertThat(read.accounts()).extracting(Account::account).containsExactly("B1", "B2");
            assertThat(read.report().rowsRead()).isEqualTo(2);
            assertThat(WorkbookAccounts.settings(read.savedSettings())).isEqualTo(saved);
            assertThat(WorkbookAccounts.asOf(read.accounts())).isEqualTo(LocalDate.of(2024, 6, 30));
        }
    }

    @Test
    void withoutAccountsTheMessageSaysHowToImportSome() throws Exception {
        try (Workbook workbook = workbook()) {
            assertThatThrownBy(() -> WorkbookAccounts.newest(workbook, "book.hourglass"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("book.hourglass has no imported accounts (import some with import-data WORKBOOK "
                            + "ACCOUNTS.csv --kind accounts)");
        }
    }

    @Test
    void noSavedSettingsAreTheDefaultsAndADamagedOneIsRefused() {
        assertThat(WorkbookAccounts.settings(Optional.empty())).isEqualTo(HealthSettings.defaults());
        assertThatThrownBy(() -> WorkbookAccounts.settings(Optional.of("[1]")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkbookAccounts.asOf(List.of())).isEqualTo(LocalDate.now());
    }

    private static Account account(String name, LocalDate start) {
        return new Account(name, "", "", "", start, 1000, Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), 0, Optional.empty());
    }

    private Workbook workbook() throws Exception {
        return Workbook.create(dir.resolve("book.hourglass"), "EUR", "en", JsonScenarioCodec.INSTANCE);
    }
}
