package dev.hourglass.store;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The process {@link KilledWhileSavingTest} kills: saves a scenario and imports then deletes deal batches as fast
 * as it can, printing each step before it starts and after it is committed.
 */
public final class SaveUnderFire {
    static final int BATCH_ROWS = 20_000;

    private SaveUnderFire() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbook workbook = Workbook.open(Path.of(args[0]), JsonScenarioCodec.INSTANCE)) {
            StoredScenario stored = workbook.scenarios().get(0);
            Scenario scenario = stored.scenario();
            for (int i = 1; ; i++) {
                Scenario edited = scenario.withUnitEconomics(scenario.unitEconomics().orElseThrow().withCac(i));
                workbook.saveScenario(stored.id(), edited, "save " + i);
                System.out.println("saved " + i);
                System.out.println("importing " + i);
                System.out.flush();
                int batch = i;
                Dataset dataset = workbook.importDeals("batch " + i, "batch.csv", StageSetup.defaults(), null, sink -> {
                    for (int r = 0; r < BATCH_ROWS; r++) {
                        sink.accept(Deal.of("B" + batch + "-" + r, r, "Negotiating", LocalDate.of(2017, 1, 1),
                                Outcome.OPEN));
                    }
                });
                System.out.println("imported " + i);
                System.out.flush();
                List<Dataset> all = workbook.datasets();
                for (Dataset old : all) {
                    if (old.name().startsWith("batch ") && old.id() != dataset.id()) {
                        workbook.deleteDataset(old.id());
                    }
                }
            }
        }
    }
}
