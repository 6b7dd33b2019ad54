package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start's splash follows the sample being built step by step, not a spinner without an end. */
class SampleWorkbookProgressTest {
    @TempDir
    Path dir;

    @Test
    void buildingTheSampleTellsEachStepOfEight() throws Exception {
        List<String> steps = new ArrayList<>();
        try (Workbook workbook = SampleWorkbook.openOrCreate(dir.resolve("Sample.hourglass"),
                (done, total, doing) -> steps.add(done + "/" + total + " " + doing + " " + doing.rows()))) {
            assertThat(workbook.datasets()).hasSize(SampleWorkbook.HISTORY_QUARTERS + 3);
        }
        assertThat(steps).containsExactly(
                "0/8 ADD_SCENARIOS 0",
                "1/8 GENERATE_DEALS 20000",
                "2/8 IMPORT_DEAL_HISTORY 0",
                "3/8 IMPORT_DEALS 0",
                "4/8 GENERATE_LEDGER 30000",
                "5/8 IMPORT_LEDGER 0",
                "6/8 GENERATE_ACCOUNTS 5000",
                "7/8 IMPORT_ACCOUNTS 0",
                "8/8 OPEN 0");
    }

    @Test
    void openingAnExistingSampleTellsNothing() throws Exception {
        Path file = dir.resolve("Sample.hourglass");
        SampleWorkbook.create(file);
        List<SampleWorkbook.Step> steps = new ArrayList<>();
        try (Workbook workbook = SampleWorkbook.openOrCreate(file, (done, total, doing) -> steps.add(doing))) {
            assertThat(workbook.scenarios()).hasSize(SampleWorkbook.scenarios().size());
        }
        assertThat(steps).isEmpty();
    }
}
