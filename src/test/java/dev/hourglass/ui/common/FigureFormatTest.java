package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.ui.common.FigureFormat.Unit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureFormatTest {
    @Test
    void unitsFollowTheNamesOfMetricsMd() {
        assertThat(FigureFormat.unitOf("unitEconomics.annualLogoChurn")).isEqualTo(Unit.PERCENT);
        assertThat(FigureFormat.unitOf("retention.nrrImprovement.nrrB")).isEqualTo(Unit.PERCENT);
        assertThat(FigureFormat.unitOf("retentionProgram.churnTarget")).isEqualTo(Unit.PERCENT);
        assertThat(FigureFormat.unitOf("postSaleFunnel.steps[sponsor90d].cumulativeConversion")).isEqualTo(Unit.PERCENT);
        assertThat(FigureFormat.unitOf("retention.bridge[year 1].churned")).isEqualTo(Unit.MONEY);
        assertThat(FigureFormat.unitOf("retention.bridge[year 1].expanded")).isEqualTo(Unit.MONEY);
        assertThat(FigureFormat.unitOf("retention.newArrPerYear[0]")).isEqualTo(Unit.MONEY);
        assertThat(FigureFormat.unitOf("unitEconomics.paybackMonth")).isEqualTo(Unit.MONTHS);
        assertThat(FigureFormat.unitOf("unitEconomics.horizonMonths")).isEqualTo(Unit.MONTHS);
        assertThat(FigureFormat.unitOf("unitEconomics.averageLifetimeYears")).isEqualTo(Unit.YEARS);
        assertThat(FigureFormat.unitOf("channels[Paid search].ltvToCac")).isEqualTo(Unit.TIMES);
        assertThat(FigureFormat.unitOf("postSaleFunnel.renewalIntent270d")).isEqualTo(Unit.COUNT);
        assertThat(FigureFormat.unitOf("retentionProgram.logosSaved")).isEqualTo(Unit.COUNT);
        assertThat(FigureFormat.unitOf("retentionProgram.arrSaved")).isEqualTo(Unit.MONEY);
    }

    @Test
    void formatsWithTheUnitAndTheLocale() {
        FigureFormat us = new FigureFormat(new DisplayFormats(Locale.US));
        assertThat(us.format("unitEconomics.cac", 18_000, "USD")).isEqualTo("$18,000");
        assertThat(us.format("unitEconomics.annualLogoChurn", 0.18, "USD")).isEqualTo("18%");
        assertThat(us.format("unitEconomics.paybackMonth", 12, "USD")).isEqualTo("12 months");
        assertThat(us.format("unitEconomics.ltvToCac", 3.72894, "USD")).isEqualTo("3.73×");
        FigureFormat de = new FigureFormat(new DisplayFormats(Locale.GERMANY));
        assertThat(de.format("unitEconomics.averageLifetimeYears", 5.5556, "EUR")).isEqualTo("5,6 years");
    }

    @Test
    void aNegatedZeroShowsAsZero() {
        DisplayFormats us = new DisplayFormats(Locale.US);
        assertThat(us.money(-0.0, "USD")).isEqualTo("$0");
        assertThat(us.number(-0.0, 0)).isEqualTo("0");
        assertThat(us.moneyShort(1_649_000_000, "USD")).isEqualTo("$1.65B");
        assertThat(us.moneyShort(872_810_000, "USD")).isEqualTo("$872.81M");
    }
}
