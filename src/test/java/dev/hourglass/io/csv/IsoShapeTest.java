package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A value written YYYY-MM-DD or YYYY-MM (any digits) is read by no built-in date reading but ISO, and is no amount:
 * detection votes on it without asking the other readings ({@link FieldParsers#isIsoShaped}).
 */
class IsoShapeTest {
    @Provide
    Arbitrary<String> isoShaped() {
        Arbitrary<String> four = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<String> two = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<String> day = Combinators.combine(four, two, two).as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> month = Combinators.combine(four, two).as((y, m) -> y + "-" + m);
        Arbitrary<String> plausible = Combinators.combine(Arbitraries.integers().between(1900, 2100),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        return Arbitraries.oneOf(day, month, plausible);
    }

    @Property(tries = 3000)
    void onlyIsoReadsAnIsoShapedValueAndItIsNoAmount(@ForAll("isoShaped") String value) {
        assertThat(FieldParsers.isIsoShaped(value)).isTrue();
        for (BuiltInDateReading reading : BuiltInDateReading.values()) {
            if (reading != BuiltInDateReading.ISO) {
                assertThat(reading.read(value)).as(reading + " " + value).isNull();
            }
        }
        assertThat(FieldParsers.amount(value, '.')).as(value).isNull();
        assertThat(FieldParsers.amount(value, ',')).as(value).isNull();
    }

    @Property(tries = 1000)
    void otherShapesAreNotTakenForIso(@ForAll("isoShaped") String value) {
        for (String other : new String[] {" " + value, value + " ", value.replace('-', '/'), value + "T10:00",
            value.substring(1), "1" + value}) {
            assertThat(FieldParsers.isIsoShaped(other)).as(other).isFalse();
        }
    }
}
