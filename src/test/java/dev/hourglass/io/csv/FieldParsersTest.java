package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FieldParsersTest {

    @Test
    void numbersArePlainDecimals() {
        assertThat(FieldParsers.number("1200")).isEqualTo(1200.0);
        assertThat(FieldParsers.number(" -12.5 ")).isEqualTo(-12.5);
        assertThat(FieldParsers.number("1e3")).isEqualTo(1000.0);
        assertThat(FieldParsers.number("")).isNull();
        assertThat(FieldParsers.number("12,500")).isNull();
        assertThat(FieldParsers.number("$100")).isNull();
        assertThat(FieldParsers.number("NaN")).isNull();
        assertThat(FieldParsers.number("1e400")).isNull();
        assertThat(FieldParsers.number("1.2.3")).isNull();
    }

    @Test
    void datesAreIsoAndDateTimesKeepTheirDate() {
        assertThat(FieldParsers.date("2017-03-31")).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(FieldParsers.date("2017-03-31T10:15:00Z")).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(FieldParsers.date("2017-02-30")).isNull();
        assertThat(FieldParsers.date("31/03/2017")).isNull();
        assertThat(FieldParsers.date("2017-3-1")).isNull();
        assertThat(FieldParsers.date("2017-03-31x")).isNull();
    }

    @Test
    void monthsAreSharedButNeverMixedUp() {
        // 2020-01 and 2105-05 share a slot of the month cache (the slot is the month count modulo 1,024)
        byte[] text = "2020-01,2105-05,2020-01-31".getBytes(StandardCharsets.US_ASCII);
        YearMonth january = FieldParsers.month(text, 0, 7);
        assertThat(january).isEqualTo(YearMonth.of(2020, 1));
        assertThat(FieldParsers.month(text, 8, 15)).isEqualTo(YearMonth.of(2105, 5));
        assertThat(FieldParsers.month(text, 0, 7)).isEqualTo(YearMonth.of(2020, 1));
        assertThat(FieldParsers.month(text, 16, 26)).isEqualTo(YearMonth.of(2020, 1));
        assertThat(FieldParsers.month("2020-01")).isSameAs(FieldParsers.month("2020-01"));
    }

    @Test
    void aSimpleAmountOfBytesIsNaNWhenItNeedsTheGeneralPath() {
        byte[] text = " 1234.5 ,1.234,50,abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(FieldParsers.simpleAmount(text, 0, 8, '.')).isEqualTo(1234.5);
        assertThat(FieldParsers.simpleAmount(text, 9, 17, ',')).isNaN();
        assertThat(FieldParsers.simpleAmount(text, 18, 21, '.')).isNaN();
    }

    @Test
    void monthsAcceptYearMonthOrADate() {
        assertThat(FieldParsers.month("2020-01")).isEqualTo(YearMonth.of(2020, 1));
        assertThat(FieldParsers.month("2020-01-17")).isEqualTo(YearMonth.of(2020, 1));
        assertThat(FieldParsers.month("2020-13")).isNull();
        assertThat(FieldParsers.month("Jan 2020")).isNull();
    }

    @Property(tries = 2000)
    void theFastDecimalPathRoundsExactlyLikeParseDouble(@ForAll @LongRange(min = -999_999_999_999_999L,
            max = 999_999_999_999_999L) long digits, @ForAll @IntRange(min = 0, max = 15) int decimals) {
        String text = BigDecimal.valueOf(digits, decimals).toPlainString();
        assertThat(FieldParsers.number(text)).as(text).isEqualTo(Double.parseDouble(text));
    }
}
