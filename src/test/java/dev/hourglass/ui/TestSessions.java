package dev.hourglass.ui;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A workbook session for view-model tests: a new workbook in the folder with the scenarios, no autosave timer. */
public final class TestSessions {
    private TestSessions() {
    }

    public static WorkbookSession open(Path folder, List<Scenario> scenarios) throws Exception {
        Path file = folder.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            for (Scenario scenario : scenarios) {
                workbook.addScenario(scenario);
            }
        }
        return new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofHours(1), Runnable::run);
    }
}
