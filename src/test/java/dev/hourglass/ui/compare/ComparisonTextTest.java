package dev.hourglass.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ComparisonTextTest {
    private final ComparisonText en = new ComparisonText(new FigureFormatter(Locale.US, "USD"));
    private final ComparisonText de = new ComparisonText(new FigureFormatter(Locale.GERMANY, "USD"));

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    @Test
    void aRatesDifferenceIsInPointsNotPercent() {
        // NRR 105 % → 110 % is 5 points; "5%" read as 5 % of 105 %
        assertThat(plain(en.delta("retention.nrr", OptionalDouble.of(1.10 - 1.05)))).isEqualTo("+5.0 pts");
        assertThat(plain(de.delta("retention.nrr", OptionalDouble.of(1.10 - 1.05)))).isEqualTo("+5,0 Pp.");
        assertThat(plain(en.value("retention.nrr", OptionalDouble.of(1.10)))).isEqualTo("110%");
    }

    @Test
    void figuresAreNamedAndWrittenAsTheCatalogueDoes() {
        assertThat(en.label("unitEconomics.cac")).isEqualTo("Unit economics · CAC");
        assertThat(de.label("retentionProgram.logosSaved")).isEqualTo("Bindungsprogramm · Gehaltene Kunden");
        assertThat(en.value("unitEconomics.cac", OptionalDouble.of(18_000))).isEqualTo("$18,000");
        assertThat(en.delta("unitEconomics.cac", OptionalDouble.of(-9_000))).isEqualTo("-$9,000");
        assertThat(en.value("unitEconomics.ltvToCac", OptionalDouble.of(3.7289))).isEqualTo("3.7×");
        assertThat(en.value("unitEconomics.ltvToCac", OptionalDouble.empty())).isEqualTo("no data");
        assertThat(en.label("some.futureKey")).isEqualTo("some.futureKey");
        assertThat(en.value("some.futureKey", OptionalDouble.of(0.25))).isEqualTo("0.25");
    }

    @Test
    void aChangeUnderTheValueHasItsSignAndShareAndIsEmptyWhereNothingChanged() {
        assertThat(en.change("unitEconomics.cac", OptionalDouble.of(2_400), OptionalDouble.of(0.1)))
                .isEqualTo("+$2,400 (+10%)");
        assertThat(en.change("unitEconomics.cac", OptionalDouble.of(-9_000), OptionalDouble.of(-0.5)))
                .isEqualTo("-$9,000 (-50%)");
        assertThat(plain(en.change("retention.nrr", OptionalDouble.of(0.05), OptionalDouble.empty())))
                .isEqualTo("+5.0 pts");
        assertThat(en.change("unitEconomics.cac", OptionalDouble.of(0), OptionalDouble.of(0))).isEmpty();
        assertThat(en.change("unitEconomics.cac", OptionalDouble.empty(), OptionalDouble.empty())).isEmpty();
    }
}
