package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deal exports with dates and amounts as CRMs write them, read by the unchanged reader. */
class DealsCsvReaderValuesTest {
    @TempDir
    Path dir;

    private Locale before;

    @BeforeEach
    void usLocale() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("export.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void usDatesAndDollarAmounts() throws Exception {
        Path file = write("Opportunity ID,Amount,Stage,Close Date,Outcome,Created Date\n"
                + "O1,\"$1,200.50\",Redlining,3/1/2017,WON,1/15/2017 10:00 AM\n"
                + "O2,$300,Short list,4/2/2017,OPEN,2/1/2017 9:30 AM\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.ofColumns(Map.of("Opportunity ID", "id")));
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::closeDate)
                .containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 2));
        assertThat(result.deals()).extracting(Deal::createdDate)
                .containsExactly(LocalDate.of(2017, 1, 15), LocalDate.of(2017, 2, 1));
        assertThat(result.deals()).extracting(Deal::amount).containsExactly(1200.5, 300.0);
    }

    @Test
    void europeanDotDatesAndDecimalCommas() throws Exception {
        Path file = write("id;amount;stage;closeDate;outcome\n"
                + "D1;1.200,50 €;Redlining;26.02.2018;WON\n"
                + "D2;300;Redlining;01.03.2018 19:58;LOST_COMPETITION\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::closeDate)
                .containsExactly(LocalDate.of(2018, 2, 26), LocalDate.of(2018, 3, 1));
        assertThat(result.deals()).extracting(Deal::amount).containsExactly(1200.5, 300.0);
    }

    @Test
    void aDateTheColumnsReadingCannotReadNamesTheReadingExpected() throws Exception {
        Path file = write("id,amount,stage,closeDate,outcome\n"
                + "D1,100,Redlining,3/1/2017,WON\n"
                + "D2,100,Redlining,3/26/2017,WON\n"
                + "D3,100,Redlining,26/3/2017,WON\n"
                + "D4,100,Redlining,4/15/2017,WON\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.deals()).extracting(Deal::id).containsExactly("D1", "D2", "D4");
        assertThat(result.problems().reasons().get(0).examples()).containsExactly("export.csv, line 4, column "
                + "'closeDate': closeDate is not a date like 3/31/2017 (M/D/YYYY) ('26/3/2017')");
    }

    @Test
    void anOutcomeColumnSayingOpenWonOrLostAsCrmsWriteItKeepsEveryDeal() throws Exception {
        // Dynamics 365's and Copper's Status: Open / Won / Lost, not the OPEN / WON / LOST_COMPETITION of the contract
        Path file = write("id,amount,stage,closeDate,Status\n"
                + "D1,100,In Progress,3/1/2017,Open\n"
                + "D2,200,Won,3/2/2017,Won\n"
                + "D3,300,Out-Sold,3/3/2017,Lost\n"
                + "D4,400,Canceled,3/4/2017,Closed - No Decision\n");
        DealsCsvReader.Result result = DealsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::outcome).containsExactly(Outcome.OPEN, Outcome.WON,
                Outcome.LOST_COMPETITION, Outcome.LOST_NO_DECISION);
    }

    @Test
    void dealExportsWithoutAnIdColumnTakeTheDealsNameAsCopperFreshsalesAndDynamicsWriteIt() throws Exception {
        Path copper = write("Name,Company,Stage,Status,Value,Close Date\n"
                + "Acme expansion,Acme,Demo,Open,\"1,200.00\",10/11/2023\n"
                + "Acme expansion,Acme,Closed,Won,300.00,10/12/2023\n");
        DealsCsvReader.Result result = DealsCsvReader.read(copper, ImportMapping.defaults());
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::amount).containsExactly(1200.0, 300.0);

        Path dynamics = write("(Do Not Modify) Opportunity,Topic,Est. Close Date,Est. Revenue,Status,Status Reason,"
                + "Actual Close Date\n"
                + "6f1c-01,Pilot - Acme,4/2/2024,\"$4,800.00\",Open,In Progress,\n"
                + "6f1c-02,Pilot - Acme,4/3/2024,$900.00,Lost,Out-Sold,4/9/2024\n");
        result = DealsCsvReader.read(dynamics, ImportMapping.defaults());
        assertThat(result.problems().total()).isZero();
        assertThat(result.deals()).extracting(Deal::id).containsExactly("6f1c-01", "6f1c-02");
        // the lost deal closed on its Actual Close Date, the open one is expected to on its Est. Close Date
        assertThat(result.deals()).extracting(Deal::closeDate)
                .containsExactly(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 9));
        assertThat(result.deals()).extracting(Deal::amount).containsExactly(4800.0, 900.0);
    }
}
