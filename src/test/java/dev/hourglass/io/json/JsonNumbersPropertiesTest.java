package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The quick rounding to 12 digits gives what rounding the double's exact decimal expansion gives, to the scale. */
class JsonNumbersPropertiesTest {

    @Property(tries = 20_000)
    void anyDoubleRoundsAsItsExactExpansionDoes(@ForAll double value) {
        if (Double.isFinite(value) && value != 0) {
            assertSameRounding(value);
        }
    }

    /** Ratios and sums as reports have them: retention, NRR, MRR with cents. */
    @Property(tries = 20_000)
    void ratiosOfWholeNumbersRoundAsTheirExactExpansionDoes(@ForAll @LongRange(min = 1, max = 10_000_000) long numerator,
            @ForAll @LongRange(min = 1, max = 10_000_000) long denominator) {
        assertSameRounding((double) numerator / denominator);
        assertSameRounding(-(double) numerator / denominator / 100);
    }

    @Property(tries = 20_000)
    void valuesOfEveryMagnitudeRoundAsTheirExactExpansionDoes(@ForAll @DoubleRange(min = 1, max = 10) double mantissa,
            @ForAll @IntRange(min = -40, max = 40) int exponent) {
        assertSameRounding(mantissa * Math.pow(10, exponent));
    }

    /** Twelve digits and a half: the scaled double cannot tell the side, so BigDecimal decides. */
    @Test
    void valuesAtATieOfTheTwelfthDigitRoundAsTheirExactExpansionDoes() {
        for (String tie : new String[] {"0.1234567890125", "1.0000000000005", "9.9999999999995", "999999999999.5",
                "0.9999999999995", "2.5000000000005E-7", "123456.7890125"}) {
            double value = Double.parseDouble(tie);
            assertSameRounding(value);
            assertSameRounding(Math.nextUp(value));
            assertSameRounding(Math.nextDown(value));
        }
        assertThat(JsonNumbers.format(9.99999999999951)).isEqualTo("10");
        assertThat(JsonNumbers.format(0.925239558689123)).isEqualTo("0.925239558689");
    }

    private static void assertSameRounding(double value) {
        BigDecimal quick = JsonNumbers.twelveDigits(value).stripTrailingZeros();
        BigDecimal exact = JsonNumbers.exactly(value).stripTrailingZeros();
        assertThat(quick).as("%s", value).isEqualTo(exact);
        assertThat(quick.scale()).as("scale of %s", value).isEqualTo(exact.scale());
    }
}
