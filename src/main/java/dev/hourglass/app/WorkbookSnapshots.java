package dev.hourglass.app;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A workbook's imports of one deals source as snapshots: the deals datasets imported from a file of the same name
 * (as a newer export of the same CRM is recognised on import), ordered by the day each export was taken.
 */
public final class WorkbookSnapshots implements DealSnapshots {
    private final Workbook workbook;
    private final List<Dataset> datasets;

    private WorkbookSnapshots(Workbook workbook, List<Dataset> datasets) {
        this.workbook = workbook;
        this.datasets = datasets;
    }

    /** The snapshots of {@code latest}'s source taken up to it, {@code latest} last. */
    public static WorkbookSnapshots upTo(Workbook workbook, Dataset latest) throws WorkbookException {
        List<Dataset> all = sameSource(workbook, latest);
        int last = 0;
        while (all.get(last).id() != latest.id()) {
            last++;
        }
        return new WorkbookSnapshots(workbook, all.subList(0, last + 1));
    }

    /** Every snapshot of {@code any}'s source. */
    public static WorkbookSnapshots all(Workbook workbook, Dataset any) throws WorkbookException {
        return new WorkbookSnapshots(workbook, sameSource(workbook, any));
    }

    private static List<Dataset> sameSource(Workbook workbook, Dataset dataset) throws WorkbookException {
        String source = dataset.sourceFile().toLowerCase(Locale.ROOT);
        return workbook.datasets(Dataset.Kind.DEALS).stream()
                .filter(d -> d.sourceFile().toLowerCase(Locale.ROOT).equals(source))
                .sorted(Comparator.comparing(Dataset::snapshotDate).thenComparingLong(Dataset::id))
                .toList();
    }

    public List<Dataset> datasets() {
        return datasets;
    }

    @Override
    public List<LocalDate> dates() {
        return datasets.stream().map(Dataset::snapshotDate).toList();
    }

    @Override
    public StageSetup stages(int snapshot) throws WorkbookException {
        return workbook.stageSetup(datasets.get(snapshot).id());
    }

    @Override
    public void read(int snapshot, Consumer<Deal> sink) throws WorkbookException {
        workbook.readDeals(datasets.get(snapshot).id(), sink);
    }
}
