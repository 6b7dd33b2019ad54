package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hourglass.TestFiles;
import dev.hourglass.model.pipeline.Deal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * metrics.md §4: closed deals count in the period they closed. Where an export has the day a deal closed beside its
 * expected close date (Dynamics' Actual Close Date, Pipedrive's Won time and Lost time), that day dates it.
 */
class DealsClosedDateTest {
    @TempDir
    Path dir;

    private DealsCsvReader.Result read(String content) throws Exception {
        return DealsCsvReader.read(TestFiles.write(dir, "deals.csv", content), ImportMapping.defaults());
    }

    @Test
    void wonAndLostDealsAreDatedByTheDayTheyClosedFallingBackOnBlanksAndOpenOnesByTheirCloseDate() throws Exception {
        // US dates (month first: 4/20 decides it), read as the other date columns are
        DealsCsvReader.Result result = read("Opportunity ID,Amount,Stage,Est. Close Date,Status,"
                + "Actual Close Date,Won time,Lost time\n"
                + "W1,100,Closing,3/28/2024,Won,4/3/2024,4/2/2024,\n"
                + "W2,100,Closing,3/28/2024,Won,4/15/2024,,\n"
                + "W3,100,Closing,3/29/2024,Won,,,\n"
                + "L1,100,Closing,3/28/2024,Lost,4/5/2024,4/1/2024,4/20/2024\n"
                + "L2,100,Closing,3/28/2024,Lost,4/6/2024,,\n"
                + "L3,100,Closing,3/30/2024,Lost,,,\n"
                + "O1,100,Closing,6/30/2024,Open,4/7/2024,4/7/2024,4/7/2024\n"
                + "O2,100,Closing,,Open,,,\n");
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::id, Deal::closeDate).containsExactly(
                tuple("W1", LocalDate.of(2024, 4, 2)), tuple("W2", LocalDate.of(2024, 4, 15)),
                tuple("W3", LocalDate.of(2024, 3, 29)), tuple("L1", LocalDate.of(2024, 4, 20)),
                tuple("L2", LocalDate.of(2024, 4, 6)), tuple("L3", LocalDate.of(2024, 3, 30)),
                tuple("O1", LocalDate.of(2024, 6, 30)), tuple("O2", null));
        assertThat(Detection.english(result.summary().detections())).contains("won deals are dated by 'Won time'"
                + " and lost ones by 'Lost time' (the day they closed; where it is blank, by 'Est. Close Date'),"
                + " open ones by 'Est. Close Date'");
    }

    @Test
    void aDayClosedThatIsNotADateLeavesTheRowOutNamingItsColumn() throws Exception {
        DealsCsvReader.Result result = read("Opportunity ID,Amount,Stage,Est. Close Date,Status,"
                + "Actual Close Date,Won time\n"
                + "W1,100,Closing,3/28/2024,Won,,soon\n"
                + "L1,100,Closing,3/28/2024,Lost,n/a,\n"
                + "O1,100,Closing,3/28/2024,Open,4/7/2024,4/7/2024\n"
                + "W2,100,Closing,3/28/2024,Won,4/15/2024,4/14/2024\n"
                + "L2,100,Closing,3/28/2024,Lost,4/16/2024,\n");
        assertThat(result.deals()).extracting(Deal::id, Deal::closeDate).containsExactly(
                tuple("O1", LocalDate.of(2024, 3, 28)), tuple("W2", LocalDate.of(2024, 4, 14)),
                tuple("L2", LocalDate.of(2024, 4, 16)));
        assertThat(result.problems().reasons().stream().flatMap(r -> r.examples().stream())).containsExactly(
                "deals.csv, line 2, column 'Won time': wonDate is not a date like 3/31/2017 (M/D/YYYY) ('soon')",
                "deals.csv, line 3, column 'Actual Close Date': closedDate is not a date like 3/31/2017 (M/D/YYYY)"
                        + " ('n/a')");
        assertThat(Detection.english(result.summary().detections())).contains("won deals are dated by 'Won time'"
                + " and lost ones by 'Actual Close Date' (the day they closed; where it is blank, by 'Est. Close"
                + " Date'), open ones by 'Est. Close Date'");
    }

    @Test
    void aFileWhoseOnlyDateIsTheDayDealsClosedTakesItForTheCloseDate() throws Exception {
        DealsCsvReader.Result result = read("Opportunity ID,Amount,Stage,Status,Actual Close Date\n"
                + "W1,100,Closing,Won,4/15/2024\n"
                + "O1,100,Closing,Open,\n");
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::id, Deal::closeDate).containsExactly(
                tuple("W1", LocalDate.of(2024, 4, 15)), tuple("O1", null));
        assertThat(Detection.english(result.summary().detections())).filteredOn(d -> d.contains("dated by"))
                .containsExactly("closed deals are dated by 'Actual Close Date' (the day they closed); the file has no"
                        + " expected close date, so open deals have none");

        ColumnMatching matching = ColumnMatching.of(List.of("Opportunity ID", "Amount", "Stage", "Status",
                "Actual Close Date"), DealsCsvReader.FIELDS, ColumnNames.of(ImportKind.DEALS), Map.of());
        assertThat(matching.match("closeDate")).map(ColumnMatch::describe)
                .hasValue("'Actual Close Date' → closeDate (recognised as Actual Close Date)");
        assertThat(matching.column("closedDate")).isEqualTo(-1);
    }

    @Test
    void pipedrivesWonAndLostTimesAloneDateTheirDeals() throws Exception {
        // no expected close date: Won time stands in for it, Lost time still dates the lost deals
        DealsCsvReader.Result result = read("Deal - ID,Deal - Value,Deal - Stage,Deal - Status,"
                + "Deal - Won time,Deal - Lost time\n"
                + "1,100,Proposal,won,2024-04-02 15:00:00,\n"
                + "2,100,Proposal,lost,,2024-04-20 11:01:00\n"
                + "3,100,Proposal,open,,\n");
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::id, Deal::closeDate).containsExactly(
                tuple("1", LocalDate.of(2024, 4, 2)), tuple("2", LocalDate.of(2024, 4, 20)), tuple("3", null));
        // not "open ones by 'Deal - Won time'": an open deal has no Won time
        assertThat(Detection.english(result.summary().detections())).filteredOn(d -> d.contains("dated by"))
                .containsExactly("won deals are dated by 'Deal - Won time' and lost ones by 'Deal - Lost time' (the day"
                        + " they closed); the file has no expected close date, so open deals have none");
        assertThat(result.summary().detections()).extracting(Detection::code)
                .contains(Detection.Code.WON_AND_LOST_DEALS_DATED_ONLY);
    }

    /** The wizard passes its choices as renames: Won time chosen as the close date reads the same. */
    @Test
    void wonTimeChosenAsTheCloseDateInAMappingIsReportedAlike() throws Exception {
        String header = "Deal - ID,Deal - Value,Deal - Stage,Deal - Status,Deal - Won time,Deal - Lost time\n";
        String rows = "1,100,Proposal,won,2024-04-02 15:00:00,\n3,100,Proposal,open,,\n";
        DealsCsvReader.Result chosen = DealsCsvReader.read(TestFiles.write(dir, "chosen.csv", header + rows),
                ImportMapping.ofColumns(Map.of("Deal - Won time", "closeDate", "Deal - Lost time", "lostDate")));
        assertThat(Detection.english(chosen.summary().detections())).contains("won deals are dated by"
                + " 'Deal - Won time' and lost ones by 'Deal - Lost time' (the day they closed); the file has no"
                + " expected close date, so open deals have none");

        // beside an expected close date, Won time chosen as the close date is the user's choice: no such sentence
        DealsCsvReader.Result beside = DealsCsvReader.read(TestFiles.write(dir, "beside.csv",
                "Deal - ID,Deal - Value,Deal - Stage,Deal - Status,Deal - Expected close date,Deal - Won time\n"
                        + "1,100,Proposal,won,2024-03-30,2024-04-02 15:00:00\n"),
                ImportMapping.ofColumns(Map.of("Deal - Won time", "closeDate")));
        assertThat(Detection.english(beside.summary().detections())).noneMatch(d -> d.contains("no expected close"));

        // columns named by the fields' own names count alike: a closeDate column is an expected close date, and a
        // wonDate column alone is the day the deals were won
        DealsCsvReader.Result ownNames = DealsCsvReader.read(TestFiles.write(dir, "own.csv",
                "id,amount,stage,outcome,closeDate,Won time\n1,100,Proposal,WON,2024-03-30,2024-04-02\n"),
                ImportMapping.ofColumns(Map.of("Won time", "closeDate")));
        assertThat(Detection.english(ownNames.summary().detections())).noneMatch(d -> d.contains("no expected close"));
        DealsCsvReader.Result wonDateOnly = read("id,amount,stage,outcome,wonDate\n1,100,Proposal,WON,2024-04-02\n"
                + "2,100,Proposal,OPEN,\n");
        assertThat(Detection.english(wonDateOnly.summary().detections())).contains("closed deals are dated by"
                + " 'wonDate' (the day they closed); the file has no expected close date, so open deals have none");
    }
}
