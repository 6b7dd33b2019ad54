package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportReportWordsTest {
    @Test
    void saysWhatWasReadLeftOutFilledFoundAndWarned() {
        RowProblems excluded = new RowProblems("crm.csv");
        excluded.add(7, "Close Date", "closeDate is missing for a closed deal", null);
        ImportReport report = ImportReport.of("deals", "crm.csv", 8800, 8799, excluded)
                .withFilled(Map.of("amountFromListPrice", 1200L))
                .withDetections(List.of("Close Date: dates read as M/D/YYYY (3/26/2017 on line 3 has a day above 12)"))
                .withWarnings(List.of(new ImportReport.Warning("LOST_WITHOUT_AMOUNT", "rates by amount are not meaningful")));
        assertThat(ImportReportWords.of(report).lines()).containsExactly(
                "crm.csv: 8,800 rows read, 8,799 imported, 1 left out",
                "  1 × closeDate is missing for a closed deal",
                "  filled in: amountFromListPrice on 1,200 rows",
                "  Close Date: dates read as M/D/YYYY (3/26/2017 on line 3 has a day above 12)",
                "  Warning: rates by amount are not meaningful");
    }
}
