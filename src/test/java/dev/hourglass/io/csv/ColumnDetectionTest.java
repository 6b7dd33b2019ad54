package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.json.ImportMappingJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection of each column's date reading and decimal mark when a CSV file opens (imports.md §3). */
class ColumnDetectionTest {
    private static final List<String> FIELDS = List.of("id", "closeDate", "amount");

    @TempDir
    Path dir;

    /** What a file read as: the close dates and amounts of its rows, and the detections. */
    private record Read(List<LocalDate> dates, List<Double> amounts, List<String> detections) {
    }

    private Read read(String content, Locale locale, ImportMapping mapping) throws Exception {
        Path file = dir.resolve("deals.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, locale);
        try (CsvFile csv = CsvFile.open(file, FIELDS, mapping)) {
            List<LocalDate> dates = new ArrayList<>();
            List<Double> amounts = new ArrayList<>();
            csv.forEachRow(row -> {
                dates.add(row.date(csv.column("closeDate")));
                amounts.add(row.number(csv.column("amount")));
            });
            return new Read(dates, amounts, Detection.english(csv.detections()));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private Read read(String content, Locale locale) throws Exception {
        return read(content, locale, ImportMapping.defaults());
    }

    private static String rows(String... closeDates) {
        StringBuilder b = new StringBuilder("Id,Close Date,Amount\n");
        for (int i = 0; i < closeDates.length; i++) {
            b.append('D').append(i + 1).append(',').append(closeDates[i]).append(",100\n");
        }
        return b.toString();
    }

    /** {@code count} rows whose close dates are ambiguous (every day 12 or less), then {@code last}. */
    private static String ambiguousThen(int count, String last) {
        String[] dates = new String[count + 1];
        for (int i = 0; i < count; i++) {
            dates[i] = (i % 12 + 1) + "/" + (i % 7 + 1) + "/2018";
        }
        dates[count] = last;
        return rows(dates);
    }

    @Test
    void isoDatesNeedNoSentence() throws Exception {
        Read read = read(rows("2017-03-01", "2018-02-26T10:00:00Z"), Locale.US);
        assertThat(read.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 26));
        assertThat(read.detections()).isEmpty();
    }

    @Test
    void aDayAbove12DecidesMonthFirstWhateverTheLocale() throws Exception {
        Read read = read(rows("3/1/2017", "3/26/2017 10:00 AM", "12/5/2017"), Locale.UK);
        assertThat(read.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 26),
                LocalDate.of(2017, 12, 5));
        assertThat(read.detections()).containsExactly(
                "Close Date: dates read as M/D/YYYY (3/26/2017 10:00 AM on line 3 has a day above 12)");
    }

    @Test
    void aDayAbove12DecidesDayFirstWhateverTheLocale() throws Exception {
        Read read = read(rows("01/03/2017", "26/02/2018"), Locale.US);
        assertThat(read.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 26));
        assertThat(read.detections()).containsExactly(
                "Close Date: dates read as D/M/YYYY (26/02/2018 on line 3 has a day above 12)");
    }

    @Test
    void whenEveryDayIs12OrLessTheLocaleDecides() throws Exception {
        String file = rows("3/1/2017", "4/2/2017");
        Read us = read(file, Locale.US);
        assertThat(us.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 2));
        assertThat(us.detections()).containsExactly("Close Date: every day is 12 or less, so both M/D/YYYY and "
                + "D/M/YYYY fit; read as M/D/YYYY (the computer's locale, en_US)");
        Read uk = read(file, Locale.UK);
        assertThat(uk.dates()).containsExactly(LocalDate.of(2017, 1, 3), LocalDate.of(2017, 2, 4));
        assertThat(uk.detections()).containsExactly("Close Date: every day is 12 or less, so both M/D/YYYY and "
                + "D/M/YYYY fit; read as D/M/YYYY (the computer's locale, en_GB)");
        Read german = read(rows("03-01-2017"), Locale.GERMANY);
        assertThat(german.dates()).containsExactly(LocalDate.of(2017, 1, 3));
        assertThat(german.detections()).containsExactly("Close Date: every day is 12 or less, so both M-D-YYYY and "
                + "D-M-YYYY fit; read as D-M-YYYY (the computer's locale, de_DE)");
    }

    @Test
    void whenEveryDayIs12OrLessTheMappingsDateFormatDecidesBeforeTheLocale() throws Exception {
        String file = rows("3/1/2017", "4/2/2017");
        ImportMapping forFile = ImportMappingJson.parse("{\"dateFormat\": \"d/M/yyyy\"}");
        Read read = read(file, Locale.US, forFile);
        assertThat(read.dates()).containsExactly(LocalDate.of(2017, 1, 3), LocalDate.of(2017, 2, 4));
        assertThat(read.detections()).containsExactly("Close Date: every day is 12 or less, so both M/D/YYYY and "
                + "D/M/YYYY fit; read as D/M/YYYY (the mapping's dateFormat)");
        ImportMapping byColumn = ImportMappingJson.parse("{\"dateFormat\": {\"close_date\": \"dd/MM/yyyy\"}}");
        assertThat(read(file, Locale.US, byColumn).dates()).containsExactly(LocalDate.of(2017, 1, 3),
                LocalDate.of(2017, 2, 4));
        ImportMapping byField = ImportMappingJson.parse("{\"dateFormat\": {\"closeDate\": \"M/d/yyyy\"}}");
        assertThat(read(file, Locale.UK, byField).dates()).containsExactly(LocalDate.of(2017, 3, 1),
                LocalDate.of(2017, 4, 2));
        ImportMapping otherColumn = ImportMappingJson.parse("{\"dateFormat\": {\"Created\": \"d/M/yyyy\"}}");
        assertThat(read(file, Locale.US, otherColumn).dates()).containsExactly(LocalDate.of(2017, 3, 1),
                LocalDate.of(2017, 4, 2));
    }

    @Test
    void theValuesDecideBeforeTheMappingsDateFormatAndTheReportSaysSo() throws Exception {
        ImportMapping monthFirst = ImportMappingJson.parse("{\"dateFormat\": \"M/d/yyyy\"}");
        Read read = read(rows("01/03/2017", "26/02/2018"), Locale.US, monthFirst);
        assertThat(read.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 26));
        assertThat(read.detections()).containsExactly("Close Date: dates read as D/M/YYYY (26/02/2018 on line 3 has "
                + "a day above 12); the mapping's dateFormat M/d/yyyy does not fit its values");
    }

    @Test
    void aMappingPatternNoBuiltInReadingStandsForReadsTheColumn() throws Exception {
        ImportMapping compact = ImportMappingJson.parse("{\"dateFormat\": \"yyyyMMdd\"}");
        Read read = read(rows("20170301", "20180226"), Locale.US, compact);
        assertThat(read.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 26));
        assertThat(read.detections()).containsExactly("Close Date: dates read as yyyyMMdd");
    }

    @Test
    void aDayAbove12LateInTheSampleDecides() throws Exception {
        Read read = read(ambiguousThen(900, "31/12/2018"), Locale.US);
        assertThat(read.dates().get(0)).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(read.dates().get(1)).isEqualTo(LocalDate.of(2018, 2, 2));
        assertThat(read.dates().get(900)).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(read.detections()).containsExactly(
                "Close Date: dates read as D/M/YYYY (31/12/2018 on line 902 has a day above 12)");
    }

    @Test
    void aDayAbove12PastTheSampleDecides() throws Exception {
        int rows = ReadingsDetector.SAMPLE_ROWS * 4;
        Read read = read(ambiguousThen(rows, "12/31/2018"), Locale.UK);
        assertThat(read.dates().get(1)).isEqualTo(LocalDate.of(2018, 2, 2));
        assertThat(read.dates().get(2)).isEqualTo(LocalDate.of(2018, 3, 3));
        assertThat(read.dates().get(13)).as("2/7/2018").isEqualTo(LocalDate.of(2018, 2, 7));
        assertThat(read.dates().get(rows)).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(read.dates()).doesNotContainNull();
        assertThat(read.detections()).containsExactly("Close Date: dates read as M/D/YYYY (12/31/2018 on line "
                + (rows + 2) + " has a day above 12)");
    }

    @Test
    void aValueTheChosenReadingCannotReadIsThatRowsError() throws Exception {
        Read read = read(rows("26/02/2018", "27/02/2018", "2/26/2018", "", "1/3/2018"), Locale.US);
        assertThat(read.dates()).containsExactly(LocalDate.of(2018, 2, 26), LocalDate.of(2018, 2, 27), null, null,
                LocalDate.of(2018, 3, 1));
        assertThat(read.detections()).containsExactly("Close Date: dates read as D/M/YYYY (26/02/2018 on line 2 has "
                + "a day above 12); most values are written this way, the others are reported row by row");
    }

    @Test
    void asManyValuesOfEachWayAreLeftToTheLocaleAndReported() throws Exception {
        Read read = read(rows("26/02/2018", "2/26/2018", "1/3/2018"), Locale.US);
        assertThat(read.dates()).containsExactly(null, LocalDate.of(2018, 2, 26), LocalDate.of(2018, 1, 3));
        assertThat(read.detections()).containsExactly("Close Date: as many values fit M/D/YYYY as D/M/YYYY; read as "
                + "M/D/YYYY (the computer's locale, en_US); the others are reported row by row");
    }

    @Test
    void aColumnThatIsNotMostlyDatesKeepsIsoDates() throws Exception {
        Read read = read(rows("soon", "later", "3/1/2017"), Locale.US);
        assertThat(read.dates()).containsExactly(null, null, null);
        assertThat(read.detections()).isEmpty();
    }

    @Test
    void monthNamesAndDotsNeedNoDecisionButAreReported() throws Exception {
        Read names = read(rows("\"Mar 1, 2017\"", "\"February 26, 2018\""), Locale.UK);
        assertThat(names.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 26));
        assertThat(names.detections()).containsExactly("Close Date: dates read as Mon D, YYYY");
        Read dots = read(rows("01.03.2017", "26.02.2018 19:58"), Locale.US);
        assertThat(dots.dates()).containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 26));
        assertThat(dots.detections()).containsExactly("Close Date: dates read as D.M.YYYY");
    }

    @Test
    void aMonthTakesTheColumnsReading() throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, "customer,month,mrr\nA,1/31/2020,10\nB,2/29/2020,20\nC,2020-03,5\n");
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        try (CsvFile csv = CsvFile.open(file, List.of("customer", "month", "mrr"), ImportMapping.defaults())) {
            List<YearMonth> months = new ArrayList<>();
            csv.forEachRow(row -> months.add(row.month(1)));
            assertThat(months).containsExactly(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private static String amounts(String separator, String... values) {
        StringBuilder b = new StringBuilder("Id" + separator + "Close Date" + separator + "Amount\n");
        for (int i = 0; i < values.length; i++) {
            b.append('D').append(i + 1).append(separator).append("2018-01-01").append(separator).append(values[i])
                    .append('\n');
        }
        return b.toString();
    }

    @Test
    void aDecimalCommaIsDetectedFromAValueThatShowsIt() throws Exception {
        Read read = read(amounts(";", "300", "1.200", "1.200,50 €", "(50)"), Locale.US);
        assertThat(read.amounts()).containsExactly(300.0, 1200.0, 1200.5, -50.0);
        assertThat(read.detections()).containsExactly("Amount: 1.200,50 € read with a decimal comma");
    }

    @Test
    void aDecimalPointWithThousandsCommasNeedsNoSentence() throws Exception {
        Read read = read(amounts(";", "$1,200.50", "1,200", "USD 300"), Locale.GERMANY);
        assertThat(read.amounts()).containsExactly(1200.5, 1200.0, 300.0);
        assertThat(read.detections()).isEmpty();
    }

    @Test
    void whenNoValueShowsTheDecimalMarkTheLocaleDecides() throws Exception {
        String file = amounts(";", "1,200", "300");
        Read us = read(file, Locale.US);
        assertThat(us.amounts()).containsExactly(1200.0, 300.0);
        assertThat(us.detections()).containsExactly("Amount: no value shows which is the decimal mark, so 1,200 is "
                + "read with a decimal point, as 1200 (the computer's locale, en_US)");
        Read german = read(file, Locale.GERMANY);
        assertThat(german.amounts()).containsExactly(1.2, 300.0);
        assertThat(german.detections()).containsExactly("Amount: no value shows which is the decimal mark, so 1,200 "
                + "is read with a decimal comma, as 1.2 (the computer's locale, de_DE)");
    }

    @Test
    void aPoundOrDollarSignReadsAnOpenValueWithADecimalPointWhateverTheLocale() throws Exception {
        Read pounds = read(amounts(",", "\"£48,000\"", "\"£12,000\""), Locale.GERMANY);
        assertThat(pounds.amounts()).containsExactly(48000.0, 12000.0);
        assertThat(pounds.detections()).containsExactly("Amount: no value shows which is the decimal mark, so "
                + "£48,000 is read with a decimal point, as 48000 (£ amounts are written with a decimal point)");
        Read dollars = read(amounts(";", "$1,200", "300"), Locale.GERMANY);
        assertThat(dollars.amounts()).containsExactly(1200.0, 300.0);
        Read usDollars = read(amounts(";", "US$1,200", "300"), Locale.GERMANY);
        assertThat(usDollars.amounts()).containsExactly(1200.0, 300.0);
        Read reais = read(amounts(";", "R$1,200", "300"), Locale.GERMANY);
        assertThat(reais.amounts()).as("R$ is written with a decimal comma: the locale decides").containsExactly(1.2, 300.0);
    }

    @Test
    void aValueThatShowsTheDecimalMarkPastTheSampleDecides() throws Exception {
        String[] values = new String[ReadingsDetector.SAMPLE_ROWS * 2 + 1];
        for (int i = 0; i < values.length - 1; i++) {
            values[i] = "\"" + (i + 1) + ",000\"";
        }
        values[values.length - 1] = "\"2,500.75\"";
        Read read = read(amounts(",", values), Locale.GERMANY);
        assertThat(read.amounts().get(0)).isEqualTo(1000.0);
        assertThat(read.amounts().get(values.length - 1)).isEqualTo(2500.75);
        assertThat(read.detections()).isEmpty();
    }

    @Test
    void plainNumbersNeedNoSentence() throws Exception {
        Read read = read(amounts(",", "100", "12.5", "-3"), Locale.GERMANY);
        assertThat(read.amounts()).containsExactly(100.0, 12.5, -3.0);
        assertThat(read.detections()).isEmpty();
    }

    @Test
    void percentagesAreNotAmounts() throws Exception {
        assertThat(read(amounts(",", "12%", "100"), Locale.US).amounts()).containsExactly(null, 100.0);
    }

    @Test
    void aFileWithoutAColumnToReadIsNotSampled() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "a,b\n3/1/2017,1\n");
        try (CsvFile csv = CsvFile.open(file, List.of(), ImportMapping.defaults())) {
            assertThat(csv.detections()).isEmpty();
        }
    }
}
