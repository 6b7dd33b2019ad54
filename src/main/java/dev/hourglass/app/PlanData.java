package dev.hourglass.app;

import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The imported data a revenue plan measures its rates from, each with the name of its import for the notes:
 * the deals, the leads and the ledger, any of them absent.
 */
public record PlanData(Optional<Named<List<Deal>>> deals, Optional<Named<LeadData>> leads,
                       Optional<Named<Ledger>> ledger) {
    public static final PlanData NONE = new PlanData(Optional.empty(), Optional.empty(), Optional.empty());

    /** Data and the import it came from. */
    public record Named<T>(String name, T data) {
    }

    /** The newest import of each kind in the workbook. */
    public static PlanData newestOf(Workbook workbook) throws WorkbookException {
        Optional<Named<List<Deal>>> deals = Optional.empty();
        Optional<Dataset> dealsSet = DatasetChoice.newest(workbook, Dataset.Kind.DEALS);
        if (dealsSet.isPresent()) {
            List<Deal> list = new ArrayList<>();
            workbook.readDeals(dealsSet.get().id(), list::add);
            deals = Optional.of(new Named<>(dealsSet.get().name(), list));
        }
        Optional<Named<LeadData>> leads = Optional.empty();
        Optional<Dataset> leadsSet = DatasetChoice.newest(workbook, Dataset.Kind.LEADS);
        if (leadsSet.isPresent()) {
            leads = Optional.of(new Named<>(leadsSet.get().name(), workbook.readLeads(leadsSet.get().id())));
        }
        Optional<Named<Ledger>> ledger = Optional.empty();
        Optional<Dataset> ledgerSet = DatasetChoice.newest(workbook, Dataset.Kind.LEDGER);
        if (ledgerSet.isPresent()) {
            ledger = Optional.of(new Named<>(ledgerSet.get().name(), workbook.readLedger(ledgerSet.get().id())));
        }
        return new PlanData(deals, leads, ledger);
    }
}
