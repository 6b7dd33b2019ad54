package dev.hourglass.model.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.pipeline.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FigureFormatterTest {
    private final FigureFormatter en = new FigureFormatter(Locale.US, "USD");
    private final FigureFormatter de = new FigureFormatter(Locale.GERMANY, "USD");

    /** The formatter writes no-break spaces between a number and its unit; the tests read them as spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private static List<String> plain(List<String> texts) {
        return texts.stream().map(FigureFormatterTest::plain).toList();
    }

    @Test
    void moneyInFullPutsTheCurrencyWhereTheLocaleDoes() {
        assertThat(en.money(24_000)).isEqualTo("$24,000");
        assertThat(plain(de.money(24_000))).isEqualTo("24.000 $");
        assertThat(en.money(12.5)).isEqualTo("$12.50");
        assertThat(plain(de.money(12.5))).isEqualTo("12,50 $");
        assertThat(plain(new FigureFormatter(Locale.GERMANY, "EUR").money(1_234))).isEqualTo("1.234 €");
    }

    /** A half rounds away from zero, as Excel and LibreOffice show it (11.25 months → 11.3, not the banker's 11.2). */
    @Test
    void halvesRoundUpAsSpreadsheetsDo() {
        assertThat(plain(en.format("unitEconomics.simplePaybackMonths", 11.25))).isEqualTo("11.3 months");
        assertThat(plain(de.format("unitEconomics.simplePaybackMonths", 11.25))).isEqualTo("11,3 Monate");
        assertThat(en.fixed(0.125, 2)).isEqualTo("0.13");
        assertThat(en.percent(0.3125)).isEqualTo("31.3%");
        assertThat(en.money(12.125)).isEqualTo("$12.13");
    }

    @Test
    void negativeMoneyAndNegativeZero() {
        assertThat(en.money(-1_500)).isEqualTo("-$1,500");
        assertThat(plain(de.money(-1_500))).isEqualTo("-1.500 $");
        assertThat(en.money(-0.0)).isEqualTo("$0");
        assertThat(plain(de.money(-0.0))).isEqualTo("0 $");
    }

    @Test
    void aCurrencyThatIsNoIsoCodeFollowsTheNumber() {
        assertThat(plain(new FigureFormatter(Locale.US, "Credits").money(24_000))).isEqualTo("24,000 Credits");
    }

    @Test
    void compactMoneyFollowsCldrShortForms() {
        assertThat(en.moneyCompact(19_410_000)).isEqualTo("$19.41M");
        assertThat(en.moneyCompact(3_000_000)).isEqualTo("$3.00M");
        assertThat(en.moneyCompact(1_650_000_000)).isEqualTo("$1.65B");
        assertThat(en.moneyCompact(240_000)).isEqualTo("$240K");
        assertThat(en.moneyCompact(9_500)).isEqualTo("$9,500");
        assertThat(plain(de.moneyCompact(19_410_000))).isEqualTo("19,41 Mio. $");
        assertThat(plain(de.moneyCompact(3_000_000))).isEqualTo("3,00 Mio. $");
        assertThat(plain(de.moneyCompact(1_650_000_000))).isEqualTo("1,65 Mrd. $");
        assertThat(plain(de.moneyCompact(240_000))).isEqualTo("240 Tsd. $");
    }

    @Test
    void aColumnOfAmountsSharesTheLargestValuesMagnitude() {
        assertThat(en.moneyColumn(List.of(3_000_000.0, 19_410_000.0))).containsExactly("$3.00M", "$19.41M");
        assertThat(en.moneyColumn(List.of(24_000.0, 950_000.0, 500_000.0))).containsExactly("$24K", "$950K", "$500K");
        assertThat(en.moneyColumn(List.of(5_000.0, 950_000.0))).containsExactly("$5.0K", "$950.0K");
        assertThat(en.moneyColumn(List.of(800.0, 9_000.0))).containsExactly("$800", "$9,000");
        assertThat(plain(de.moneyColumn(List.of(3_000_000.0, 19_410_000.0))))
                .containsExactly("3,00 Mio. $", "19,41 Mio. $");
        assertThat(plain(de.moneyColumn(List.of(24_000.0, 950_000.0)))).containsExactly("24 Tsd. $", "950 Tsd. $");
    }

    @Test
    void ratesInPercent() {
        assertThat(en.format("retention.nrr", 1.05)).isEqualTo("105%");
        assertThat(en.format("unitEconomics.annualLogoChurn", 0.185)).isEqualTo("18.5%");
        assertThat(plain(de.format("retention.nrr", 1.05))).isEqualTo("105 %");
        assertThat(plain(de.format("unitEconomics.annualLogoChurn", 0.185))).isEqualTo("18,5 %");
    }

    @Test
    void differencesOfRatesAreInPointsWithTheirSign() {
        Figure nrr = FigureCatalogue.of("retention.nrr");
        assertThat(plain(en.difference(nrr, 1.10 - 1.05))).isEqualTo("+5.0 pts");
        assertThat(plain(de.difference(nrr, 1.10 - 1.05))).isEqualTo("+5,0 Pp.");
        assertThat(plain(en.difference(nrr, -0.025))).isEqualTo("-2.5 pts");
        assertThat(plain(en.difference(nrr, 0))).isEqualTo("0.0 pts");
        assertThat(en.difference("unitEconomics.cac", 2_000)).isEqualTo("+$2,000");
        assertThat(plain(de.difference("unitEconomics.cac", -2_000))).isEqualTo("-2.000 $");
    }

    @Test
    void monthsYearsMultiplesCountsAndHours() {
        assertThat(plain(en.format("unitEconomics.simplePaybackMonths", 11.26))).isEqualTo("11.3 months");
        assertThat(plain(de.format("unitEconomics.simplePaybackMonths", 11.26))).isEqualTo("11,3 Monate");
        assertThat(plain(en.format("unitEconomics.paybackMonth", 1))).isEqualTo("1 month");
        assertThat(plain(de.format("unitEconomics.averageLifetimeYears", 5.56))).isEqualTo("5,6 Jahre");
        assertThat(en.format("unitEconomics.ltvToCac", 3.7289)).isEqualTo("3.7×");
        assertThat(de.format("unitEconomics.ltvToCac", 3.7289)).isEqualTo("3,7×");
        assertThat(en.format("unitEconomics.ltvToCac", 4)).isEqualTo("4.0×");
        assertThat(en.format("retentionProgram.customers", 1_200)).isEqualTo("1,200");
        assertThat(de.format("retentionProgram.logosSaved", 48.04)).isEqualTo("48");
        assertThat(plain(en.format("budget.totalHours", 1_520))).isEqualTo("1,520 h");
        assertThat(plain(de.format("budget.totalHours", 1_520))).isEqualTo("1.520 Std.");
        assertThat(plain(en.format("retentionProgram.breakEvenChurnReduction", 0.0123))).isEqualTo("1.23 pts");
    }

    @Test
    void aMissingValueIsNoData() {
        assertThat(en.format("unitEconomics.ltvToCac", OptionalDouble.empty())).isEqualTo("no data");
        assertThat(de.format("unitEconomics.ltvToCac", OptionalDouble.empty())).isEqualTo("keine Daten");
        assertThat(plain(de.notWithin(60))).isEqualTo("nicht innerhalb von 60 Monaten");
    }

    @Test
    void axisTicksAreShortenedToKAndM() {
        assertThat(en.axisTick(Unit.MONEY, 20_000_000)).isEqualTo("$20M");
        assertThat(en.axisTick(Unit.MONEY, 2_500_000)).isEqualTo("$2.5M");
        assertThat(en.axisTick(Unit.MONEY, 40_000)).isEqualTo("$40K");
        assertThat(en.axisTick(Unit.MONEY, 0)).isEqualTo("$0");
        assertThat(en.axisTick(Unit.COUNT, 20_000)).isEqualTo("20K");
        assertThat(plain(de.axisTick(Unit.MONEY, 20_000_000))).isEqualTo("20 Mio. $");
        assertThat(plain(de.axisTick(Unit.MONEY, 2_500_000))).isEqualTo("2,5 Mio. $");
        assertThat(plain(de.axisTick(Unit.COUNT, 20_000))).isEqualTo("20 Tsd.");
        assertThat(en.axisTick(Unit.PERCENT, 0.25)).isEqualTo("25%");
    }

    @Test
    void namedValuesAreShownByTheirLabel() {
        assertThat(en.texts().value(Outcome.LOST_COMPETITION))
                .isEqualTo("Lost to competition");
        assertThat(de.texts().value(Outcome.LOST_COMPETITION))
                .isEqualTo("An Wettbewerber verloren");
    }

    @Test
    void aLanguageWithoutItsOwnBundleReadsEnglishNotTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(FigureTexts.of(Locale.US).label("retentionProgram.logosSaved")).isEqualTo("Customers kept");
            assertThat(FigureTexts.of(Locale.FRANCE).label("retentionProgram.logosSaved")).isEqualTo("Customers kept");
        } finally {
            Locale.setDefault(before);
        }
    }
}
