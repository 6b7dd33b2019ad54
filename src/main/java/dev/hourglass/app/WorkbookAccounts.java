package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.json.HealthSettingsJson;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.DataDate;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A workbook's accounts analysed as the desktop does, for the Accounts views and the {@code accounts} command alike:
 * the newest accounts import, as of the data's own date, with the health settings saved in the workbook.
 *
 * @param savedSettings the health settings the Accounts health view saved, as their JSON text
 */
public record WorkbookAccounts(Dataset dataset, List<Account> accounts, ImportReport report,
                               Optional<String> savedSettings) {

    /** The newest accounts import of a workbook; the message names the workbook and says how to import some. */
    public static WorkbookAccounts newest(Workbook workbook, String workbookName)
            throws BadInputException, WorkbookException {
        Optional<Dataset> newest = DatasetChoice.newest(workbook, Dataset.Kind.ACCOUNTS);
        if (newest.isEmpty()) {
            throw new BadInputException(workbookName + " has no imported accounts (import some with "
                    + "import-data WORKBOOK ACCOUNTS.csv --kind accounts)");
        }
        Dataset dataset = newest.get();
        return new WorkbookAccounts(dataset, workbook.readAccounts(dataset.id()), DataImports.reportOf(dataset),
                workbook.setting(HealthSettingsJson.WORKBOOK_SETTING));
    }

    /** The day accounts are analysed as of until the user picks another: the newest date of the data, else today. */
    public static LocalDate asOf(List<Account> accounts) {
        return DataDate.of(accounts).orElse(LocalDate.now());
    }

    /** The saved settings, or the defaults when none are saved; a damaged text is an IllegalArgumentException. */
    public static HealthSettings settings(Optional<String> saved) {
        return saved.map(HealthSettingsJson::fromJson).orElse(HealthSettings.defaults());
    }
}
