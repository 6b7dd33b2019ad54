package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyWorkbookTest {
    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftBehind() {
        EarlyWorkbook.take(dir.resolve("none"));
    }

    @Test
    void theWorkbookOpenedEarlyIsTheOneTakenForItsFile() throws Exception {
        Path file = workbook("a.hourglass");
        EarlyWorkbook.start(file);

        Optional<CompletableFuture<Workbook>> early = EarlyWorkbook.take(file);

        assertThat(early).isPresent();
        try (Workbook workbook = EarlyWorkbook.await(early.get())) {
            assertThat(workbook.file()).isEqualTo(file);
            assertThat(workbook.isReadOnly()).isFalse();
        }
        assertThat(EarlyWorkbook.take(file)).as("taken once").isEmpty();
    }

    @Test
    void anotherFilesEarlyWorkbookIsClosedSoThatFileOpensAgain() throws Exception {
        Path opened = workbook("a.hourglass");
        EarlyWorkbook.start(opened);
        CompletableFuture<?> closing = new CompletableFuture<>();

        assertThat(EarlyWorkbook.take(dir.resolve("b.hourglass"))).isEmpty();

        // the close runs once the early opening is done; opening the file again then works (it is locked till then)
        for (int tries = 0; tries < 50 && !closing.isDone(); tries++) {
            try (Workbook again = Workbook.open(opened, JsonScenarioCodec.INSTANCE)) {
                assertThat(again.file()).isEqualTo(opened);
                closing.complete(null);
            } catch (WorkbookException stillOpen) {
                Thread.sleep(100);
            }
        }
        assertThat(closing).succeedsWithin(1, TimeUnit.SECONDS);
    }

    @Test
    void aFileThatIsNoWorkbookFailsAsItsOwnOpeningWould() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.hourglass"), "not a workbook");
        EarlyWorkbook.start(garbage);

        CompletableFuture<Workbook> early = EarlyWorkbook.take(garbage).orElseThrow();

        assertThatThrownBy(() -> EarlyWorkbook.await(early)).isInstanceOf(WorkbookException.class);
    }

    @Test
    void anOpeningAlreadyDoneIsTakenAtOnceAndOnlyForItsFile() throws Exception {
        Path file = workbook("a.hourglass");
        EarlyWorkbook.start(file);
        assertThat(EarlyWorkbook.takeIfOpen(dir.resolve("b.hourglass"))).isEmpty();
        Optional<Workbook> open = Optional.empty();
        for (int tries = 0; tries < 100 && open.isEmpty(); tries++) {
            open = EarlyWorkbook.takeIfOpen(file);
            if (open.isEmpty()) {
                Thread.sleep(50);
            }
        }

        try (Workbook workbook = open.orElseThrow()) {
            assertThat(workbook.file()).isEqualTo(file);
        }
        assertThat(EarlyWorkbook.take(file)).as("taken once").isEmpty();
    }

    @Test
    void aFailedOpeningIsLeftForTheWindowsOpeningToReport() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.hourglass"), "not a workbook");
        EarlyWorkbook.start(garbage);

        assertThat(EarlyWorkbook.takeIfOpen(garbage)).isEmpty();
        CompletableFuture<Workbook> early = EarlyWorkbook.take(garbage).orElseThrow();
        assertThatThrownBy(() -> EarlyWorkbook.await(early)).isInstanceOf(WorkbookException.class);
    }

    @Test
    void theFileIsChosenOnTheThreadAndTakenOnceChosen() throws Exception {
        Path file = workbook("chosen.hourglass");
        CountDownLatch choosing = new CountDownLatch(1);
        EarlyWorkbook.start(() -> {
            try {
                choosing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return file;
        });
        assertThat(EarlyWorkbook.takeIfOpen(file)).as("not chosen yet: never waits").isEmpty();
        choosing.countDown();

        CompletableFuture<Workbook> early = EarlyWorkbook.take(file).orElseThrow();
        try (Workbook workbook = EarlyWorkbook.await(early)) {
            assertThat(workbook.file()).isEqualTo(file);
        }
    }

    @Test
    void aFileNotThereYetIsNotOpenedEarly() {
        Path sample = dir.resolve("Sample.hourglass");
        EarlyWorkbook.start(sample);

        assertThat(EarlyWorkbook.take(sample)).isEmpty();
        assertThat(sample).doesNotExist();
    }

    private Path workbook(String name) throws WorkbookException {
        Path file = dir.resolve(name);
        Workbook.create(file, "USD", "en", JsonScenarioCodec.INSTANCE).close();
        return file;
    }
}
