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
    void buildingTheSampleTellsEachStepOfSeven() throws Exception {
        List<String> steps = new ArrayList<>();
        try (Workbook workbook = SampleWorkbook.openOrCreate(dir.resolve("Sample.hourglass"),
                (done, total, doing) -> steps.add(done + "/" + total + " " + doing))) {
            assertThat(workbook.datasets()).hasSize(3);
        }
        assertThat(steps).containsExactly(
                "0/7 Adding the scenarios",
                "1/7 Generating a CRM export of 20,000 deals",
                "2/7 Importing the deals",
                "3/7 Generating a billing ledger of 30,000 rows",
                "4/7 Importing the ledger",
                "5/7 Generating 5,000 customer accounts",
                "6/7 Importing the customer accounts",
                "7/7 Opening the sample workbook");
    }

    @Test
    void openingAnExistingSampleTellsNothing() throws Exception {
        Path file = dir.resolve("Sample.hourglass");
        SampleWorkbook.create(file);
        List<String> steps = new ArrayList<>();
        try (Workbook workbook = SampleWorkbook.openOrCreate(file, (done, total, doing) -> steps.add(doing))) {
            assertThat(workbook.scenarios()).hasSize(SampleWorkbook.scenarios().size());
        }
        assertThat(steps).isEmpty();
    }
}
