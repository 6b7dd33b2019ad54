package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineCommandTest {
    private static final String HEADER = "id,amount,stage,closeDate,outcome,segment,competitor,owner,team,source,"
            + "originalCloseDate,createdDate\n";
    private static final String DEALS = HEADER
            + "W1,300,Redlining,2017-02-01,WON,SMB,Acme,Ann,East,Inbound,,\n"
            + "L1,100,Short list,2017-02-02,LOST_COMPETITION,SMB,Acme,Bob,East,Inbound,,\n"
            + "N1,200,Long list,2017-03-31,LOST_NO_DECISION,Enterprise,,Ann,West,Outbound,,\n"
            + "S1,400,Negotiating,2017-05-01,OPEN,Enterprise,Acme,Bob,West,Outbound,2017-03-01,\n"
            + "C1,1000,Negotiating,2017-03-15,OPEN,Enterprise,,Bob,West,Outbound,,\n"
            + "B1,500,Long list,2017-03-15,OPEN,SMB,,Ann,East,Inbound,,\n"
            + "E1,9999,Discovery,2017-03-15,WON,SMB,,Ann,East,Inbound,,\n"
            + "X1,oops,Redlining,2017-02-01,WON,SMB,,Ann,East,Inbound,,\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void jsonHasTheKeysOfCliMdWithExactFigures() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("deals.csv", DEALS).toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "1000", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.at("/won/amount").asDouble()).isEqualTo(300);
        assertThat(r.at("/won/count").asInt()).isEqualTo(1);
        assertThat(r.at("/lostCompetition/amount").asDouble()).isEqualTo(100);
        assertThat(r.at("/lostNoDecision/amount").asDouble()).isEqualTo(200);
        assertThat(r.at("/slipped/amount").asDouble()).isEqualTo(400);
        assertThat(r.get("closeRate").asText()).isEqualTo("0.5");
        assertThat(r.get("closeRateByCount").asDouble()).isEqualTo(0.333333333333);
        assertThat(r.get("slippageAdjustedCloseRate").asText()).isEqualTo("0.3");
        assertThat(r.get("winRate").asText()).isEqualTo("0.75");
        assertThat(r.get("winRateByCount").asText()).isEqualTo("0.5");
        assertThat(r.get("requiredCoverage").asText()).isEqualTo("3");
        assertThat(r.get("enterpriseCoverage").asText()).isEqualTo("1.8");
        assertThat(r.get("smbCoverage").asText()).isEqualTo("1.8");
        assertThat(r.get("forecast").asText()).isEqualTo("1300");
        assertThat(r.get("upside").asText()).isEqualTo("500");
        assertThat(r.at("/diagnosis/0/finding").asText()).isEqualTo("PIPELINE");
        assertThat(r.at("/breakdowns/segment/SMB/winRate").asText()).isEqualTo("0.75");
        assertThat(r.at("/breakdowns/competitor/(none)/closeRate").asText()).isEqualTo("0");
        assertThat(r.at("/breakdowns/owner/Bob/winRate").asText()).isEqualTo("0");
        assertThat(r.at("/breakdowns/team/West/closeRate").asText()).isEqualTo("0");
        assertThat(r.at("/excluded/count").asInt()).isEqualTo(2);
        assertThat(r.at("/excluded/reasons/0/reason").asText()).isEqualTo("amount is not a number");
        assertThat(r.at("/excluded/reasons/0/examples/0/line").asInt()).isEqualTo(9);
        assertThat(r.at("/excluded/reasons/1/reason").asText()).isEqualTo("never reached the SAL stage (Understanding value)");
        assertThat(run.err()).contains("1 row of deals.csv left out").contains("deals.csv, line 9, column 'amount'");
    }

    @Test
    void theCoverageFloorIsASettingAndBothFiguresAreShown() throws Exception {
        Path deals = write("deals.csv", DEALS);
        // close rate 300 / (300 + 100 + 200) = 0.5 → 1 / close rate = 2; the rule of thumb's floor 3 wins
        JsonNode byDefault = new ObjectMapper().readTree(CliRunner.run("pipeline", deals.toString(), "--from",
                "2017-01-01", "--to", "2017-03-31", "--target", "1000", "--json").out());
        assertThat(byDefault.get("coverageFromCloseRate").asText()).isEqualTo("2");
        assertThat(byDefault.get("coverageFloor").asText()).isEqualTo("3");
        assertThat(byDefault.get("requiredCoverage").asText()).isEqualTo("3");
        CliRunner lowFloor = CliRunner.run("pipeline", deals.toString(), "--from", "2017-01-01", "--to", "2017-03-31",
                "--target", "1000", "--coverage-floor", "1.5", "--json");
        assertThat(lowFloor.exitCode()).as(lowFloor.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(lowFloor.out());
        assertThat(r.get("coverageFloor").asText()).isEqualTo("1.5");
        assertThat(r.get("requiredCoverage").asText()).isEqualTo("2");
        CliRunner text = CliRunner.run("pipeline", deals.toString(), "--from", "2017-01-01", "--to", "2017-03-31",
                "--target", "1000");
        assertThat(text.out()).containsPattern("Required coverage: max\\(floor, 1 / close rate\\) +3\\.00×")
                .containsPattern("1 / close rate +2\\.00×").containsPattern("Coverage floor +3\\.00×");
        CliRunner negative = CliRunner.run("pipeline", deals.toString(), "--from", "2017-01-01", "--to",
                "2017-03-31", "--target", "1000", "--coverage-floor", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("coverage floor must not be negative");
    }

    @Test
    void aRateWithoutDataIsNull() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("open.csv", HEADER
                + "C1,1000,Negotiating,2017-03-15,OPEN,Enterprise,,Bob,West,Outbound,,\n").toString(),
                "--from", "2017-01-01", "--to", "2017-03-31", "--target", "1000", "--json");
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.get("closeRate").isNull()).isTrue();
        assertThat(r.get("winRate").isNull()).isTrue();
        assertThat(r.get("requiredCoverage").isNull()).isTrue();
        assertThat(run.out()).doesNotContain("NaN");
    }

    @Test
    void theTableShowsRoundedFiguresAndTheDiagnosis() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("deals.csv", DEALS).toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "1000");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Close rate \\(amount / count\\) +50% / 33\\.3%")
                .containsPattern("Forecast \\(in-blood\\) +1,300")
                .contains("Pipeline problem: Enterprise coverage 1.80× is below the 3.00× required")
                .containsPattern("SMB +300 +400 +75% +75%");
    }

    @Test
    void aFileWithNoUsableRowExitsWithOne() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("bad.csv", HEADER + "X,oops,Redlining,2017-02-01,WON,,,,,,,\n")
                .toString(), "--from", "2017-01-01", "--to", "2017-03-31", "--target", "1000");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv: no usable deal in 1 row; first problem: bad.csv, line 2, column 'amount'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        String file = write("deals.csv", DEALS).toString();
        assertThat(CliRunner.run("pipeline", file, "--from", "2017-01-01", "--to", "2017-03-31").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("pipeline", file, "--from", "2017-04-01", "--to", "2017-03-31", "--target", "1")
                .exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("pipeline", file, "--from", "2017-01-01", "--to", "2017-03-31", "--target", "0")
                .err()).contains("target must be greater than 0");
        assertThat(CliRunner.run("pipeline", file, "--from", "yesterday", "--to", "2017-03-31", "--target", "1")
                .exitCode()).isEqualTo(2);
        CliRunner help = CliRunner.run("pipeline", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: hourglass pipeline").contains("--mapping");
    }

    @Test
    void aMissingFileExitsWithOneNamingIt() {
        CliRunner run = CliRunner.run("pipeline", dir.resolve("none.csv").toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("none.csv: no such file");
    }

    /** A CRM export as it comes: the stage says Won/Lost, lost deals have no amount, open deals no close date. */
    private static final String AS_EXPORTED = "id,amount,stage,closeDate,listPrice\n"
            + "W1,300,Won,2017-02-01,\n"
            + "W2,,Won,2017-03-01,200\n"
            + "L1,0,Lost,2017-02-10,\n"
            + "L2,,Lost,2017-02-11,\n"
            + "L3,100,Closed Lost,2017-03-05,\n"
            + "N1,0,No Decision,2017-03-06,\n"
            + "E1,400,Engaging,2017-03-20,\n"
            + "E2,250,Engaging,,\n"
            + "P1,50,Prospecting,,\n";

    @Test
    void anExportAsItComesIsAnalysedWithItsWarningsOpenDealsWithoutCloseDateAndFilledAmounts() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("crm.csv", AS_EXPORTED).toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "1000", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.at("/won/amount").asDouble()).isEqualTo(500);
        assertThat(r.at("/won/count").asInt()).isEqualTo(2);
        assertThat(r.at("/lostCompetition/amount").asDouble()).isEqualTo(100);
        assertThat(r.at("/lostCompetition/count").asInt()).isEqualTo(3);
        assertThat(r.at("/lostNoDecision/count").asInt()).isEqualTo(1);
        assertThat(r.get("closeRate").asDouble()).isCloseTo(500.0 / 600, within(1e-9));
        assertThat(r.get("closeRateByCount").asDouble()).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(r.get("winRateByCount").asText()).isEqualTo("0.4");
        assertThat(r.get("slipped").isNull()).isTrue();
        assertThat(r.get("slippageAdjustedCloseRate").isNull()).isTrue();
        assertThat(r.get("slippageAdjustedCloseRateByCount").isNull()).isTrue();
        assertThat(r.at("/breakdowns/segment/(none)/slipped").isNull()).isTrue();
        assertThat(r.at("/open/pipeline/amount").asDouble()).isEqualTo(400);
        assertThat(r.at("/openWithoutCloseDate/amount").asDouble()).isEqualTo(300);
        assertThat(r.at("/openWithoutCloseDate/count").asInt()).isEqualTo(2);
        assertThat(r.at("/warnings/0/code").asText()).isEqualTo("LOST_WITHOUT_AMOUNT");
        assertThat(r.at("/warnings/0/message").asText()).isEqualTo("3 of 4 lost deals in the period have no amount: "
                + "rates by amount are not meaningful here; use the rates by count");
        assertThat(r.at("/warnings/1/code").asText()).isEqualTo("NO_ORIGINAL_CLOSE_DATE");
        assertThat(r.get("warnings")).hasSize(2);
        assertThat(r.at("/filled/amountFromListPrice").asInt()).isEqualTo(1);
        assertThat(r.at("/filled/amountBlank").asInt()).isEqualTo(1);
        assertThat(r.get("rowsRead").asInt()).isEqualTo(9);
        assertThat(r.get("dealsAnalysed").asInt()).isEqualTo(9);
        assertThat(r.at("/excluded/count").asInt()).isZero();

        CliRunner text = CliRunner.run("pipeline", dir.resolve("crm.csv").toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "1000");
        assertThat(text.out()).contains("Warnings")
                .contains("rates by amount are not meaningful here; use the rates by count")
                .containsPattern("Open without a close date \\(in no period\\) +300 in 2 deals")
                .containsPattern("Slipped out of the period +no data")
                .containsPattern("Amount from the list price +1");
    }

    @Test
    void theWorkbookTheExportWasImportedIntoGivesTheSameFiguresAndWarnings() throws Exception {
        Path csv = write("crm.csv", AS_EXPORTED);
        Path workbook = dir.resolve("crm.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), csv.toString(), "--kind", "deals");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        String[] period = {"--from", "2017-01-01", "--to", "2017-03-31", "--target", "1000", "--json"};
        JsonNode fromFile = new ObjectMapper().readTree(CliRunner.run(concat(csv, period)).out());
        CliRunner fromWorkbookRun = CliRunner.run(concat(workbook, period));
        assertThat(fromWorkbookRun.exitCode()).as(fromWorkbookRun.err()).isZero();
        JsonNode fromWorkbook = new ObjectMapper().readTree(fromWorkbookRun.out());
        for (String key : new String[] {"won", "lostCompetition", "lostNoDecision", "slipped", "closeRate",
            "closeRateByCount", "open", "openWithoutCloseDate", "warnings", "forecast", "breakdowns", "dealsAnalysed"}) {
            assertThat(fromWorkbook.get(key)).as(key).isEqualTo(fromFile.get(key));
        }
        for (String key : new String[] {"filled", "rowsRead", "excluded"}) {
            assertThat(fromWorkbook.get(key)).as(key + ", kept in the workbook's import report").isEqualTo(fromFile.get(key));
        }
    }

    private static String[] concat(Path file, String[] options) {
        String[] args = new String[options.length + 2];
        args[0] = "pipeline";
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return args;
    }
}
