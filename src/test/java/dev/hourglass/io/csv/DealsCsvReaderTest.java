package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealsCsvReaderTest {
    private static final String HEADER = "id,amount,stage,closeDate,outcome,segment,competitor,owner,team,source,"
            + "originalCloseDate,createdDate\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void readsEveryFieldOfAGoodRow() throws Exception {
        Path file = write("deals.csv", HEADER
                + "D1,12500.50,Short list,2017-02-03,LOST_COMPETITION,SMB,Acme,Ann,East,Inbound,2017-01-15,2016-11-02\n");
        Deal deal = DealsCsvReader.read(file, ImportMapping.defaults()).deals().get(0);
        assertThat(deal).isEqualTo(new Deal("D1", 12500.5, "Short list", LocalDate.of(2017, 2, 3),
                Outcome.LOST_COMPETITION, "SMB", "Acme", "Ann", "East", "Inbound", LocalDate.of(2017, 1, 15),
                LocalDate.of(2016, 11, 2), null));
    }

    @Test
    void badRowsAreCountedWithLineColumnAndReasonAndTheRestIsRead() throws Exception {
        Path file = write("crm.csv", HEADER
                + "D1,100,Redlining,2017-02-03,WON,,,,,,,\n"
                + "D2,about 500,Redlining,2017-02-03,WON,,,,,,,\n"
                + "D3,100,Signed,2017-02-03,WON,,,,,,,\n"
                + "D4,100,Redlining,03/02/2017,WON,,,,,,,\n"
                + "D5,100,Redlining,2017-02-03,Maybe,,,,,,,\n"
                + "D1,100,Redlining,2017-02-03,WON,,,,,,,\n"
                + "D7,-5,Redlining,2017-02-03,WON,,,,,,,\n"
                + "D8,100\n"
                + ",100,Redlining,2017-02-03,WON,,,,,,,\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::id).containsExactly("D1", "D3");
        assertThat(result.rowsRead()).isEqualTo(9);
        RowProblems problems = result.problems();
        assertThat(problems.total()).isEqualTo(7);
        assertThat(problems.reasons().stream().flatMap(r -> r.examples().stream())).containsExactlyInAnyOrder(
                "crm.csv, line 3, column 'amount': amount is not a number ('about 500')",
                "crm.csv, line 5, column 'closeDate': closeDate is not a date (YYYY-MM-DD) ('03/02/2017')",
                "crm.csv, line 6, column 'outcome': outcome is not OPEN, WON, LOST_COMPETITION or LOST_NO_DECISION "
                        + "(map it in the mapping file) ('Maybe')",
                "crm.csv, line 7, column 'id': duplicate id ('D1', first on line 2)",
                "crm.csv, line 8, column 'amount': amount is negative ('-5')",
                "crm.csv, line 9: row has fewer fields than the header (2 of 12)",
                "crm.csv, line 10, column 'id': id is empty");
    }

    @Test
    void aBlankOutcomeIsAnOpenDeal() throws Exception {
        Path file = write("open.csv", HEADER + "D1,100,Redlining,2017-02-03,,,,,,,,\n");
        assertThat(DealsCsvReader.read(file, ImportMapping.defaults()).deals())
                .extracting(Deal::outcome).containsExactly(Outcome.OPEN);
    }

    @Test
    void aMappingFileRenamesColumnsAndMapsOutcomesAndStages() throws Exception {
        Path map = write("map.json", """
                { "columns": {"Opportunity ID": "id", "Amount (USD)": "amount", "Status": "outcome"},
                  "outcomes": {"Closed Won": "WON", "Closed Lost": "LOST_COMPETITION"},
                  "stageValues": {"Qualification": "Understanding value"} }""");
        Path file = write("sf.csv", "\uFEFFOpportunity ID;Amount (USD);Stage;Close Date;Status\n"
                + "\"006A\";\"1000\";Qualification;2017-01-31;Closed Won\n"
                + "006B;2000;Negotiating;2017-02-28;Closed Lost\n"
                + "006C;3000;Negotiating;2017-02-28;open\n");
        List<Deal> deals = DealsCsvReader.read(file, ImportMappingJson.read(map)).deals();
        assertThat(deals).extracting(Deal::id).containsExactly("006A", "006B", "006C");
        assertThat(deals).extracting(Deal::stage).containsExactly("Understanding value", "Negotiating", "Negotiating");
        assertThat(deals).extracting(Deal::outcome).containsExactly(Outcome.WON, Outcome.LOST_COMPETITION, Outcome.OPEN);
        assertThat(deals.get(0).amount()).isEqualTo(1000);
    }

    @Test
    void aFileWithoutAUsableRowIsAnErrorNamingTheFirstProblem() throws Exception {
        Path file = write("bad.csv", HEADER + "D1,abc,Redlining,2017-02-03,WON,,,,,,,\n");
        assertThatThrownBy(() -> DealsCsvReader.read(file, ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("bad.csv: no usable deal in 1 row; first problem: bad.csv, line 2, column 'amount': "
                        + "amount is not a number ('abc')");
    }

    @Test
    void missingColumnsAreNamed() throws Exception {
        Path file = write("short.csv", "id,amount\nD1,100\n");
        assertThatThrownBy(() -> DealsCsvReader.read(file, ImportMapping.defaults()))
                .hasMessageStartingWith("short.csv, line 1: missing columns 'stage', 'closeDate'");
    }

    @Test
    void aBrokenMappingFileNamesTheField() throws Exception {
        Path map = write("map.json", "{\"outcomes\": {\"Won\": \"VICTORY\"}}");
        assertThatThrownBy(() -> ImportMappingJson.read(map)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("map.json, field outcomes.Won: unknown outcome \"VICTORY\"");
        Path sal = write("sal.json", "{\"salStage\": \"Nowhere\"}");
        assertThatThrownBy(() -> ImportMappingJson.read(sal)).hasMessageContaining("SAL stage \"Nowhere\" is not one of the stages");
    }

    @Test
    void includeOverridesAreReadAsYesOrNo() throws Exception {
        Path file = write("inc.csv", "id,amount,stage,closeDate,outcome,include\n"
                + "A,1,Redlining,2017-01-01,OPEN,yes\nB,1,Redlining,2017-01-01,OPEN,no\nC,1,Redlining,2017-01-01,OPEN,\n"
                + "D,1,Redlining,2017-01-01,OPEN,perhaps\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::include).containsExactly(true, false, null);
        assertThat(result.problems().reasons().get(0).examples())
                .containsExactly("inc.csv, line 5, column 'include': include is not yes or no ('perhaps')");
    }
}
