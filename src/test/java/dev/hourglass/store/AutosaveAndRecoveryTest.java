package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosaved drafts within the delay, offered back after a crash; untitled workbooks kept in the recovery folder. */
class AutosaveAndRecoveryTest {
    private static final JsonScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;

    @TempDir
    Path dir;

    private static Scenario withCac(Scenario scenario, double cac) {
        return scenario.withUnitEconomics(scenario.unitEconomics().orElseThrow().withCac(cac));
    }

    @Test
    void editsAreWrittenAsADraftWithinTheDelayAndSurviveTheProcess() throws Exception {
        Path file = dir.resolve("autosave.hourglass");
        List<Autosaver.Status> statuses = new CopyOnWriteArrayList<>();
        CountDownLatch saved = new CountDownLatch(1);
        long id;
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            id = workbook.addScenario(SeedScenarios.baseCase()).id();
            Autosaver autosaver = new Autosaver(workbook, Duration.ofMillis(100), status -> {
                statuses.add(status);
                if (status.state() == Autosaver.State.SAVED) {
                    saved.countDown();
                }
            });
            autosaver.edited(id, withCac(SeedScenarios.baseCase(), 17_000));
            autosaver.edited(id, withCac(SeedScenarios.baseCase(), 16_000));
            assertThat(saved.await(10, TimeUnit.SECONDS)).as("autosaved").isTrue();
            // no close, no flush: as if the process died here
        }
        assertThat(statuses).extracting(Autosaver.Status::state)
                .containsExactly(Autosaver.State.PENDING, Autosaver.State.SAVED);
        try (Workbook reopened = Workbook.open(file, CODEC)) {
            StoredScenario stored = reopened.scenario(id);
            assertThat(stored.scenario()).isEqualTo(SeedScenarios.baseCase());
            assertThat(stored.draft()).contains(withCac(SeedScenarios.baseCase(), 16_000));
        }
    }

    @Test
    void aFailedAutosaveIsReportedAndKeptForTheNextTry() throws Exception {
        Path file = dir.resolve("readonly.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            workbook.addScenario(SeedScenarios.baseCase());
        }
        List<Autosaver.Status> statuses = new CopyOnWriteArrayList<>();
        try (Workbook readOnly = Workbook.openReadOnly(file, CODEC)) {
            long id = readOnly.scenarios().get(0).id();
            try (Autosaver autosaver = new Autosaver(readOnly, Duration.ofHours(1), statuses::add)) {
                autosaver.edited(id, withCac(SeedScenarios.baseCase(), 1));
                autosaver.flush();
            }
        }
        assertThat(statuses).last().satisfies(status -> {
            assertThat(status.state()).isEqualTo(Autosaver.State.FAILED);
            assertThat(status.message()).contains("readonly.hourglass is open read-only");
        });
    }

    @Test
    void anUntitledWorkbookLeftBehindIsFoundAndCanBeSavedUnderItsName() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        Workbook untitled = recovery.createUntitled("USD", "en-US", CODEC);
        untitled.addScenario(SeedScenarios.nrr110());
        assertThat(recovery.leftBehind()).as("held by this session").isEmpty();
        untitled.close(); // the session ends without saving

        List<Path> left = recovery.leftBehind();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getFileName().toString()).startsWith("Untitled ").endsWith(".hourglass");

        Path target = dir.resolve("Board plan.hourglass");
        try (Workbook recovered = Workbook.open(left.get(0), CODEC)) {
            recovery.saveAs(recovered, target);
        }
        assertThat(recovery.leftBehind()).isEmpty();
        try (Workbook saved = Workbook.open(target, CODEC)) {
            assertThat(saved.scenarios()).extracting(StoredScenario::scenario).containsExactly(SeedScenarios.nrr110());
        }
    }

    @Test
    void aStaleLockFileFromAKilledProcessDoesNotHoldTheWorkbook() throws Exception {
        Path file = dir.resolve("stale.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            workbook.addScenario(SeedScenarios.baseCase());
        }
        Files.writeString(WorkbookLock.lockFileOf(file), "someone on another-laptop (process 1) since 2026-01-01 09:00");
        assertThat(WorkbookLock.isHeld(file)).isFalse();
        try (Workbook reopened = Workbook.open(file, CODEC)) {
            assertThat(reopened.isReadOnly()).isFalse();
            assertThat(WorkbookLock.isHeld(file)).isTrue();
        }
        assertThat(WorkbookLock.lockFileOf(file)).doesNotExist();
    }
}
