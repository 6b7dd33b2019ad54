package dev.hourglass.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelCalculatorTest {
    private static final ChannelInputs PAID_SEARCH =
            new ChannelInputs("Paid search", 300_000, 20, 15, 12, 0.25, 0.05, 24_000, 0.8);

    @Test
    void costsPerCustomerOfTheCliExample() {
        ChannelResult r = ChannelCalculator.calculate(PAID_SEARCH);
        assertThat(r.cac().getAsDouble()).isEqualTo(15_000.0);
        assertThat(r.costPerActivated().getAsDouble()).isEqualTo(20_000.0);
        assertThat(r.costPerRetained().getAsDouble()).isEqualTo(25_000.0);
    }

    @Test
    void ltvIsSectionOneWithTheChannelsFigures() {
        UnitEconomicsInputs same = UnitEconomicsInputs.of(24_000, 0.8, 15_000, 0.25).withAnnualExpansion(0.05);
        double expected = UnitEconomicsCalculator.calculate(same).ltv();
        // 19,200 a year; survivors 1, .75, .75², …; price +5 % a year.
        double byHand = 0;
        for (int year = 0; year < 5; year++) {
            byHand += 19_200 * Math.pow(0.75, year) * Math.pow(1.05, year);
        }
        ChannelResult r = ChannelCalculator.calculate(PAID_SEARCH);
        assertThat(r.ltv()).isCloseTo(expected, within(1e-6)).isCloseTo(byHand, within(1e-6));
        assertThat(r.ltvToCac().getAsDouble()).isCloseTo(byHand / 15_000, within(1e-9));
    }

    @Test
    void aZeroCountMakesItsCostNoData() {
        ChannelResult r = ChannelCalculator.calculate(new ChannelInputs("Events", 50_000, 0, 0, 0, 0.2, 0, 10_000, 0.7));
        assertThat(r.cac()).isEmpty();
        assertThat(r.costPerActivated()).isEmpty();
        assertThat(r.costPerRetained()).isEmpty();
        assertThat(r.ltvToCac()).isEmpty();
        assertThat(r.ltv()).isPositive();
    }

    @Test
    void channelsAreRankedByLtvToCacWithNoDataLast() {
        ChannelInputs cheapLeads = new ChannelInputs("Campaign A", 100_000, 20, 12, 9, 0.45, 0, 12_000, 0.8);
        ChannelInputs betterCustomers = new ChannelInputs("Campaign B", 150_000, 25, 22, 21, 0.10, 0.15, 12_000, 0.8);
        ChannelInputs none = new ChannelInputs("Webinars", 10_000, 0, 0, 0, 0.2, 0, 12_000, 0.8);
        List<ChannelResult> ranked = ChannelCalculator.rank(List.of(none, cheapLeads, betterCustomers));
        assertThat(ranked).extracting(ChannelResult::name).containsExactly("Campaign B", "Campaign A", "Webinars");
    }
}
