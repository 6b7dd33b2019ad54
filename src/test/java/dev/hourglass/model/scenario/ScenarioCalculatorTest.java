package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.pipeline.SmbForecast;
import org.junit.jupiter.api.Test;

class ScenarioCalculatorTest {

    @Test
    void smbForecastCheckOfSeed003Is3M() {
        SmbForecast f = new SmbForecast(0, 1_000_000, 0.9, 2_000_000, 0.6, 2_000_000, 0.3, 1_000_000, 0.3);
        assertThat(f.forecast()).isCloseTo(3_000_000, within(1e-6));
    }

    @Test
    void everySectionOfTheSeedScenarioIsComputed() {
        ScenarioResult r = ScenarioCalculator.calculate(SeedScenarios.baseCase());
        assertThat(r.unitEconomics().orElseThrow().paybackMonth().getAsInt()).isEqualTo(12);
        assertThat(r.retention().orElseThrow().bridge()).hasSize(3);
        assertThat(r.retention().orElseThrow().bridge().get(0).closing()).isCloseTo(12_500_000, within(1e-6));
        assertThat(r.retentionProgram().orElseThrow().roi().getAsDouble()).isCloseTo(0.28, within(1e-9));
        assertThat(r.budget().orElseThrow().preDollarsShare().getAsDouble()).isCloseTo(0.95, within(1e-12));
        assertThat(r.postSaleFunnel().orElseThrow()).hasSize(6);
        assertThat(r.channels().orElseThrow()).hasSize(3);
        assertThat(r.smbForecast().getAsDouble()).isCloseTo(3_000_000, within(1e-6));
    }

    @Test
    void anEmptyScenarioComputesNothing() {
        ScenarioResult r = ScenarioCalculator.calculate(Scenario.empty("Blank"));
        assertThat(r.unitEconomics()).isEmpty();
        assertThat(r.channels()).isEmpty();
        assertThat(r.smbForecast()).isEmpty();
    }

    @Test
    void nrr110AndTheProgrammeCaseDifferFromTheBaseWhereTheySay() {
        assertThat(SeedScenarios.nrr110().retention().orElseThrow().rates().nrr()).isEqualTo(1.10);
        assertThat(SeedScenarios.retentionProgramme().unitEconomics().orElseThrow().annualLogoChurn()).isEqualTo(0.14);
        assertThat(SeedScenarios.all()).extracting(Scenario::name)
                .containsExactly("Seed base case", "NRR 110 %", "Retention programme");
    }
}
