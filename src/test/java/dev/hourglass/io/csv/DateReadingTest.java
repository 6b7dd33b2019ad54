package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReadingTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2017, 3, 1);

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "ISO                  | 2017-03-01",
        "ISO                  | 2017-03-01T10:00:00Z",
        "ISO                  | 2017-03-01 10:00",
        "YEAR_MONTH_DAY_SLASH | 2017/03/01",
        "YEAR_MONTH_DAY_SLASH | 2017/3/1 10:00:00",
        "MONTH_DAY_YEAR_SLASH | 3/1/2017",
        "MONTH_DAY_YEAR_SLASH | 03/01/2017",
        "MONTH_DAY_YEAR_SLASH | 3/1/2017 10:00 AM",
        "MONTH_DAY_YEAR_SLASH | 3/1/2017, 10:00 p.m.",
        "MONTH_DAY_YEAR_SLASH | 3/1/17",
        "DAY_MONTH_YEAR_SLASH | 1/3/2017",
        "DAY_MONTH_YEAR_SLASH | 01/03/2017 23:59:59",
        "MONTH_DAY_YEAR_DASH  | 03-01-2017",
        "DAY_MONTH_YEAR_DASH  | 01-03-2017 19:58",
        "DAY_MONTH_YEAR_DASH  | 1-3-2017T19:58:00.123+01:00",
        "DAY_MONTH_YEAR_DOT   | 01.03.2017",
        "DAY_MONTH_YEAR_DOT   | 1.3.2017 08:15 UTC",
        "DAY_MONTH_YEAR_DOT   | 1.3.17",
        "MONTH_NAME_DAY_YEAR  | Mar 1, 2017",
        "MONTH_NAME_DAY_YEAR  | March 1, 2017",
        "MONTH_NAME_DAY_YEAR  | mar 01 2017",
        "MONTH_NAME_DAY_YEAR  | Mar. 1, 2017 10:00 AM GMT+1",
        "DAY_MONTH_NAME_YEAR  | 1 Mar 2017",
        "DAY_MONTH_NAME_YEAR  | 1 MARCH 2017",
        "DAY_MONTH_NAME_YEAR  | 01-Mar-2017",
        "DAY_MONTH_NAME_YEAR  | 01-Mar-17 10:00",
        // a spreadsheet's long date formats (Google Sheets, Excel): the weekday before the date
        "MONTH_NAME_DAY_YEAR  | Wednesday, March 1, 2017",
        "MONTH_NAME_DAY_YEAR  | Wed, Mar 1, 2017",
        "DAY_MONTH_NAME_YEAR  | Wednesday, 1 March 2017",
        "DAY_MONTH_NAME_YEAR  | Wed 1 Mar 2017",
    })
    void everyReadingReadsItsWayOfWritingMarch1(BuiltInDateReading reading, String text) {
        assertThat(reading.read(text)).isEqualTo(MARCH_1);
        assertThat(reading.read("  " + text + " ")).isEqualTo(MARCH_1);
    }

    @ParameterizedTest(name = "{0} does not read {1}")
    @CsvSource(delimiter = '|', value = {
        "ISO                  | 2017-02-30",
        "ISO                  | 3/1/2017",
        "YEAR_MONTH_DAY_SLASH | 2017/13/01",
        "YEAR_MONTH_DAY_SLASH | 17/03/01",
        "MONTH_DAY_YEAR_SLASH | 13/1/2017",
        "MONTH_DAY_YEAR_SLASH | 2/30/2017",
        "MONTH_DAY_YEAR_SLASH | 3/1/201",
        "MONTH_DAY_YEAR_SLASH | 3/1/2017 10",
        "MONTH_DAY_YEAR_SLASH | 3/1/2017 25:00",
        "MONTH_DAY_YEAR_SLASH | 3/1/2017x",
        "MONTH_DAY_YEAR_SLASH | 3-1-2017",
        "DAY_MONTH_YEAR_SLASH | 26/13/2018",
        "DAY_MONTH_YEAR_SLASH | 001/03/2017",
        "DAY_MONTH_YEAR_DASH  | 2017-03-01",
        "DAY_MONTH_YEAR_DOT   | 1.3",
        "MONTH_NAME_DAY_YEAR  | Ma 1, 2017",
        "MONTH_NAME_DAY_YEAR  | Marc 1, 2017",
        "MONTH_NAME_DAY_YEAR  | Feb 30, 2017",
        "MONTH_NAME_DAY_YEAR  | Mar 12017",
        "DAY_MONTH_NAME_YEAR  | 1 Mar-2017",
        "DAY_MONTH_NAME_YEAR  | 1 Mrz 2017",
        "MONTH_NAME_DAY_YEAR  | Wedding, March 1, 2017",
        "MONTH_NAME_DAY_YEAR  | Wednesday,March 1, 2017",
        "DAY_MONTH_NAME_YEAR  | Someday 1 Mar 2017",
    })
    void aReadingDoesNotReadOtherWritings(BuiltInDateReading reading, String text) {
        assertThat(reading.read(text)).isNull();
    }

    @Test
    void twoDigitYearsAre2000To2069And1970To1999() {
        assertThat(BuiltInDateReading.MONTH_DAY_YEAR_SLASH.read("12/31/69")).isEqualTo(LocalDate.of(2069, 12, 31));
        assertThat(BuiltInDateReading.MONTH_DAY_YEAR_SLASH.read("1/1/70")).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(BuiltInDateReading.DAY_MONTH_YEAR_DOT.read("26.02.18")).isEqualTo(LocalDate.of(2018, 2, 26));
    }

    @Test
    void septIsSeptember() {
        assertThat(BuiltInDateReading.MONTH_NAME_DAY_YEAR.read("Sept 5, 2019")).isEqualTo(LocalDate.of(2019, 9, 5));
        assertThat(BuiltInDateReading.DAY_MONTH_NAME_YEAR.read("5 September 2019")).isEqualTo(LocalDate.of(2019, 9, 5));
    }

    @Test
    void aMappingPatternStandsForTheBuiltInReadingItMatchesOrIsReadAsWritten() {
        assertThat(DateFormats.reading("d/M/yyyy")).isEqualTo(BuiltInDateReading.DAY_MONTH_YEAR_SLASH);
        assertThat(DateFormats.reading("MM/dd/yy HH:mm")).isEqualTo(BuiltInDateReading.MONTH_DAY_YEAR_SLASH);
        assertThat(DateFormats.reading("dd.MM.yyyy")).isEqualTo(BuiltInDateReading.DAY_MONTH_YEAR_DOT);
        assertThat(DateFormats.reading("yyyy-MM-dd'T'HH:mm:ss")).isEqualTo(BuiltInDateReading.ISO);
        assertThat(DateFormats.reading("MMM d, yyyy")).isEqualTo(BuiltInDateReading.MONTH_NAME_DAY_YEAR);
        assertThat(DateFormats.reading("dd-MMM-yyyy")).isEqualTo(BuiltInDateReading.DAY_MONTH_NAME_YEAR);
        DateReading compact = DateFormats.reading("yyyyMMdd");
        assertThat(compact.read("20170301")).isEqualTo(MARCH_1);
        assertThat(compact.read("20170301 10:00")).isEqualTo(MARCH_1);
        assertThat(compact.read("20170230")).isNull();
        assertThat(compact.read("2017-03-01")).isNull();
        assertThat(compact.label()).isEqualTo("yyyyMMdd");
        assertThat(compact.example()).isEqualTo("20170331");
    }

    @Test
    void aPatternThatIsNotADatePatternIsRefused() {
        assertThatThrownBy(() -> DateFormats.reading("qqqq-bogus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateFormats.reading("HH:mm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day, month and year");
    }

    /** Each reading with the {@code java.time} pattern that writes it, and a time some exports add. */
    private static final Object[][] WRITTEN = {
        {BuiltInDateReading.ISO, "yyyy-MM-dd", "'T'HH:mm:ss'Z'"},
        {BuiltInDateReading.YEAR_MONTH_DAY_SLASH, "yyyy/MM/dd", " HH:mm"},
        {BuiltInDateReading.MONTH_DAY_YEAR_SLASH, "M/d/yyyy", " h:mm a"},
        {BuiltInDateReading.DAY_MONTH_YEAR_SLASH, "dd/MM/yyyy", " HH:mm:ss"},
        {BuiltInDateReading.MONTH_DAY_YEAR_DASH, "MM-dd-yyyy", " HH:mm"},
        {BuiltInDateReading.DAY_MONTH_YEAR_DASH, "d-M-yyyy", " HH:mm"},
        {BuiltInDateReading.DAY_MONTH_YEAR_DOT, "dd.MM.yyyy", " HH:mm"},
        {BuiltInDateReading.MONTH_NAME_DAY_YEAR, "MMM d, yyyy", " h:mm a"},
        {BuiltInDateReading.MONTH_NAME_DAY_YEAR, "MMMM d, yyyy", ""},
        {BuiltInDateReading.DAY_MONTH_NAME_YEAR, "d MMM yyyy", " HH:mm"},
        {BuiltInDateReading.DAY_MONTH_NAME_YEAR, "dd-MMM-yyyy", ""},
        {BuiltInDateReading.DAY_MONTH_NAME_YEAR, "d MMMM yyyy", ""},
    };

    @Property(tries = 3000)
    void anyDateWrittenInAnyWayIsReadBackEqual(@ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 366) int dayOfYear, @ForAll @IntRange(min = 0, max = 11) int way,
            @ForAll boolean withTime) {
        LocalDate date = LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear()));
        Object[] written = WRITTEN[way];
        String pattern = written[1] + (withTime ? (String) written[2] : "");
        String text = DateTimeFormatter.ofPattern(pattern, Locale.US).format(date.atTime(21, 7, 5));
        assertThat(((DateReading) written[0]).read(text)).as(text).isEqualTo(date);
        assertThat(DateFormats.reading(pattern).read(text)).as(text + " by " + pattern).isEqualTo(date);
    }
}
