package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deals as CRMs export them, kept in a workbook: open deals without a close date and a stage setup the file extended. */
class DealsAsExportedStoreTest {
    @TempDir
    Path dir;

    private Workbook create(String name) throws WorkbookException {
        return Workbook.create(dir.resolve(name), "EUR", "de-DE", JsonScenarioCodec.INSTANCE);
    }

    private static StageSetup extended() {
        List<Stage> stages = new ArrayList<>(StageSetup.defaults().stages());
        stages.add(new Stage("Engaging", Phase.CONVERSATIONS));
        stages.add(new Stage("Prospecting", Phase.CONVERSATIONS));
        return new StageSetup(stages, StageSetup.defaults().salStage());
    }

    @Test
    void anOpenDealWithoutACloseDateAndTheStagesTheFileAddedRoundTrip() throws Exception {
        List<Deal> deals = List.of(
                new Deal("D1", 300, "Engaging", null, Outcome.OPEN, "SMB", "", "Ann", "", "", null,
                        LocalDate.of(2016, 10, 1), Boolean.TRUE),
                Deal.of("D2", 0, "Redlining", LocalDate.of(2017, 3, 1), Outcome.LOST_COMPETITION),
                new Deal("D3", 90, "Prospecting", null, Outcome.OPEN, "", "", "", "", "", LocalDate.of(2017, 2, 1),
                        null, null));
        Path file = dir.resolve("crm.hourglass");
        long datasetId;
        try (Workbook workbook = create("crm.hourglass")) {
            StageSetup[] knownAfterReading = {StageSetup.defaults()};
            Dataset dataset = workbook.importDeals("CRM", "crm.csv", null, sink -> {
                deals.forEach(sink);
                knownAfterReading[0] = extended();
            }, () -> knownAfterReading[0]);
            datasetId = dataset.id();
            assertThat(dataset.rowCount()).isEqualTo(3);
        }
        try (Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
            List<Deal> read = new ArrayList<>();
            workbook.readDeals(datasetId, read::add);
            assertThat(read).isEqualTo(deals);
            assertThat(workbook.stageSetup(datasetId)).isEqualTo(extended());
        }
    }

    @Test
    void aLargeDatasetWithOpenDealsWithoutACloseDateReadsBackOnTwoConnections() throws Exception {
        int count = (int) ParallelDealReader.THRESHOLD + 10;
        List<Deal> deals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate close = i % 3 == 0 ? null : LocalDate.of(2017, 1, 1).plusDays(i % 365);
            Outcome outcome = close == null ? Outcome.OPEN : Outcome.values()[i % 4];
            deals.add(Deal.of("D" + i, i % 7 * 100, i % 2 == 0 ? "Engaging" : "Negotiating", close, outcome));
        }
        try (Workbook workbook = create("big.hourglass")) {
            Dataset dataset = workbook.importDeals("big", "big.csv", null, sink -> deals.forEach(sink), () -> extended());
            List<Deal> read = new ArrayList<>(count);
            workbook.readDeals(dataset.id(), read::add);
            assertThat(read).hasSize(count);
            assertThat(read).isEqualTo(deals);
        }
    }
}
