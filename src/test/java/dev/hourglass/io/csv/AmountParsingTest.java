package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.csv.AmountText.DecimalEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParsingTest {

    @ParameterizedTest(name = "{0} with a decimal {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "1200                | . | 1200",
        "-12.5               | . | -12.5",
        "1e3                 | . | 1000",
        "$1,200.50           | . | 1200.5",
        "$ 1,200.50          | . | 1200.5",
        "1.200,50 €          | , | 1200.5",
        "1 200,50            | , | 1200.5",
        "1\u00A0200,50       | , | 1200.5",
        "1\u202F200,50 €     | , | 1200.5",
        "1'200.50 CHF        | . | 1200.5",
        "USD 1200            | . | 1200",
        "USD1200             | . | 1200",
        "1200 USD            | . | 1200",
        "EUR 1.200,50        | , | 1200.5",
        "US$1,000            | . | 1000",
        "£99.99              | . | 99.99",
        "(300)               | . | -300",
        "($1,300.25)         | . | -1300.25",
        "-$300               | . | -300",
        "$-300               | . | -300",
        "−300                | . | -300",
        "300-                | . | -300",
        "1,234,567.89        | . | 1234567.89",
        "1.234.567,89        | , | 1234567.89",
        "1,00,000            | . | 100000",
        "12,5                | , | 12.5",
        "1200                | , | 1200",
        "1,200               | . | 1200",
        "1,200               | , | 1.2",
        "0,5                 | , | 0.5",
        "1234567890123456789 | . | 1234567890123456789",
    })
    void amountsAsExportsWriteThem(String text, char decimalMark, double expected) {
        assertThat(FieldParsers.amount(text, decimalMark)).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with a decimal {1} is not an amount")
    @CsvSource(delimiter = '|', value = {
        "12%        | .",
        "12 %       | .",
        "abc        | .",
        "$          | .",
        "()         | .",
        "1.2.3      | .",
        "12.5       | ,",
        "1,200.50   | ,",
        "1.200,50   | .",
        "1,20       | .",
        "12,34,5    | .",
        "1,2345     | .",
        "USDX 100   | .",
        "usd 100    | .",
        "1 2        | .",
        "NaN        | .",
        "1e400      | .",
        "12.50.     | .",
    })
    void notAmounts(String text, char decimalMark) {
        assertThat(FieldParsers.amount(text, decimalMark)).as(text).isNull();
    }

    @Test
    void blanksAreNoAmount() {
        assertThat(FieldParsers.amount("", '.')).isNull();
        assertThat(FieldParsers.amount("   ", ',')).isNull();
    }

    @ParameterizedTest(name = "{0} tells {1}")
    @CsvSource(delimiter = '|', value = {
        "1200         | NONE",
        "$1,200.50    | POINT",
        "1.200,50 €   | COMMA",
        "12,5         | COMMA",
        "12.5         | POINT",
        "1,200,000    | POINT",
        "1.200.000    | COMMA",
        "0,500        | COMMA",
        "0.500        | POINT",
        "1,200        | AMBIGUOUS",
        "1.200        | AMBIGUOUS",
        "USD 12,000   | AMBIGUOUS",
    })
    void whatAValueTellsAboutTheDecimalMark(String text, DecimalEvidence expected) {
        assertThat(AmountText.decimalEvidence(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "true  | true", "TRUE | true", "False | false", "yes | true", "No | false", "y | true", "N | false",
        "1 | true", "0 | false", " Yes  | true"})
    void yesAndNo(String text, boolean expected) {
        assertThat(FieldParsers.bool(text)).isEqualTo(expected);
    }

    @Test
    void otherTextIsNeitherYesNorNo() {
        assertThat(FieldParsers.bool("")).isNull();
        assertThat(FieldParsers.bool("maybe")).isNull();
        assertThat(FieldParsers.bool("2")).isNull();
        assertThat(FieldParsers.bool("yess")).isNull();
        assertThat(FieldParsers.bool("t")).isNull();
    }
}
