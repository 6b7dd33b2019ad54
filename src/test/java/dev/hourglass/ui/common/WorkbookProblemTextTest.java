package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook's failures in the desktop's language; English is the CLI's message. */
class WorkbookProblemTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    private WorkbookException opening(Path file) {
        WorkbookException failure = catchThrowableOfType(() -> Workbook.open(file, JsonScenarioCodec.INSTANCE),
                WorkbookException.class);
        assertThat(failure).isNotNull();
        assertThat(FileProblemText.of(failure)).isEqualTo(failure.getMessage());
        UiText.use(Locale.GERMAN);
        return failure;
    }

    @Test
    void aTextFileIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.hourglass"), "hello, this is text and not SQLite at all; "
                + "it is long enough to fill the hundred bytes of a header, and a little more than that too.");
        WorkbookException failure = opening(file);
        assertThat(failure).hasMessage("notes.hourglass is not a Hourglass workbook (not an SQLite file)");
        assertThat(failure.reason()).isEqualTo(WorkbookException.Reason.NOT_A_WORKBOOK);
        assertThat(FileProblemText.of(failure)).isEqualTo("notes.hourglass ist keine Hourglass-Arbeitsmappe (keine SQLite-Datei)");
    }

    @Test
    void anEmptyFileAndAMissingOne() throws Exception {
        WorkbookException empty = opening(Files.createFile(dir.resolve("empty.hourglass")));
        assertThat(empty).hasMessage("empty.hourglass is empty: it is not a Hourglass workbook");
        assertThat(WorkbookProblemText.of(empty))
                .isEqualTo("empty.hourglass ist leer: Die Datei ist keine Hourglass-Arbeitsmappe");
        UiText.use(Locale.ENGLISH);
        WorkbookException missing = opening(dir.resolve("gone.hourglass"));
        assertThat(WorkbookProblemText.of(missing)).isEqualTo("gone.hourglass gibt es nicht");
    }

    @Test
    void aFolderIsNotAWorkbook() throws Exception {
        WorkbookException failure = opening(Files.createDirectory(dir.resolve("folder.hourglass")));
        assertThat(WorkbookProblemText.of(failure))
                .isEqualTo("folder.hourglass ist keine Datei und damit keine Hourglass-Arbeitsmappe");
    }

    @Test
    void aScenarioOrVersionThatIsNotThere() throws Exception {
        try (Workbook workbook = Workbook.create(dir.resolve("plans.hourglass"), "EUR", "de-DE", JsonScenarioCodec.INSTANCE)) {
            WorkbookException scenario = catchThrowableOfType(() -> workbook.scenario(4711), WorkbookException.class);
            WorkbookException version = catchThrowableOfType(() -> workbook.version(815), WorkbookException.class);
            assertThat(scenario).hasMessage("plans.hourglass has no scenario with id 4711");
            assertThat(version).hasMessage("plans.hourglass has no saved version 815");
            assertThat(WorkbookProblemText.of(scenario)).isEqualTo(scenario.getMessage());
            UiText.use(Locale.GERMAN);
            assertThat(WorkbookProblemText.of(scenario)).isEqualTo("plans.hourglass hat kein Szenario mit der ID 4711");
            assertThat(WorkbookProblemText.of(version)).isEqualTo("plans.hourglass hat keine gespeicherte Version 815");
        }
    }

    @Test
    void aJournalThatIsALinkIsRefused() throws Exception {
        Path file = dir.resolve("linked.hourglass");
        Workbook.create(file, "EUR", "de-DE", JsonScenarioCodec.INSTANCE).close();
        Files.createSymbolicLink(dir.resolve("linked.hourglass-journal"), Files.createFile(dir.resolve("elsewhere.txt")));
        WorkbookException failure = opening(file);
        assertThat(failure).hasMessage("linked.hourglass is not opened: linked.hourglass-journal beside it is a symbolic "
                + "link, not a file Hourglass wrote, and writing it would change that file. Delete "
                + "linked.hourglass-journal and try again.");
        assertThat(WorkbookProblemText.of(failure)).isEqualTo("linked.hourglass wird nicht geöffnet: "
                + "linked.hourglass-journal daneben ist keine Datei, die Hourglass geschrieben hat (a symbolic link), "
                + "und sie zu schreiben würde diese Datei ändern. Löschen Sie linked.hourglass-journal und versuchen Sie "
                + "es erneut.");
    }

    @Test
    void aBusyWorkbookAndAnSqliteFailureAreSaidInGermanWithSqlitesReasonInBrackets() {
        UiText.use(Locale.GERMAN);
        WorkbookException busy = new WorkbookException(WorkbookException.Detail.BUSY, "plans.hourglass is open elsewhere",
                null, "plans.hourglass");
        assertThat(WorkbookProblemText.of(busy)).isEqualTo("plans.hourglass ist in einem anderen Hourglass-Fenster oder "
                + "Programm geöffnet; schließen Sie sie dort zuerst (der Schritt wurde nicht ausgeführt)");
        WorkbookException failed = new WorkbookException(WorkbookException.Detail.SQLITE_FAILED, "plans.hourglass: failed",
                null, "plans.hourglass", "constraint failed");
        assertThat(WorkbookProblemText.of(failed)).isEqualTo("plans.hourglass: Der Schritt konnte nicht ausgeführt werden; "
                + "versuchen Sie es erneut (constraint failed)");
        WorkbookException interrupted = new WorkbookException(WorkbookException.Detail.INTERRUPTED,
                "plans.hourglass: reading the imported data was interrupted", null, "plans.hourglass");
        assertThat(WorkbookProblemText.of(interrupted)).isEqualTo("plans.hourglass: Der Schritt wurde unterbrochen, "
                + "bevor er fertig war; versuchen Sie es erneut");
    }

    @Test
    void aTruncatedWorkbookIsDamagedWithTheTechnicalReasonInBrackets() throws Exception {
        Path file = dir.resolve("cut.hourglass");
        Workbook.create(file, "EUR", "de-DE", JsonScenarioCodec.INSTANCE).close();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        WorkbookException failure = opening(file);
        assertThat(failure.getMessage()).startsWith("cut.hourglass is damaged and cannot be opened: the file is truncated (");
        assertThat(WorkbookProblemText.of(failure)).startsWith("cut.hourglass ist beschädigt und kann nicht geöffnet "
                + "werden; öffnen Sie eine Sicherungskopie der Arbeitsmappe (the file is truncated (");
    }

    @Test
    void aFailureWithoutADetailKeepsItsMessage() {
        UiText.use(Locale.GERMAN);
        WorkbookException failure = new WorkbookException(WorkbookException.Reason.NO_SUCH_ITEM, "w.hourglass has no deal 3");
        assertThat(WorkbookProblemText.of(failure)).isEqualTo("w.hourglass has no deal 3");
    }
}
