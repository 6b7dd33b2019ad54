package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report kept in a workbook reads back with its findings' and reasons' codes, and one kept without them as English. */
class ImportReportJsonTest {
    @Test
    void theCodesOfFindingsAndReasonsAreKept() throws Exception {
        RowProblems excluded = new RowProblems("crm.csv");
        excluded.add(4, "Amount", RowReason.notANumber("amount"), "'abc'");
        excluded.add(9, "Note", "a reason in English only", null);
        ImportReport report = ImportReport.of("deals", "crm.csv", 10, 8, excluded).withDetections(List.of(
                Detection.of(Detection.Code.FOOTER, "crm.csv: the line under the table ('Total') is a report's footer,"
                        + " not rows; not read.", "crm.csv", 1, "'Total'"),
                Detection.of("crm.csv: read its only sheet")));

        ImportReport kept = ImportReportJson.parse(ImportReportJson.toJson(report));

        assertThat(kept.detections()).isEqualTo(report.detections());
        assertThat(kept.excluded().reasons()).extracting(RowProblems.Reason::coded).containsExactly(
                RowReason.notANumber("amount"), RowReason.of("a reason in English only"));
        assertThat(kept.excluded().reasons().get(0).examples())
                .containsExactly("crm.csv, line 4, column 'Amount': amount is not a number ('abc')");
    }

    @Test
    void aReportKeptBeforeTheCodesReadsAsEnglish() throws Exception {
        ImportReport kept = ImportReportJson.parse("{\"kind\":\"deals\",\"sourceFile\":\"crm.csv\",\"rowsRead\":2,"
                + "\"imported\":1,\"excluded\":{\"total\":1,\"reasons\":[{\"reason\":\"amount is not a number\","
                + "\"count\":1,\"examples\":[]}]},\"filled\":{},\"detections\":[\"Close Date: dates read as D.M.YYYY\"],"
                + "\"warnings\":[]}");
        assertThat(kept.detections()).containsExactly(Detection.of("Close Date: dates read as D.M.YYYY"));
        assertThat(kept.excluded().reasons().get(0).coded()).isEqualTo(RowReason.of("amount is not a number"));
    }

    @Test
    void whatListPrintsHasNoCodes() {
        ImportReport report = ImportReport.of("deals", "crm.csv", 1, 1, new RowProblems("crm.csv"))
                .withDetections(List.of(Detection.of(Detection.Code.STAGES_ADDED, "Stages …: A", "A")));
        StringWriter text = new StringWriter();
        try (JsonOut out = new JsonOut(text, false)) {
            out.beginObject();
            ImportReportJson.write(out, report);
            out.endObject();
        }
        assertThat(text.toString()).contains("\"detections\":[\"Stages …: A\"]").doesNotContain("Codes");
    }
}
