package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deals whose amounts are in several currencies are added as they are, and the import report says so. */
class DealsCurrenciesTest {
    @TempDir
    Path dir;

    @AfterEach
    void chooseByLoadAgain() {
        System.clearProperty("hourglass.csv.parts");
    }

    private List<String> detections(String name, CharSequence content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.toString().getBytes(StandardCharsets.UTF_8));
        return Detection.english(DealsCsvReader.read(file, ImportMapping.defaults()).summary().detections());
    }

    @Test
    void amountsInTwoCurrenciesAreNamedWithTheirDealsByCurrency() throws Exception {
        List<String> found = detections("pipedrive.csv", """
                Deal - ID;Deal - Value;Deal - Currency;Deal - Stage;Deal - Status;Deal - Expected close date
                1;1000;EUR;Proposal;open;2024-01-31
                2;2000;EUR;Proposal;won;2024-02-29
                3;1500;USD;Proposal;won;2024-02-29
                4;700;;Proposal;lost;2024-03-31
                5;900;EUR;Proposal;lost;2024-03-31
                """);
        assertThat(found).contains("'Deal - Value' is in 2 currencies (deals by 'Deal - Currency': EUR 3, USD 1);"
                + " amounts are added as they are, so totals and rates by amount mix them: convert them to one currency"
                + " first, or import one currency at a time");
    }

    @Test
    void oneCurrencyOrAmountsConvertedToTheCompanysSayNothing() throws Exception {
        assertThat(detections("one.csv", """
                id,amount,currency,stage,closeDate,outcome
                D1,100,USD,Proposal,2024-01-31,WON
                D2,200,USD,Proposal,2024-01-31,OPEN
                """)).noneMatch(d -> d.contains("currencies"));
        assertThat(detections("hubspot.csv", """
                Record ID,Amount,Amount in company currency,Currency,Deal Stage,Close Date
                1,36000,33120,EUR,closedwon,2024-01-31
                2,6000,6000,USD,closedwon,2024-01-31
                """)).noneMatch(d -> d.contains("currencies"));
    }

    /** The second part's currencies are counted after the first part's, on the second part's thread. */
    @Test
    void bothPartsOfALargeFileAreCounted() throws Exception {
        System.setProperty("hourglass.csv.parts", "2");
        StringBuilder csv = new StringBuilder("id,amount,currency,stage,closeDate,outcome\n");
        int rows = 200_000;
        for (int row = 1; row <= rows; row++) {
            csv.append("D").append(row).append(",1000,").append(row > rows - 10 ? "GBP" : "USD")
                    .append(",Proposal with a long enough name to fill the file,2024-01-31,OPEN\n");
        }
        assertThat((long) csv.length()).as("read in two parts").isGreaterThan(Utf8CsvRows.SPLIT_FROM);
        assertThat(detections("large.csv", csv)).anyMatch(d -> d.contains("(deals by 'currency': USD 199990, GBP 10)"));
    }
}
