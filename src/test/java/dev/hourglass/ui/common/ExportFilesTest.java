package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {
    @Test
    void suggestedNamesLoseWhatFileSystemsRefuse() {
        assertThat(ExportFiles.fileName("NRR 110 % / Q3: \"best\"")).isEqualTo("NRR 110 %   Q3   best");
        assertThat(ExportFiles.fileName("Seed base case — workshop report")).isEqualTo("Seed base case — workshop report");
        assertThat(ExportFiles.fileName(" <> ")).isEqualTo("Hourglass");
    }

    @Test
    void anExportOverTheOpenWorkbookIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path workbook = Files.writeString(dir.resolve("plan.hourglass"), "the workbook");
        Path link = Files.createSymbolicLink(dir.resolve("plan.xlsx"), workbook);
        Map<Object, Object> window = new HashMap<>();
        ExportFiles.readsFrom(window, workbook);

        assertThat(catchThrowableOfType(() -> ExportFiles.checkExport(window, link), IOException.class))
                .hasMessage(link + " (it is the workbook read, which this would replace)");
        assertThat(catchThrowableOfType(() -> ExportFiles.checkExport(window, dir.resolve("plan.hourglass-journal")),
                IOException.class)).hasMessageContaining("a file the workbook plan.hourglass keeps beside it");
        assertThatCode(() -> ExportFiles.checkExport(window, dir.resolve("plan.pdf"))).doesNotThrowAnyException();
        assertThat(Files.readString(workbook)).isEqualTo("the workbook");
    }
}
