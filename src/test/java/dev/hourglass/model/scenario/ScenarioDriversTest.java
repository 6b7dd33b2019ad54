package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScenarioDriversTest {
    private final Scenario base = SeedScenarios.baseCase();

    @Test
    void theSeedHoldsEachDriverOnceAndItsDifferentCopiesAsOverrides() {
        assertThat(base.drivers().value(Driver.ACV)).hasValue(24_000);
        assertThat(base.drivers().value(Driver.NRR)).hasValue(1.05);
        assertThat(base.drivers().value(Driver.CUSTOMERS)).hasValue(300);
        assertThat(base.drivers().value(Driver.CLOSE_RATE)).hasValue(0.25);
        assertThat(base.retentionProgramSection().orElseThrow().overrides().values())
                .isEqualTo(Map.of(Driver.ACV, 20_000.0));
        assertThat(base.retentionSection().orElseThrow().nrrImprovement().orElseThrow().overrides().values())
                .isEqualTo(Map.of(Driver.NRR, 1.00));
        assertThat(base.channelSections().orElseThrow()).extracting(c -> c.overrides().values()).containsExactly(
                Map.of(Driver.ANNUAL_LOGO_CHURN, 0.25, Driver.ANNUAL_EXPANSION, 0.05),
                Map.of(Driver.ANNUAL_LOGO_CHURN, 0.45),
                Map.of(Driver.ANNUAL_LOGO_CHURN, 0.10, Driver.ANNUAL_EXPANSION, 0.15));
        assertThat(base.overrides()).contains(new ScenarioOverride("retentionProgram", "",
                Driver.ACV, 20_000, OptionalDouble.of(24_000)));
    }

    @Test
    void aDriverChangedOnceIsReadByEverySectionThatDoesNotOverrideIt() {
        Scenario changed = base.withDriver(Driver.ACV, 30_000);

        assertThat(changed.unitEconomics().orElseThrow().acv()).isEqualTo(30_000);
        assertThat(changed.retention().orElseThrow().nrrImprovement().orElseThrow().acv()).isEqualTo(30_000);
        assertThat(changed.channels().orElseThrow()).extracting(ChannelInputs::acv).containsOnly(30_000.0);
        assertThat(changed.retentionProgram().orElseThrow().acv()).isEqualTo(20_000); // its override stays
    }

    @Test
    void unitEconomicsAsTypedSetsTheDriversAndResetReturnsASectionToThem() {
        Scenario typed = base.withUnitEconomics(base.unitEconomics().orElseThrow().withGrossMargin(0.70));
        assertThat(typed.retentionProgram().orElseThrow().grossMargin()).isEqualTo(0.70);

        RetentionProgramSection programme = typed.retentionProgramSection().orElseThrow();
        Scenario reset = typed.withRetentionProgramSection(programme.withOverrides(
                programme.overrides().without(Driver.ACV)));
        assertThat(reset.retentionProgram().orElseThrow().acv()).isEqualTo(24_000);
        assertThat(ScenarioCalculator.calculate(reset).retentionProgram().orElseThrow().arrSaved())
                .isCloseTo(12 * 24_000.0, within(1e-6));
        assertThat(reset.overrides()).noneMatch(o -> o.section().equals("retentionProgram"));
    }

    @Test
    void aSectionValueEqualToTheDriverRefersToItAndAnotherOverridesIt() {
        RetentionProgramInputs programme = base.retentionProgram().orElseThrow();
        Scenario same = base.withRetentionProgram(new RetentionProgramInputs(programme.customers(), 24_000,
                programme.grossMargin(), programme.churnNow(), programme.churnTarget(), programme.programCost()));
        assertThat(same.retentionProgramSection().orElseThrow().overrides().isEmpty()).isTrue();

        Scenario other = same.withRetentionProgram(new RetentionProgramInputs(programme.customers(), 24_000, 0.75,
                programme.churnNow(), programme.churnTarget(), programme.programCost()));
        assertThat(other.retentionProgramSection().orElseThrow().overrides().values())
                .isEqualTo(Map.of(Driver.GROSS_MARGIN, 0.75));
        assertThat(other.drivers().value(Driver.GROSS_MARGIN)).hasValue(0.80);
    }

    @Test
    void theNrrGainPanelReadsTheScenariosNrrThroughAnEditOfTheRates() {
        NrrImprovementSection panel = base.retentionSection().orElseThrow().nrrImprovement().orElseThrow();
        Scenario reading = base.withRetentionSection(base.retentionSection().orElseThrow().withNrrImprovement(
                Optional.of(panel.withOverrides(Overrides.NONE))));
        assertThat(reading.retention().orElseThrow().nrrImprovement().orElseThrow().nrrA()).isEqualTo(1.05);

        RetentionInputs retention = reading.retention().orElseThrow();
        Scenario raised = reading.withRetention(retention.withRates(new RetentionRates.GrrNrr(0.90, 1.08)));

        assertThat(raised.retention().orElseThrow().nrrImprovement().orElseThrow().nrrA()).isEqualTo(1.08);
        assertThat(raised.overrides()).noneMatch(o -> o.driver() == Driver.NRR);
    }

    @Test
    void aScenarioWithoutADriverTakesTheFirstValueASectionGives() {
        ChannelInputs first = new ChannelInputs("A", 1_000, 10, 8, 7, 0.2, 0, 30_000, 0.7);
        ChannelInputs second = new ChannelInputs("B", 1_000, 10, 8, 7, 0.2, 0, 25_000, 0.7);
        Scenario channelsOnly = Scenario.empty("Channels").withChannels(List.of(first, second));

        assertThat(channelsOnly.drivers().value(Driver.ACV)).hasValue(30_000);
        assertThat(channelsOnly.channelSections().orElseThrow()).extracting(c -> c.overrides().values())
                .containsExactly(Map.of(), Map.of(Driver.ACV, 25_000.0));
        assertThat(channelsOnly.channels().orElseThrow()).containsExactly(first, second);
    }

    @Test
    void driversAndOverridesAreCheckedAsTheSectionsInputsAre() {
        assertThatThrownBy(() -> new Overrides(Map.of(Driver.GROSS_MARGIN, 1.8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("gross margin must be between 0 and 1, got 1.8");
        assertThatThrownBy(() -> base.withDriver(Driver.HORIZON_MONTHS, 12.5))
                .hasMessage("horizon must be a whole number of months, got 12.5");
        assertThatThrownBy(() -> new RetentionProgramSection(0.1, 1_000, new Overrides(Map.of(Driver.CAC, 1.0))))
                .hasMessage("the retention programme does not read the CAC, so it cannot override it");
        assertThatThrownBy(() -> Scenario.empty("No drivers")
                .withRetentionProgramSection(new RetentionProgramSection(0.1, 1_000, Overrides.NONE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the scenario has no customers: set it among the business drivers or override it in the section");
    }

    @Test
    void aSectionThatCannotTakeANewDriverValueKeepsItsOwnAsAnOverride() {
        // The programme aims at 14 % churn: with the scenario's churn at 10 % it keeps today's 18 % as its own.
        Scenario lower = base.withUnitEconomics(base.unitEconomics().orElseThrow().withAnnualLogoChurn(0.10));

        assertThat(lower.unitEconomics().orElseThrow().annualLogoChurn()).isEqualTo(0.10);
        assertThat(lower.retentionProgram().orElseThrow().churnNow()).isEqualTo(0.18);
        assertThat(lower.retentionProgramSection().orElseThrow().overrides().values())
                .isEqualTo(Map.of(Driver.ACV, 20_000.0, Driver.ANNUAL_LOGO_CHURN, 0.18));
        // A section that can take the new value follows it.
        Scenario higher = base.withDriver(Driver.ANNUAL_LOGO_CHURN, 0.20);
        assertThat(higher.retentionProgram().orElseThrow().churnNow()).isEqualTo(0.20);
        assertThat(higher.retentionProgramSection().orElseThrow().overrides().has(Driver.ANNUAL_LOGO_CHURN)).isFalse();
    }
}
