package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's {@code --data} and the desktop's choosers take the same import: the one named, else the newest. */
class DatasetChoiceTest {
    @TempDir
    Path dir;

    @Test
    void theNewestImportIsTheLastOneMadeAndANameChoosesAnEarlierOne() throws Exception {
        try (Workbook workbook = workbook()) {
            Dataset first = DataImports.deals(workbook, deals("q1.csv"), ImportMapping.defaults()).dataset();
            Dataset second = DataImports.deals(workbook, deals("q2.csv"), ImportMapping.defaults()).dataset();

            assertThat(DatasetChoice.newest(workbook, Dataset.Kind.DEALS)).contains(second);
            assertThat(DatasetChoice.newest(workbook.datasets(Dataset.Kind.DEALS))).contains(second);
            assertThat(DatasetChoice.named(workbook, "book.hourglass", Dataset.Kind.DEALS, null, "hint")).isEqualTo(second);
            assertThat(DatasetChoice.named(workbook, "book.hourglass", Dataset.Kind.DEALS, first.name(), "hint"))
                    .isEqualTo(first);
            assertThat(DatasetChoice.newest(workbook, Dataset.Kind.LEADS)).isEmpty();
            assertThat(DatasetChoice.newest(List.of())).isEmpty();
        }
    }

    @Test
    void aMissingImportIsRefusedSayingWhatTheWorkbookHolds() throws Exception {
        try (Workbook workbook = workbook()) {
            assertThatThrownBy(() -> DatasetChoice.named(workbook, "book.hourglass", Dataset.Kind.LEADS, null,
                    "import them with import-data --kind leads")).isInstanceOf(WorkbookException.class)
                    .hasMessage("book.hourglass holds no imported leads (import them with import-data --kind leads)");
            Dataset only = DataImports.deals(workbook, deals("q1.csv"), ImportMapping.defaults()).dataset();
            assertThatThrownBy(() -> DatasetChoice.named(workbook, "book.hourglass", Dataset.Kind.DEALS, "nope", "h"))
                    .hasMessage("book.hourglass has no deals named 'nope' (it has: " + only.name() + ")");
        }
    }

    @Test
    void theNewestImportOfASourceIsFoundWhateverTheCaseOfItsName() throws Exception {
        try (Workbook workbook = workbook()) {
            Dataset crm = DataImports.deals(workbook, deals("crm.csv"), ImportMapping.defaults()).dataset();
            DataImports.deals(workbook, deals("other.csv"), ImportMapping.defaults());

            assertThat(DatasetChoice.newestOfSource(workbook, Dataset.Kind.DEALS, "CRM.csv")).contains(crm);
            assertThat(DatasetChoice.newestOfSource(workbook, Dataset.Kind.DEALS, "none.csv")).isEmpty();
        }
    }

    private Path deals(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "id,amount,stage,closeDate,outcome\nD1,100,Negotiating,2017-01-10,WON\n");
    }

    private Workbook workbook() throws Exception {
        return Workbook.create(dir.resolve("book.hourglass"), "EUR", "en", JsonScenarioCodec.INSTANCE);
    }
}
