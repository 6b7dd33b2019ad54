package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** How far detection reads: the sample, and past it only while a column is still open. */
class ReadingsDetectorTest {
    private static final List<String> HEADER = List.of("Close Date", "Amount");
    private static final Map<Integer, String> FIELDS = Map.of(0, "closeDate", 1, "amount");
    private static final LocaleConventions US = LocaleConventions.of(Locale.US);

    /** Rows of a close date and an amount, counting how many were read. */
    private static final class Rows implements Iterator<CsvRow> {
        private final int count;
        private final IntFunction<String> date;
        private final CsvRow row = new CsvRow();
        private int read;

        Rows(int count, IntFunction<String> date) {
            this.count = count;
            this.date = date;
        }

        @Override
        public boolean hasNext() {
            return read < count;
        }

        @Override
        public CsvRow next() {
            read++;
            row.begin(read + 1);
            char[] close = date.apply(read).toCharArray();
            char[] amount = "1200".toCharArray();
            row.add(close, 0, close.length);
            row.add(amount, 0, amount.length);
            return row;
        }
    }

    @Test
    void isoDatesAndPlainNumbersAreDecidedByTheSampleAlone() {
        Rows rows = new Rows(50_000, i -> LocalDate.of(2018, 1, 1).plusDays(i % 700).toString());
        ColumnReadings readings = ReadingsDetector.detect(rows, HEADER, FIELDS, DateFormats.none(), US);
        assertThat(rows.read).isEqualTo(ReadingsDetector.SAMPLE_ROWS);
        assertThat(readings.date(0)).isNull();
        assertThat(readings.decimalMark(1)).isEqualTo('.');
        assertThat(Detection.english(readings.detections())).isEmpty();
    }

    @Test
    void anOpenColumnIsReadOnlyUntilAValueDecidesIt() {
        Rows rows = new Rows(50_000, i -> i == 4_321 ? "13/1/2019" : (i % 12 + 1) + "/1/2019");
        ColumnReadings readings = ReadingsDetector.detect(rows, HEADER, FIELDS, DateFormats.none(), US);
        assertThat(rows.read).isEqualTo(4_321);
        assertThat(readings.date(0)).isEqualTo(BuiltInDateReading.DAY_MONTH_YEAR_SLASH);
        assertThat(Detection.english(readings.detections())).containsExactly(
                "Close Date: dates read as D/M/YYYY (13/1/2019 on line 4322 has a day above 12)");
    }

    @Test
    void aColumnOpenToTheEndIsLeftToTheLocale() {
        Rows rows = new Rows(3_000, i -> (i % 12 + 1) + "/1/2019");
        ColumnReadings readings = ReadingsDetector.detect(rows, HEADER, FIELDS, DateFormats.none(), US);
        assertThat(rows.read).isEqualTo(3_000);
        assertThat(readings.date(0)).isEqualTo(BuiltInDateReading.MONTH_DAY_YEAR_SLASH);
    }

    /** Text fields (ids, owners, stages …) hold no date or amount to read: their columns are not looked at. */
    @Test
    void textColumnsAreNotRead() {
        Rows rows = new Rows(3_000, i -> (i % 12 + 1) + "/1/2019");
        ColumnReadings asOwner = ReadingsDetector.detect(rows, HEADER, Map.of(0, "owner"), DateFormats.none(), US);
        assertThat(rows.read).isZero();
        assertThat(asOwner.date(0)).isNull();
        assertThat(asOwner.detections()).isEmpty();

        Rows again = new Rows(3_000, i -> (i % 12 + 1) + "/1/2019");
        ColumnReadings withAmount = ReadingsDetector.detect(again, HEADER, Map.of(0, "id", 1, "amount"),
                DateFormats.none(), US);
        assertThat(again.read).isEqualTo(ReadingsDetector.SAMPLE_ROWS);
        assertThat(withAmount.date(0)).isNull();
        assertThat(withAmount.decimalMark(1)).isEqualTo('.');
    }

    @Test
    void noColumnToReadReadsNoRow() {
        Rows rows = new Rows(10, i -> "3/1/2017");
        assertThat(ReadingsDetector.detect(rows, HEADER, Map.of(), DateFormats.none(), US).detections()).isEmpty();
        assertThat(rows.read).isZero();
    }

    @Test
    void theLocaleOrderComesFromItsShortDatePattern() {
        assertThat(LocaleConventions.of(Locale.US).monthFirst()).isTrue();
        assertThat(LocaleConventions.of(Locale.UK).monthFirst()).isFalse();
        assertThat(LocaleConventions.of(Locale.FRANCE).monthFirst()).isFalse();
        assertThat(LocaleConventions.of(Locale.GERMANY).decimalComma()).isTrue();
        assertThat(LocaleConventions.of(Locale.US).decimalComma()).isFalse();
    }
}
