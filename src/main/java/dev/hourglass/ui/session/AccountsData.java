package dev.hourglass.ui.session;

import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.WorkbookAccounts;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.DataDate;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer accounts the Accounts health and Acquisition value views share: the workbook's imported accounts
 * datasets, the one chosen (the newest at first), and its accounts once read — read on a background thread, so a
 * large import does not freeze the window.
 */
public final class AccountsData {
    /**
     * The accounts and the date they are analysed as of, changed together so that a view recomputes once for new
     * accounts (which bring their own newest date). Equal when it is the same list read and the same date.
     */
    public record Snapshot(List<Account> accounts, LocalDate asOf) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot s && s.accounts == accounts && s.asOf.equals(asOf);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(accounts) * 31 + asOf.hashCode();
        }
    }

    private final Workbook workbook;
    private final Work work;
    private final ObservableList<Dataset> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<Dataset> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Account>> accounts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> dataDate = new ReadOnlyObjectWrapper<>(LocalDate.now());
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyObjectWrapper<Snapshot> snapshot =
            new ReadOnlyObjectWrapper<>(new Snapshot(List.of(), LocalDate.now()));

    public AccountsData(Workbook workbook) {
        this(workbook, Work.BACKGROUND);
    }

    /** @param work where the chosen dataset's accounts are read (in the background in the app) */
    public AccountsData(Workbook workbook, Work work) {
        this.workbook = workbook;
        this.work = work;
        chosen.addListener((obs, old, now) -> load(now));
        asOf.addListener((obs, old, now) -> {
            if (now == null) {
                asOf.set(dataDate.get()); // a cleared date picker goes back to the data's own date
            } else {
                snapshot.set(new Snapshot(accounts.get(), now));
            }
        });
    }

    /** Lists the accounts datasets again (after an import) and chooses the newest when a new one arrived. */
    public void refreshDatasets() {
        int before = datasets.size();
        try {
            datasets.setAll(workbook.datasets(Dataset.Kind.ACCOUNTS));
            message.set(datasets.isEmpty() ? UiText.text("session.noCustomerAccountsIn") : "");
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
        }
        if (datasets.size() != before || !datasets.contains(chosen.get())) {
            chosen.set(DatasetChoice.newest(datasets).orElse(null));
        }
    }

    private void load(Dataset dataset) {
        if (dataset == null) {
            present(List.of());
            return;
        }
        loading.set(true);
        work.run("read-accounts", () -> workbook.readAccounts(dataset.id()), read -> {
            if (dataset.equals(chosen.get())) { // a load the user has since replaced by another choice is dropped
                loading.set(false);
                show(read);
            }
        }, failure -> {
            if (dataset.equals(chosen.get())) {
                loading.set(false);
                message.set(FileProblemText.of(failure));
            }
        });
    }

    /** Says what went wrong with the accounts, where the views show this data's messages. */
    public void report(String problem) {
        message.set(problem);
    }

    /** Shows accounts already read (also what tests call). */
    public void show(List<Account> read) {
        message.set("");
        present(read);
    }

    private void present(List<Account> read) {
        List<Account> shown = List.copyOf(read);
        LocalDate newest = dataDate(shown);
        // The snapshot first: the date set next then equals it and recomputes nothing.
        snapshot.set(new Snapshot(shown, newest));
        dataDate.set(newest);
        accounts.set(shown);
        asOf.set(newest);
    }

    /** The day the data describes ({@link DataDate}): its newest date; today when there is none. */
    public static LocalDate dataDate(List<Account> accounts) {
        return WorkbookAccounts.asOf(accounts);
    }

    /** The date the views analyse the accounts as of; the newest date of the data until the user picks another. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The newest date of the accounts read. */
    public ReadOnlyObjectProperty<LocalDate> dataDateProperty() {
        return dataDate.getReadOnlyProperty();
    }

    /** The accounts with the date to analyse them as of: what the views recompute from. */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** A view's settings kept in the workbook; empty when none were saved or they cannot be read. */
    public Optional<String> savedSettings(String key) {
        try {
            return workbook.setting(key);
        } catch (WorkbookException e) {
            return Optional.empty();
        }
    }

    /** Keeps a view's settings in the workbook; a read-only workbook keeps them for this session only. */
    public void saveSettings(String key, String text) {
        if (workbook.isReadOnly()) {
            return;
        }
        try {
            workbook.saveSetting(key, text);
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
        }
    }

    public ObservableList<Dataset> datasets() {
        return datasets;
    }

    public ObjectProperty<Dataset> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<List<Account>> accountsProperty() {
        return accounts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
