package dev.hourglass.io.csv;

import dev.hourglass.io.words.PipelineWarningWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deal exports as CRMs write them (imports.md §3): the stage column says how a deal closed, and more. */
class DealsAsExportedTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void withoutAnOutcomeColumnTheStageSaysWonLostOrOpen() throws Exception {
        Path file = write("crm.csv", "id,owner,stage,amount,closeDate\n"
                + "1,Ann,Won,1054,2017-03-01\n"
                + "2,Bob,Lost,0,2017-03-02\n"
                + "3,Ann,Engaging,,2017-04-01\n"
                + "4,Bob,Prospecting,,\n"
                + "5,Ann,Engaging,,\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::id, Deal::outcome, Deal::stage, Deal::amount, Deal::closeDate)
                .containsExactly(
                        tuple("1", Outcome.WON, "Redlining", 1054.0, LocalDate.of(2017, 3, 1)),
                        tuple("2", Outcome.LOST_COMPETITION, "Redlining", 0.0, LocalDate.of(2017, 3, 2)),
                        tuple("3", Outcome.OPEN, "Engaging", 0.0, LocalDate.of(2017, 4, 1)),
                        tuple("4", Outcome.OPEN, "Prospecting", 0.0, null),
                        tuple("5", Outcome.OPEN, "Engaging", 0.0, null));
        DealsCsvReader.Summary summary = result.summary();
        assertThat(summary.outcomeSource()).isEqualTo(DealsCsvReader.OutcomeSource.STAGE_COLUMN);
        assertThat(summary.outcomeSource().label()).isEqualTo("from the stage column");
        assertThat(summary.stagesAdded()).containsExactly("Engaging", "Prospecting");
        List<Stage> stages = summary.stageSetup().stages();
        assertThat(stages).hasSize(StageSetup.defaults().stages().size() + 2);
        assertThat(stages.subList(stages.size() - 2, stages.size())).containsExactly(
                new Stage("Engaging", Phase.CONVERSATIONS), new Stage("Prospecting", Phase.CONVERSATIONS));
        assertThat(summary.stageSetup().salStage()).isEqualTo("Understanding value");
        assertThat(summary.openWithoutCloseDate()).isEqualTo(2);
        assertThat(summary.filled()).isEqualTo(new DealsCsvReader.Filled(0, 3));
        assertThat(summary.rowsRead()).isEqualTo(5);
        assertThat(summary.dealsRead()).isEqualTo(5);
        assertThat(summary.problems().isEmpty()).isTrue();
    }

    @Test
    void closedStageNamesMatchIgnoringCaseSpacesAndPunctuation() throws Exception {
        Path file = write("sf.csv", "id,amount,stage,closeDate\n"
                + "a,1,Closed Won,2017-01-01\nb,1,closed/won,2017-01-01\nc,1,CLOSED-WON,2017-01-01\n"
                + "d,1,Closed Lost,2017-01-01\ne,1, lost ,2017-01-01\nf,1,No Decision,2017-01-01\n"
                + "g,1,Closed - No Decision,2017-01-01\nh,1,Closed Won Pending,2017-01-01\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::outcome).containsExactly(Outcome.WON, Outcome.WON, Outcome.WON,
                Outcome.LOST_COMPETITION, Outcome.LOST_COMPETITION, Outcome.LOST_NO_DECISION,
                Outcome.LOST_NO_DECISION, Outcome.OPEN);
        assertThat(result.summary().stagesAdded()).containsExactly("Closed Won Pending");
    }

    @Test
    void lostStagesWithAReasonAndGermanClosedStagesCloseTheDeal() throws Exception {
        Path file = write("zoho.csv", "id,amount,stage,closeDate\n"
                + "a,1,Closed-Lost to Competition,2017-01-01\nb,1,Closed Lost - No Decision,2017-01-01\n"
                + "c,1,Geschlossen und gewonnen,2017-01-01\nd,1,Geschlossen und verloren,2017-01-01\n"
                + "e,1,Closed Won Pending,2017-01-01\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::outcome).containsExactly(Outcome.LOST_COMPETITION,
                Outcome.LOST_NO_DECISION, Outcome.WON, Outcome.LOST_COMPETITION, Outcome.OPEN);
        assertThat(result.summary().stagesAdded()).containsExactly("Closed Won Pending");
    }

    @Test
    void theMappingsOutcomesAddAndOverrideStageValues() throws Exception {
        Path map = write("hubspot.json", """
                { "outcomes": {"closedwon": "WON", "Closed-Lost": "LOST_NO_DECISION", "Churned away": "LOST_COMPETITION"} }""");
        Path file = write("hubspot.csv", "id,Amount,stage,Close Date\n"
                + "1,10,closedwon,2017-01-01\n2,20,closedlost,2017-01-01\n3,30,churned  away,2017-01-01\n"
                + "4,40,appointmentscheduled,2017-05-01\n");
        List<Deal> deals = DealsCsvReader.read(file, ImportMappingJson.read(map)).deals();
        assertThat(deals).extracting(Deal::outcome).containsExactly(Outcome.WON, Outcome.LOST_NO_DECISION,
                Outcome.LOST_COMPETITION, Outcome.OPEN);
        assertThat(deals.get(3).stage()).isEqualTo("appointmentscheduled");
    }

    @Test
    void withAnOutcomeColumnTheStageIsOnlyAStageAndNewStagesAreAddedInTheOrderMet() throws Exception {
        Path file = write("out.csv", "id,amount,stage,closeDate,outcome\n"
                + "1,10,Won,2017-01-01,WON\n2,20,Demo,2017-01-01,\n3,30,Won,2017-01-01,LOST_COMPETITION\n"
                + "4,40,Redlining,2017-01-01,OPEN\n5,x,Trial,2017-01-01,OPEN\n6,60,Trial,2017-01-01,OPEN\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::stage, Deal::outcome).containsExactly(
                tuple("Won", Outcome.WON), tuple("Demo", Outcome.OPEN), tuple("Won", Outcome.LOST_COMPETITION),
                tuple("Redlining", Outcome.OPEN), tuple("Trial", Outcome.OPEN));
        assertThat(result.summary().outcomeSource()).isEqualTo(DealsCsvReader.OutcomeSource.OUTCOME_COLUMN);
        assertThat(result.summary().stagesAdded()).containsExactly("Won", "Demo", "Trial");
        assertThat(result.problems().total()).isEqualTo(1);
    }

    @Test
    void aClosedDealWithoutACloseDateIsLeftOutWithItsLineAndColumn() throws Exception {
        Path file = write("dates.csv", "id,amount,stage,closeDate\n"
                + "1,10,Engaging,\n2,20,Won,\n3,30,Lost,  \n4,40,Won,2017-01-01\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::id).containsExactly("1", "4");
        assertThat(result.problems().reasons().stream().flatMap(r -> r.examples().stream())).containsExactly(
                "dates.csv, line 3, column 'closeDate': closeDate is missing for a closed deal (WON)",
                "dates.csv, line 4, column 'closeDate': closeDate is missing for a closed deal (LOST_COMPETITION)");
        assertThat(result.summary().openWithoutCloseDate()).isEqualTo(1);
    }

    @Test
    void aDealWithoutAmountTakesItsListPriceAndIsCounted() throws Exception {
        Path map = write("map.json", "{ \"columns\": {\"sales_price\": \"listPrice\"} }");
        Path file = write("prices.csv", "id,amount,stage,closeDate,outcome,sales_price\n"
                + "1,,Redlining,2017-01-01,WON,550\n"
                + "2,0,Redlining,2017-01-01,LOST_COMPETITION,1096\n"
                + "3,700,Redlining,2017-01-01,WON,550\n"
                + "4,,Redlining,2017-01-01,WON,\n"
                + "5,0,Redlining,2017-01-01,WON,\n"
                + "6,,Redlining,2017-01-01,WON,n/a\n"
                + "7,3,Redlining,2017-01-01,WON,n/a\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMappingJson.read(map));
        assertThat(result.deals()).extracting(Deal::id, Deal::amount).containsExactly(tuple("1", 550.0),
                tuple("2", 1096.0), tuple("3", 700.0), tuple("4", 0.0), tuple("5", 0.0), tuple("7", 3.0));
        assertThat(result.summary().filled()).isEqualTo(new DealsCsvReader.Filled(2, 1));
        assertThat(result.problems().reasons().get(0).examples()).containsExactly("prices.csv, line 7, column "
                + "'sales_price': listPrice is not a number of 0 or more (the amount needs it) ('n/a')");
    }

    @Test
    void theSummaryWarnsOfTheWholeFileBeforeAnyPeriodIsChosen(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("crm.csv");
        Files.writeString(file, "id,amount,stage,closeDate\nW1,300,Won,2017-02-01\nL1,0,Lost,2017-02-10\n"
                + "L2,,Lost,2019-02-11\nL3,50,Lost,2019-03-01\nE1,400,Engaging,\n");
        DealsCsvReader.Summary summary = DealsCsvReader.read(file, ImportMapping.defaults(), deal -> { });
        assertThat(summary.warnings()).extracting(w -> w.code().name(), PipelineWarningWords::english).containsExactly(
                tuple("LOST_WITHOUT_AMOUNT", "2 of 3 lost deals in the file have no amount:"
                        + " rates by amount are not meaningful here; use the rates by count"),
                tuple("NO_ORIGINAL_CLOSE_DATE", "no deal has an original close date, so"
                        + " slippage cannot be measured: slipped deals and the slippage-adjusted close rate are no data"));
    }

    @Test
    void aSpreadsheetsTotalLineUnderTheDealsIsNamedNotLeftOutAsARow() throws Exception {
        // Google Sheets / Excel: the sum under the amounts, labelled in a column to its left; the id cell is blank
        Path file = write("sheet.csv", "Deal,Company,Stage,Value,Close date,,\n"
                + "D-1,Acme,Won,\"$1,200.00\",\"Mar 1, 2017\",,\n"
                + ",Globex,Lost,$300.00,\"Mar 2, 2017\",,\n"
                + "D-3,Initech,Demo,$500.00,\"Mar 3, 2017\",,\n"
                + ",,Total,\"$2,000.00\",,,\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::id).containsExactly("D-1", "D-3");
        // the deal without an id is still a row left out; the total line is no row
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.problems().total()).isEqualTo(1);
        assertThat(Detection.english(result.summary().detections())).contains("sheet.csv: the line under the table"
                + " ('Total, $2,000.00') is a report's footer, not rows; not read.");
    }
}
