package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.TestFiles;
import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.model.pipeline.Deal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deal's value written for a month or a quarter counts for a year (Close's value_period). */
class AmountPeriodsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return TestFiles.write(dir, name, content);
    }

    @Test
    void monthlyAndQuarterlyValuesCountForAYearOthersAsWritten() throws Exception {
        Path file = write("deals.csv", "id,amount,stage,closeDate,outcome,Value Period\n"
                + "M,200,Won,2024-01-05,WON,monthly\nQ,1000,Won,2024-01-05,WON,Quarterly\n"
                + "A,4800,Won,2024-01-05,WON,annual\nO,900,Won,2024-01-05,WON,one_time\n"
                + "B,500,Won,2024-01-05,WON,\nW,100,Won,2024-01-05,WON,fortnightly\n"
                + "Z,0,Lost,2024-01-05,LOST_COMPETITION,monthly\n");
        DealsCsvReader.Result read = DealsCsvReader.read(file, ImportMapping.defaults());

        assertThat(read.deals()).extracting(Deal::amount).containsExactly(2400.0, 4000.0, 4800.0, 900.0, 500.0,
                100.0, 0.0);
        assertThat(Detection.english(read.summary().detections())).contains(
                "'Value Period' gives each amount's period: 2 amounts of a shorter period counted for a year (a"
                        + " monthly one × 12, a quarterly one × 4); one-time and annual amounts as written",
                "1 amount with a period 'Value Period' cannot tell (e.g. 'fortnightly') counted as written: use"
                        + " monthly, quarterly, annual or one_time");
    }

    @Test
    void anAmountColumnThatHoldsAYearIsNotCountedTwice() throws Exception {
        Path file = write("deals.csv", "id,Annualized Value,stage,closeDate,outcome,value_period\n"
                + "M,2400,Won,2024-01-05,WON,monthly\n");
        String mapping = "{\"columns\": {\"Annualized Value\": \"amount\"}}";
        DealsCsvReader.Result read = DealsCsvReader.read(file, ImportMappingJson.parse(mapping));

        assertThat(read.deals()).extracting(Deal::amount).containsExactly(2400.0);
        assertThat(Detection.english(read.summary().detections())).contains(
                "'Annualized Value' holds a year's value already, so 'value_period' does not change it");
    }

    @Test
    void bothPartsOfALargeFileAreCountedForAYear() throws Exception {
        System.setProperty("hourglass.csv.parts", "2");
        try {
            StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome,segment,owner,value_period\n");
            int rows = 200_000;
            for (int row = 1; row <= rows; row++) {
                csv.append('D').append(row).append(",100,Won,2024-01-05,WON,SMB,Rep ").append(row % 50)
                        .append(row % 2 == 0 ? ",monthly\n" : ",annual\n");
            }
            Path file = write("large.csv", csv.toString());
            assertThat(Files.size(file)).as("read in two parts").isGreaterThan(Utf8CsvRows.SPLIT_FROM);
            DealsCsvReader.Result read = DealsCsvReader.read(file, ImportMapping.defaults());

            assertThat(read.deals().stream().mapToDouble(Deal::amount).sum()).isEqualTo(rows / 2 * (1200.0 + 100));
            assertThat(read.deals().get(rows - 1).amount()).isEqualTo(1200);
            assertThat(Detection.english(read.summary().detections())).contains("'value_period' gives each amount's"
                    + " period: 100,000 amounts of a shorter period counted for a year (a monthly one × 12, a"
                    + " quarterly one × 4); one-time and annual amounts as written");
        } finally {
            System.clearProperty("hourglass.csv.parts");
        }
    }
}
