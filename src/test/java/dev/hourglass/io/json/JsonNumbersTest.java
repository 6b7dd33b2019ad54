package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    @Test
    void lastBitNoiseOfDoubleArithmeticIsGone() {
        assertThat(JsonNumbers.format(300 * (0.18 - 0.14))).isEqualTo("12");
        assertThat(JsonNumbers.format(0.27999999999999925)).isEqualTo("0.28");
        assertThat(JsonNumbers.format(41999.99999999988)).isEqualTo("42000");
    }

    @Test
    void numbersKeepTwelveSignificantDigits() {
        assertThat(JsonNumbers.format(1 / 0.18)).isEqualTo("5.55555555556");
        assertThat(JsonNumbers.format(0.03125)).isEqualTo("0.03125");
        assertThat(JsonNumbers.format(1_234_567_890.12)).isEqualTo("1234567890.12");
        assertThat(JsonNumbers.format(11.25)).isEqualTo("11.25");
        assertThat(JsonNumbers.format(-2_500_000)).isEqualTo("-2500000");
        assertThat(JsonNumbers.format(0)).isEqualTo("0");
        assertThat(JsonNumbers.format(1e25)).isEqualTo("1E+25");
    }

    @Test
    void wholeNumbersAreWrittenAsTheRoundingWouldWriteThem() {
        assertThat(JsonNumbers.format(8_800)).isEqualTo("8800");
        assertThat(JsonNumbers.format(-1)).isEqualTo("-1");
        assertThat(JsonNumbers.format(999_999_999_999.0)).isEqualTo("999999999999");
        assertThat(JsonNumbers.format(-999_999_999_999.0)).isEqualTo("-999999999999");
        assertThat(JsonNumbers.format(1e12)).isEqualTo("1000000000000");
        assertThat(JsonNumbers.format(1_234_567_890_123.0)).isEqualTo("1234567890120");
        assertThat(JsonNumbers.format(-0.0)).isEqualTo("0");
    }

    @Test
    void nanIsNeverWritten() {
        assertThatThrownBy(() -> JsonNumbers.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
