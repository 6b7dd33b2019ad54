package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analysis of a workbook reports what the analysis of the file it was imported from reports (imports.md §1). */
class WorkbookAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void pipelineOfAWorkbookKeepsTheRowsItsImportLeftOut() throws Exception {
        Path deals = dir.resolve("crm.csv");
        Files.writeString(deals, """
                id,amount,stage,closeDate,outcome
                D1,100,Negotiating,2017-01-10,WON
                D2,oops,Negotiating,2017-01-11,WON
                D3,300,Negotiating,2017-02-01,LOST_COMPETITION
                D4,400,Negotiating,not a date,OPEN
                """);
        Path workbook = dir.resolve("book.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), deals.toString(), "--kind", "deals");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 deals from crm.csv into book.hourglass (4 rows read, 2 left out)");

        String[] period = {"--from", "2017-01-01", "--to", "2017-03-31", "--target", "1000", "--json"};
        JsonNode fromFile = JSON.readTree(CliRunner.run(concat("pipeline", deals.toString(), period)).out());
        CliRunner analysed = CliRunner.run(concat("pipeline", workbook.toString(), period));
        assertThat(analysed.exitCode()).as(analysed.err()).isZero();
        JsonNode fromWorkbook = JSON.readTree(analysed.out());

        assertThat(fromWorkbook.get("rowsRead").asLong()).isEqualTo(4);
        assertThat(fromWorkbook.get("excluded")).isEqualTo(fromFile.get("excluded"));
        assertThat(fromWorkbook.get("excluded").get("count").asLong()).isEqualTo(2);
        assertThat(fromWorkbook.get("closeRate")).isEqualTo(fromFile.get("closeRate"));
        assertThat(fromWorkbook.get("closeRate").asDouble()).isEqualTo(0.25);
    }

    @Test
    void cohortsReadAWorkbookLedgerWithTheSameFiguresAsItsFile() throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        CliRunner.run("generate", "ledger", "--rows", "2000", "--seed", "3", "--out", ledger.toString());
        Files.writeString(ledger, "nobody,2019-13,10\n", StandardOpenOption.APPEND);
        Path workbook = dir.resolve("actuals.hourglass");
        assertThat(CliRunner.run("import-data", workbook.toString(), ledger.toString(), "--kind", "ledger").exitCode())
                .isZero();

        JsonNode fromFile = JSON.readTree(CliRunner.run("cohorts", ledger.toString(), "--json").out());
        CliRunner analysed = CliRunner.run("cohorts", workbook.toString(), "--json");
        assertThat(analysed.exitCode()).as(analysed.err()).isZero();
        JsonNode fromWorkbook = JSON.readTree(analysed.out());

        assertThat(fromWorkbook.get("months")).isEqualTo(fromFile.get("months"));
        assertThat(fromWorkbook.get("cohorts")).isEqualTo(fromFile.get("cohorts"));
        assertThat(fromWorkbook.get("rowsRead")).isEqualTo(fromFile.get("rowsRead"));
        assertThat(fromWorkbook.get("excluded")).isEqualTo(fromFile.get("excluded"));
        assertThat(fromWorkbook.get("excluded").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void listShowsEachImportsReport() throws Exception {
        Path deals = dir.resolve("crm.csv");
        Files.writeString(deals, "id,amount,stage,closeDate,outcome\nD1,100,Negotiating,2017-01-10,WON\n"
                + "D2,-5,Negotiating,2017-01-11,WON\n");
        Path workbook = dir.resolve("book.hourglass");
        CliRunner.run("import-data", workbook.toString(), deals.toString(), "--kind", "deals");

        CliRunner text = CliRunner.run("list", workbook.toString());
        assertThat(text.out()).contains("left out: 1 × amount is negative");
        JsonNode report = JSON.readTree(CliRunner.run("list", workbook.toString(), "--json").out())
                .get("datasets").get(0).get("report");
        assertThat(report.get("rowsRead").asLong()).isEqualTo(2);
        assertThat(report.get("imported").asLong()).isEqualTo(1);
        assertThat(report.get("excluded").get("reasons").get(0).get("examples").get(0).get("line").asLong()).isEqualTo(3);
    }

    @Test
    void reimportingANewerExportFromTheCommandLineKeepsTheForecastSwitches() throws Exception {
        Path deals = dir.resolve("crm.csv");
        Files.writeString(deals, "id,amount,stage,closeDate,outcome,include\nD1,100,Negotiating,2017-01-10,OPEN,no\n"
                + "D2,200,Negotiating,2017-01-11,OPEN,\n");
        Path workbook = dir.resolve("book.hourglass");
        CliRunner.run("import-data", workbook.toString(), deals.toString(), "--kind", "deals");
        Files.writeString(deals, "id,amount,stage,closeDate,outcome\nD1,150,Negotiating,2017-01-20,OPEN\n"
                + "D3,50,Negotiating,2017-01-11,OPEN\n");

        CliRunner again = CliRunner.run("import-data", workbook.toString(), deals.toString(), "--kind", "deals");
        assertThat(again.out()).contains("Kept the forecast switches of 1 deals from the earlier import of crm.csv");
        try (Workbook book = Workbook.openReadOnly(workbook, JsonScenarioCodec.INSTANCE)) {
            Dataset latest = book.datasets(Dataset.Kind.DEALS).get(1);
            Map<String, Boolean> include = new HashMap<>();
            book.readDeals(latest.id(), deal -> include.put(deal.id(), deal.include()));
            assertThat(include).containsEntry("D1", false).containsEntry("D3", null).hasSize(2);
        }
    }

    private static String[] concat(String command, String file, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = command;
        all[1] = file;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
