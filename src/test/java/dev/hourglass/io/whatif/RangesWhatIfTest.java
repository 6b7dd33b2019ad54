package dev.hourglass.io.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import org.junit.jupiter.api.Test;

/** The tornado and goal seek work on the likely values of ranged drivers (forecast.md §3). */
class RangesWhatIfTest {
    private static final Scenario PLAIN = SeedScenarios.baseCase(); // ACV 24,000, CAC 18,000
    private static final Scenario RANGED = PLAIN.withDrivers(PLAIN.drivers()
            .withRange(Driver.ACV, DriverRange.triangular(20_000, 24_000, 30_000))
            .withRange(Driver.CAC, DriverRange.uniform(12_000, 24_000)));

    @Test
    void theTornadoOfARangedScenarioIsThatOfItsLikelyValues() {
        Sensitivity.Tornado ranged = Sensitivity.of(RANGED, "unitEconomics.ltvToCac", 0.1);
        assertThat(ranged).isEqualTo(Sensitivity.of(PLAIN, "unitEconomics.ltvToCac", 0.1));
        assertThat(ranged.bars()).anySatisfy(bar -> {
            assertThat(bar.input()).isEqualTo("unitEconomics.acv");
            assertThat(bar.inputNow()).isEqualTo(24_000);
        });
    }

    @Test
    void goalSeekStartsFromTheLikelyValue() {
        ScenarioGoalSeek.Goal goal = new ScenarioGoalSeek.Goal("unitEconomics.cac", "unitEconomics.ltvToCac",
                ScenarioGoalSeek.Direction.AT_LEAST, 4);
        ScenarioGoalSeek.Result ranged = ScenarioGoalSeek.seek(RANGED, goal, ScenarioGoalSeek.defaultRange(RANGED,
                "unitEconomics.cac"));
        assertThat(ranged.inputNow()).isEqualTo(18_000);
        assertThat(ranged).isEqualTo(ScenarioGoalSeek.seek(PLAIN, goal, ScenarioGoalSeek.defaultRange(PLAIN,
                "unitEconomics.cac")));
    }
}
