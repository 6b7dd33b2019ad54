package dev.hourglass.io.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    private static final Scenario SEED = seed();
    private static final String CAC = "unitEconomics.cac";
    private static final String CHURN = "unitEconomics.annualLogoChurn";
    private static final String PAYBACK = "unitEconomics.paybackMonth";

    private static Scenario seed() {
        try {
            return ScenarioJsonReader.read(Path.of("src/test/resources/scenarios/seed-checks.json"));
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void goalSeekFindsTheHighestCacForAnElevenMonthPayback() {
        // Annual billing, churn only at renewals: month 11's cumulative gross profit is 11 × 1,600 = 17,600.
        ScenarioGoalSeek.Goal goal = new ScenarioGoalSeek.Goal(CAC, PAYBACK, ScenarioGoalSeek.Direction.AT_MOST, 11);
        ScenarioGoalSeek.Result result = ScenarioGoalSeek.seek(SEED, goal, ScenarioGoalSeek.defaultRange(SEED, CAC));
        assertThat(result.found()).isTrue();
        assertThat(result.value().getAsDouble()).isCloseTo(17_600, within(0.01));
        assertThat(result.reached().getAsDouble()).isEqualTo(11);
        assertThat(result.metUpTo()).isTrue();
        assertThat(result.inputNow()).isEqualTo(18_000);
    }

    @Test
    void goalSeekSaysWhenNoValueOrEveryValueReachesTheGoal() {
        ScenarioGoalSeek.Goal never = new ScenarioGoalSeek.Goal(CHURN, PAYBACK, ScenarioGoalSeek.Direction.AT_MOST, 11);
        ScenarioGoalSeek.Result none = ScenarioGoalSeek.seek(SEED, never, ScenarioGoalSeek.defaultRange(SEED, CHURN));
        assertThat(none.found()).isFalse();
        assertThat(none.metEverywhere()).isFalse();
        assertThat(none.explanation()).isEqualTo("no value from 0.0 to 1.0 reaches the goal");
        ScenarioGoalSeek.Goal always = new ScenarioGoalSeek.Goal(CHURN, PAYBACK, ScenarioGoalSeek.Direction.AT_MOST, 60);
        ScenarioGoalSeek.Result all = ScenarioGoalSeek.seek(SEED, always, new ScenarioGoalSeek.Range(0, 0.2));
        assertThat(all.found()).isFalse();
        assertThat(all.metEverywhere()).isTrue();
    }

    @Test
    void defaultRangesAreZeroToOneForRatesAndAroundTheValueOtherwise() {
        assertThat(ScenarioGoalSeek.defaultRange(SEED, CHURN)).isEqualTo(new ScenarioGoalSeek.Range(0, 1));
        assertThat(ScenarioGoalSeek.defaultRange(SEED, CAC)).isEqualTo(new ScenarioGoalSeek.Range(180, 180_000));
        assertThatThrownBy(() -> ScenarioGoalSeek.defaultRange(SEED, "unitEconomics.price"))
                .hasMessage("the scenario has no input unitEconomics.price");
    }

    @Test
    void twoWayTableComputesEveryPairAndLeavesRefusedPairsEmpty() {
        // Churn × CAC → payback month. Annual billing: payback = the first month whose cumulative gross profit
        // (1,600 a month in year one) covers CAC, so with CAC 12,000 it is month 8, with 18,000 month 12.
        TwoWayTable table = TwoWayTable.of(SEED, CHURN, List.of(0.1, 0.18, 1.5), CAC, List.of(12_000.0, 18_000.0),
                PAYBACK);
        assertThat(table.cell(0, 0).getAsDouble()).isEqualTo(8);
        assertThat(table.cell(1, 1).getAsDouble()).isEqualTo(12);
        assertThat(table.cell(2, 0)).isEmpty(); // a churn of 150 % is refused
        assertThat(table.cells()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(2));
    }

    @Test
    void twoWayTableRefusesUnknownNamesAndTheSameInputTwice() {
        assertThatThrownBy(() -> TwoWayTable.of(SEED, CAC, List.of(1.0), CAC, List.of(1.0), PAYBACK))
                .hasMessageContaining("two different inputs");
        assertThatThrownBy(() -> TwoWayTable.of(SEED, CAC, List.of(1.0), CHURN, List.of(1.0), "unitEconomics.nope"))
                .hasMessage("the scenario has no output unitEconomics.nope");
    }

    @Test
    void valuesAroundNowAreEvenlySpreadWithNowInTheMiddle() {
        List<Double> values = TwoWayTable.around(100, 0.2, 5);
        double[] expected = {80, 90, 100, 110, 120};
        assertThat(values).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(values.get(i)).isCloseTo(expected[i], within(1e-9));
        }
        assertThatThrownBy(() -> TwoWayTable.around(100, 0.2, 1)).hasMessageContaining("at least 2");
    }
}
