package dev.hourglass.model.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureParserTest {
    private final FigureParser en = new FigureParser(Locale.US);
    private final FigureParser de = new FigureParser(Locale.GERMANY);

    @Test
    void groupingAndDecimalMarksOfTheLocale() {
        assertThat(en.parse(Unit.MONEY, "24,000")).isEqualTo(24_000);
        assertThat(de.parse(Unit.MONEY, "24.000")).isEqualTo(24_000);
        assertThat(en.parse(Unit.MONEY, "1,234,567.5")).isEqualTo(1_234_567.5);
        assertThat(de.parse(Unit.MONEY, "1.234.567,5")).isEqualTo(1_234_567.5);
        assertThat(en.parse(Unit.COUNT, "12.5")).isEqualTo(12.5);
        assertThat(de.parse(Unit.COUNT, "12,5")).isEqualTo(12.5);
    }

    @Test
    void aNumberPastedFromTheOtherLocaleIsReadByItsMarks() {
        assertThat(de.parse(Unit.COUNT, "0.18")).isEqualTo(0.18);
        assertThat(de.parse(Unit.MONEY, "1,234.5")).isEqualTo(1_234.5);
        assertThat(en.parse(Unit.COUNT, "12,5")).isEqualTo(12.5);
        assertThat(en.parse(Unit.MONEY, "1.234,5")).isEqualTo(1_234.5);
    }

    @Test
    void magnitudeWords() {
        assertThat(en.parse(Unit.MONEY, "24k")).isEqualTo(24_000);
        assertThat(en.parse(Unit.MONEY, "$1.2M")).isCloseTo(1_200_000, within(1e-6));
        assertThat(en.parse(Unit.MONEY, "$1.65B")).isCloseTo(1_650_000_000, within(1e-3));
        assertThat(de.parse(Unit.MONEY, "24k")).isEqualTo(24_000);
        assertThat(de.parse(Unit.MONEY, "1,2 Mio. $")).isCloseTo(1_200_000, within(1e-6));
        assertThat(de.parse(Unit.MONEY, "240 Tsd. $")).isEqualTo(240_000);
        assertThat(de.parse(Unit.MONEY, "1,65 Mrd.")).isCloseTo(1_650_000_000, within(1e-3));
    }

    @Test
    void whatTheFormatterWritesReadsBack() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY}) {
            FigureFormatter f = new FigureFormatter(locale, "USD");
            FigureParser p = f.parser();
            assertThat(p.parse(Unit.MONEY, f.money(24_000))).isEqualTo(24_000);
            assertThat(p.parse(Unit.MONEY, f.moneyCompact(19_410_000))).isCloseTo(19_410_000, within(1e-6));
            assertThat(p.parse(Unit.PERCENT, f.percent(0.185))).isCloseTo(0.185, within(1e-12));
            assertThat(p.parse(Unit.MONTHS, f.format("unitEconomics.simplePaybackMonths", 11.5))).isEqualTo(11.5);
            assertThat(p.parse(Unit.POINTS, f.format("retentionProgram.breakEvenChurnReduction", 0.05)))
                    .isCloseTo(0.05, within(1e-12));
            assertThat(p.parse(Unit.MULTIPLE, f.multiple(3.5))).isEqualTo(3.5);
        }
    }

    @Test
    void currencySignsAndCodesAreIgnored() {
        assertThat(en.parse(Unit.MONEY, "$24,000")).isEqualTo(24_000);
        assertThat(en.parse(Unit.MONEY, "USD 24,000")).isEqualTo(24_000);
        assertThat(de.parse(Unit.MONEY, "24.000 €")).isEqualTo(24_000);
        assertThat(de.parse(Unit.MONEY, "24.000 EUR")).isEqualTo(24_000);
        assertThat(de.parse(Unit.MONEY, "24.000\u00a0$")).isEqualTo(24_000);
    }

    @Test
    void ratesAsPercentOrFraction() {
        assertThat(en.parse(Unit.PERCENT, "18 %")).isCloseTo(0.18, within(1e-12));
        assertThat(en.parse(Unit.PERCENT, "18%")).isCloseTo(0.18, within(1e-12));
        assertThat(en.parse(Unit.PERCENT, "18")).isCloseTo(0.18, within(1e-12));
        assertThat(en.parse(Unit.PERCENT, "0.18")).isCloseTo(0.18, within(1e-12));
        assertThat(en.parse(Unit.PERCENT, "0.5%")).isCloseTo(0.005, within(1e-12));
        assertThat(de.parse(Unit.PERCENT, "18 %")).isCloseTo(0.18, within(1e-12));
        assertThat(de.parse(Unit.PERCENT, "18,5 %")).isCloseTo(0.185, within(1e-12));
        assertThat(de.parse(Unit.PERCENT, "0,18")).isCloseTo(0.18, within(1e-12));
    }

    @Test
    void pointsAreAlwaysPoints() {
        assertThat(en.parse(Unit.POINTS, "5 pts")).isCloseTo(0.05, within(1e-12));
        assertThat(en.parse(Unit.POINTS, "+5.0 pts")).isCloseTo(0.05, within(1e-12));
        assertThat(en.parse(Unit.POINTS, "0.5")).isCloseTo(0.005, within(1e-12));
        assertThat(de.parse(Unit.POINTS, "+5,0 Pp.")).isCloseTo(0.05, within(1e-12));
        assertThat(de.parse(Unit.POINTS, "5 pts")).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void unitWordsAndMinusSigns() {
        assertThat(en.parse(Unit.MONTHS, "24 months")).isEqualTo(24);
        assertThat(de.parse(Unit.MONTHS, "24 Monate")).isEqualTo(24);
        assertThat(en.parse(Unit.YEARS, "3 years")).isEqualTo(3);
        assertThat(de.parse(Unit.YEARS, "3 Jahre")).isEqualTo(3);
        assertThat(en.parse(Unit.MULTIPLE, "3.5×")).isEqualTo(3.5);
        assertThat(de.parse(Unit.MULTIPLE, "3,5x")).isEqualTo(3.5);
        assertThat(en.parse(Unit.MONEY, "\u22121,500")).isEqualTo(-1_500);
        assertThat(de.parse(Unit.MONEY, "-1.500 $")).isEqualTo(-1_500);
    }

    @Test
    void whatIsNoNumberIsRefusedWithAMessageInTheLanguage() {
        assertThatThrownBy(() -> en.parse(Unit.MONEY, "lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"lots\" is not a number");
        assertThatThrownBy(() -> de.parse(Unit.MONEY, "viel")).hasMessage("„viel“ ist keine Zahl");
        assertThatThrownBy(() -> en.parse(Unit.MONEY, " ")).hasMessage("type a number");
        assertThatThrownBy(() -> de.parse(Unit.MONEY, "")).hasMessage("Bitte eine Zahl eingeben");
        assertThatThrownBy(() -> en.parse(Unit.MONEY, "1.2.3x4")).isInstanceOf(IllegalArgumentException.class);
    }
}
