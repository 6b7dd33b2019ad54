package dev.hourglass.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output replaces what is read: an input by any name, a workbook's side files, or any workbook for an export. */
class InputFilesTest {
    @TempDir
    Path dir;

    private Path workbook;
    private Path deals;

    @BeforeEach
    void files() throws Exception {
        workbook = Files.write(dir.resolve("plan.hourglass"), "SQLite format 3\0 and the rest".getBytes(StandardCharsets.US_ASCII));
        deals = Files.writeString(dir.resolve("deals.csv"), "id,amount\n");
    }

    private String refusal(InputFiles inputs, Path output) {
        return catchThrowableOfType(() -> inputs.checkExport(output), IOException.class).getMessage();
    }

    @Test
    void theWorkbookReadIsRefusedByAnyName() throws Exception {
        InputFiles inputs = InputFiles.none().andWorkbook(workbook);
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), workbook);
        Path hardLink = Files.createLink(dir.resolve("hard.xlsx"), workbook);
        Path roundabout = dir.resolve("sub").resolve("..").resolve("plan.hourglass");
        Files.createDirectory(dir.resolve("sub"));

        for (Path output : new Path[] {workbook, link, hardLink, roundabout}) {
            assertThat(refusal(inputs, output)).isEqualTo(output + " (it is the workbook read, which this would replace)");
        }
    }

    @Test
    void theWorkbooksSideFilesAreRefusedEvenBeforeTheyExist() {
        InputFiles inputs = InputFiles.none().andWorkbook(workbook);

        for (String side : new String[] {".plan.hourglass.lock", "plan.hourglass-journal", "plan.hourglass-wal",
                "plan.hourglass-shm"}) {
            assertThat(refusal(inputs, dir.resolve(side)))
                    .isEqualTo(dir.resolve(side) + " (it is a file the workbook plan.hourglass keeps beside it)");
        }
    }

    @Test
    void anInputFileIsRefusedAndAnyOtherFileIsFine() throws Exception {
        InputFiles inputs = InputFiles.of(deals, null);
        Files.writeString(dir.resolve("old.csv"), "an earlier export");

        assertThat(refusal(inputs, deals)).isEqualTo(deals + " (it is the input deals.csv, which this would replace)");
        assertThatCode(() -> inputs.checkExport(dir.resolve("old.csv"))).doesNotThrowAnyException();
        assertThatCode(() -> inputs.checkExport(dir.resolve("new.csv"))).doesNotThrowAnyException();
    }

    @Test
    void anExportNeverReplacesAWorkbookButAnImportChangesOne() throws Exception {
        assertThat(refusal(InputFiles.none(), workbook))
                .isEqualTo(workbook + " (it is a workbook, which an export never replaces)");
        assertThatCode(() -> InputFiles.of(deals).checkWorkbookTarget(workbook)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> InputFiles.of(deals).checkWorkbookTarget(deals),
                IOException.class)).hasMessage(deals + " (it is the input deals.csv, which this would replace)");
    }

    @Test
    void aWorkbookWhoseJournalWouldReplaceAnInputIsRefused() throws Exception {
        Path journalNamed = Files.writeString(dir.resolve("new.hourglass-journal"), "id,amount\n");
        Path workbookToBe = dir.resolve("new.hourglass");

        assertThat(catchThrowableOfType(() -> InputFiles.of(journalNamed).checkWorkbookTarget(workbookToBe),
                IOException.class)).hasMessage(workbookToBe
                        + " (its side file new.hourglass-journal would replace the input new.hourglass-journal)");
    }
}
