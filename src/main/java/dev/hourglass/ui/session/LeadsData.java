package dev.hourglass.ui.session;

import dev.hourglass.app.DatasetChoice;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.Work;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The marketing leads the Pipeline and Acquisition value views share: the workbook's newest leads import, read
 * through {@link Work} (off the FX thread in the app). Without one, both views fall back to what the user types.
 */
public final class LeadsData {
    private final Workbook workbook;
    private final Work work;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LeadData> leads = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public LeadsData(Workbook workbook, Work work) {
        this.workbook = workbook;
        this.work = work;
    }

    /** Reads the newest leads import when it is not the one shown (after an import, at first). */
    public void refresh() {
        List<Dataset> imports;
        try {
            imports = workbook.datasets(Dataset.Kind.LEADS);
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
            return;
        }
        Optional<Dataset> found = DatasetChoice.newest(imports);
        if (found.isEmpty()) {
            dataset.set(null);
            leads.set(null);
            return;
        }
        Dataset newest = found.get();
        if (newest.equals(dataset.get())) {
            return;
        }
        work.run("read-leads", () -> workbook.readLeads(newest.id()), read -> show(newest, read),
                failure -> message.set(FileProblemText.of(failure)));
    }

    /** Shows leads already read (also what tests call). */
    public void show(Dataset from, LeadData read) {
        message.set("");
        dataset.set(from);
        leads.set(read);
    }

    /** The import the leads come from; null without one. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The leads and the steps their file had; null when the workbook has no leads import. */
    public ReadOnlyObjectProperty<LeadData> leadsProperty() {
        return leads.getReadOnlyProperty();
    }

    /** Why the leads could not be read; empty when they could. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
