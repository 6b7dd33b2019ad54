package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScenarioSimulationTest {
    private static final DriverRange ACV = DriverRange.triangular(20_000, 24_000, 30_000);

    @Test
    void withoutRangesThereAreNoBands() {
        assertThat(ScenarioSimulation.run(SeedScenarios.baseCase(), 100, 1).isEmpty()).isTrue();
    }

    @Test
    void aRangeOnlyOnAcvMovesTheOutputsThatReadIt() {
        Scenario scenario = withAcvRange(SeedScenarios.baseCase());
        ScenarioBands bands = ScenarioSimulation.run(scenario, 10_000, 1);
        // year-one gross profit is linear in ACV: k · ACV with k read off the deterministic figure at ACV 24,000
        double k = ScenarioCalculator.calculate(scenario).unitEconomics().orElseThrow().yearOneGrossProfit() / 24_000;
        // the triangle's median: its mode 24,000 lies below the middle 25,000, so m = high − √((high − low)(high − mode)/2)
        double median = 30_000 - Math.sqrt(10_000 * 6_000 / 2.0);
        Band gp = bands.band("unitEconomics.yearOneGrossProfit").orElseThrow();
        // sampling error of a median of 10,000 draws: 1 / (2 f(m) √n) ≈ 27 in ACV; allow four of them
        assertThat(gp.p50().getAsDouble()).isEqualTo(k * median, within(k * 110));
        assertThat(gp.mean().getAsDouble()).isEqualTo(k * (20_000 + 24_000 + 30_000) / 3.0, within(k * 60));
        assertThat(gp.p10().getAsDouble()).isLessThan(gp.p50().getAsDouble());
        assertThat(gp.p90().getAsDouble()).isGreaterThan(gp.p50().getAsDouble());
        // the retention bridge reads no ACV: no band
        assertThat(bands.band("retention.bridge[year 3].closing")).isEmpty();
        assertThat(bands.bands()).containsKey("channels[Paid search].ltv");
    }

    @Test
    void theSameSeedGivesTheSameBandsAnotherSeedOthers() {
        Scenario scenario = withAcvRange(SeedScenarios.baseCase());
        ScenarioBands one = ScenarioSimulation.run(scenario, 2_000, 1);
        ScenarioBands again = ScenarioSimulation.run(scenario, 2_000, 1);
        ScenarioBands other = ScenarioSimulation.run(scenario, 2_000, 2);
        assertThat(again.bands()).isEqualTo(one.bands());
        assertThat(other.bands().get("unitEconomics.ltv")).isNotEqualTo(one.bands().get("unitEconomics.ltv"));
    }

    @Test
    void anNrrRangeFansTheClosingArr() {
        Scenario base = SeedScenarios.baseCase();
        Scenario scenario = base.withDrivers(base.drivers().withRange(Driver.NRR, DriverRange.uniform(1.0, 1.1)));
        ScenarioBands bands = ScenarioSimulation.run(scenario, 1_000, 1);
        Band year3 = bands.band("retention.bridge[year 3].closing").orElseThrow();
        assertThat(year3.p10().getAsDouble()).isLessThan(year3.p90().getAsDouble());
        assertThat(bands.shareAtMost("retention.nrr", 1.05).getAsDouble()).isEqualTo(0.5, within(0.05));
    }

    @Test
    void paybackOddsCountRunsAtOrBelowTheLimit() {
        Scenario scenario = withAcvRange(SeedScenarios.baseCase());
        ScenarioBands bands = ScenarioSimulation.run(scenario, 1_000, 1);
        double share = bands.shareAtMost("unitEconomics.paybackMonth", 12).orElseThrow();
        Band payback = bands.band("unitEconomics.paybackMonth").orElseThrow();
        assertThat(share).isBetween(0.0, 1.0);
        // P50 ≤ 12 exactly when at least half the runs pay back within 12 months
        assertThat(payback.p50().getAsDouble() <= 12).isEqualTo(share >= 0.5);
    }

    @Test
    void aRunASectionCannotTakeIsRefusedWithTheDrawnValues() {
        Scenario base = SeedScenarios.baseCase(); // the programme's churn target is 14 %
        Scenario scenario = base.withDrivers(base.drivers()
                .withRange(Driver.ANNUAL_LOGO_CHURN, DriverRange.triangular(0.05, 0.18, 0.2)));
        assertThatThrownBy(() -> ScenarioSimulation.run(scenario, 1_000, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drew annual logo churn 0.")
                .hasMessageContaining("narrow the range");
    }

    @Test
    void refusesARunCountOutOfRange() {
        assertThatThrownBy(() -> ScenarioSimulation.run(SeedScenarios.baseCase(), 0, 1))
                .hasMessage("runs must be between 1 and 1000000, got 0");
    }

    static Scenario withAcvRange(Scenario base) {
        return base.withDrivers(base.drivers().withRange(Driver.ACV, ACV));
    }
}
