package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.retention.RetentionProgramInputs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A simulation run a section refused, said in German with the drawn values and the section's rule. */
class DrawRefusalTextTest {
    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void aRefusedDrawIsSaidInGermanWithItsValuesAndTheSectionsRule() {
        Scenario base = SeedScenarios.baseCase(); // the programme's churn target is 14 %
        Scenario scenario = base.withDrivers(base.drivers()
                .withRange(Driver.ANNUAL_LOGO_CHURN, DriverRange.triangular(0.05, 0.18, 0.2)));
        InvalidInputException refused = catchThrowableOfType(() -> ScenarioSimulation.run(scenario, 1_000, 1),
                InvalidInputException.class);
        assertThat(refused).hasMessageContaining("drew annual logo churn 0.");
        UiText.use(Locale.GERMAN);
        String german = DrawRefusalText.of(refused, Locale.GERMANY);
        assertThat(german).matches("Durchlauf \\d+ zog .+ \\d+,\\d+ %: .+ \\(die Spanne verengen, damit jeder Wert darin "
                + "erlaubt ist\\)");
        assertThat(german).doesNotContain("must", "drew");
        assertThat(german).contains(": churn target darf höchstens");
        RetentionProgramInputs programme = base.retentionProgram().orElseThrow();
        InputGridModel<RetentionProgramInputs> grid = new InputGridModel<>(List.of(
                InputField.required("churnNow", "Abwanderung heute", InputKind.PERCENT, "",
                        RetentionProgramInputs::churnNow, (p, v) -> p),
                InputField.required("churnTarget", "Abwanderungsziel", InputKind.PERCENT, "",
                        RetentionProgramInputs::churnTarget, RetentionProgramInputs::withChurnTarget)),
                () -> programme, p -> { }, () -> "EUR", Locale.GERMANY);
        assertThat(DrawRefusalText.of(refused, Locale.GERMANY, grid)).isEqualTo("Durchlauf 2 zog Jährliche "
                + "Logo-Abwanderung 13,1381 %: Abwanderungsziel darf höchstens Abwanderung heute (13,1381 %) sein, ist "
                + "aber 14 % (die Spanne verengen, damit jeder Wert darin erlaubt ist)");
    }

    @Test
    void anyOtherFailureIsItsOwnMessage() {
        assertThat(DrawRefusalText.of(new IllegalStateException("disk full"), Locale.GERMANY)).isEqualTo("disk full");
    }
}
