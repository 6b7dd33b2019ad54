package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose work: a process killed with {@code kill -9} at random moments while saving a large workbook leaves
 * a file that passes {@code PRAGMA integrity_check} and holds the state before or after the save, whole. A full
 * disk during a save leaves the previous state and tells the user.
 */
class KilledWhileSavingTest {
    /** 20 rounds take about 20 s; {@code -Dhourglass.soak.rounds=500} runs a longer soak. */
    private static final int ROUNDS = Integer.getInteger("hourglass.soak.rounds", 20);

    @TempDir
    Path dir;

    @Test
    void killingTheSavingProcessAtRandomMomentsNeverLeavesAHalfWrittenWorkbook() throws Exception {
        Path file = dir.resolve("large.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase());
            workbook.importDeals("CRM", "crm.csv", StageSetup.defaults(), null, sink -> {
                for (int r = 0; r < 200_000; r++) {
                    sink.accept(Deal.of("D" + r, r % 9_000, "Long list", LocalDate.of(2017, 2, 1), Outcome.WON));
                }
            });
        }
        Random random = new Random(42);
        int killedDuringImport = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    SaveUnderFire.class.getName(), file.toString()).redirectErrorStream(true).start();
            ChildOutput output = new ChildOutput(child);
            assertThat(output.awaitFirstSave()).as("the saving process saved once; it printed: " + output.all()).isTrue();
            if (round == 0) {
                assertSecondOpenIsToldItIsInUse(file);
            }
            Thread.sleep(random.nextInt(700));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String last = output.lastStep();
            if (last.startsWith("importing ")) {
                killedDuringImport++;
            }
            assertWholeAfterKill(file, last);
        }
        assertThat(killedDuringImport).as("rounds killed in the middle of an import").isPositive();
    }

    private static void assertSecondOpenIsToldItIsInUse(Path file) {
        try (Workbook second = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            throw new AssertionError("a second writer opened " + file.getFileName() + " while another process saves");
        } catch (WorkbookException e) {
            assertThat(e.reason()).isEqualTo(Reason.IN_USE);
            assertThat(e.getMessage()).startsWith("large.hourglass is in use: it is open by ")
                    .contains("(process ").contains(" since ");
        }
    }

    private static void assertWholeAfterKill(Path file, String lastLine) throws Exception {
        int step = Integer.parseInt(lastLine.substring(lastLine.indexOf(' ') + 1));
        try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            double cac = workbook.scenarios().get(0).scenario().unitEconomics().orElseThrow().cac();
            assertThat(cac).as("CAC after the kill following '" + lastLine + "'").isIn((double) step, step + 1.0);
            List<Dataset> datasets = workbook.datasets();
            assertThat(datasets.get(0).rowCount()).isEqualTo(200_000);
            for (Dataset dataset : datasets) {
                long[] rows = {0};
                workbook.readDeals(dataset.id(), deal -> rows[0]++);
                assertThat(rows[0]).as("rows of " + dataset.name()).isEqualTo(dataset.rowCount());
                if (dataset.name().startsWith("batch ")) {
                    assertThat(dataset.rowCount()).isEqualTo(SaveUnderFire.BATCH_ROWS);
                }
            }
        }
        assertThat(RawSqlite.column(file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void aFullDiskDuringASaveKeepsThePreviousStateAndSaysSo() throws Exception {
        Path file = dir.resolve("full.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            StoredScenario base = workbook.addScenario(SeedScenarios.baseCase());
            RawPragma.set(workbook, "max_page_count", RawPragma.get(workbook, "page_count") + 3);
            WorkbookException full = null;
            try {
                workbook.importDeals("CRM", "crm.csv", StageSetup.defaults(), null, sink -> {
                    for (int r = 0; r < 50_000; r++) {
                        sink.accept(Deal.of("D" + r, r, "Long list", LocalDate.of(2017, 2, 1), Outcome.WON));
                    }
                });
            } catch (WorkbookException e) {
                full = e;
            }
            assertThat(full).isNotNull();
            assertThat(full.reason()).isEqualTo(Reason.DISK_FULL);
            assertThat(full.getMessage()).isEqualTo("The disk is full: importing deals from crm.csv in full.hourglass "
                    + "was not done and the workbook still holds its previous state. Free some space and try again.");
            assertThat(workbook.datasets()).isEmpty();
            assertThat(workbook.scenario(base.id()).scenario()).isEqualTo(SeedScenarios.baseCase());

            RawPragma.set(workbook, "max_page_count", 1_073_741_823);
            workbook.saveScenario(base.id(), SeedScenarios.nrr110(), "after freeing space");
        }
        try (Workbook reopened = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            assertThat(reopened.scenarios().get(0).scenario()).isEqualTo(SeedScenarios.nrr110());
        }
        assertThat(RawPragma.integrity(file)).isEqualTo("ok");
    }

    /** Collects what the child prints, on its own thread, so no line is lost when the child is killed. */
    private static final class ChildOutput {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final CountDownLatch firstSave = new CountDownLatch(1);
        private final Thread reader;

        ChildOutput(Process child) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        if (line.startsWith("saved ")) {
                            firstSave.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the child was killed; what it printed is in lines
                }
                firstSave.countDown();
            });
            reader.start();
        }

        boolean awaitFirstSave() throws InterruptedException {
            firstSave.await(60, TimeUnit.SECONDS);
            return lines.stream().anyMatch(l -> l.startsWith("saved "));
        }

        String lastStep() throws InterruptedException {
            reader.join(30_000);
            String last = null;
            for (String line : lines) {
                if (line.matches("(saved|importing|imported) \\d+")) {
                    last = line;
                }
            }
            return last;
        }

        String all() {
            return String.join("\n", lines);
        }
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
