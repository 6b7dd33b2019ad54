package dev.hourglass.model.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import org.junit.jupiter.api.Test;

class GoalSeekTest {
    private static final UnitEconomicsInputs SEED = UnitEconomicsInputs.of(24_000, 0.80, 18_000, 0.18);

    private static int payback(UnitEconomicsInputs in) {
        return UnitEconomicsCalculator.calculate(in).paybackMonth().orElse(Integer.MAX_VALUE);
    }

    @Test
    void findsTheHighestCacThatStillPaysBackInElevenMonths() {
        GoalSeek.Answer answer = GoalSeek.edge(cac -> payback(SEED.withCac(cac)) <= 11, 1_000, 100_000);
        double cac = answer.value().orElseThrow();
        assertThat(payback(SEED.withCac(cac))).isLessThanOrEqualTo(11);
        assertThat(payback(SEED.withCac(cac + 1))).isGreaterThan(11);
        // The edge is the cumulative expected gross profit of month 11: any CAC up to it is paid back by then.
        double cumulative11 = UnitEconomicsCalculator.calculate(SEED).cumulativeGrossProfit().get(10);
        assertThat(cac).isCloseTo(cumulative11, within(1e-6));
    }

    @Test
    void saysSoWhenNoValueOrEveryValueReachesTheGoal() {
        GoalSeek.Answer none = GoalSeek.edge(churn -> payback(SEED.withAnnualLogoChurn(churn)) <= 1, 0, 1);
        assertThat(none.value()).isEmpty();
        assertThat(none.explanation()).isEqualTo("no value from 0.0 to 1.0 reaches the goal");
        GoalSeek.Answer all = GoalSeek.edge(churn -> payback(SEED.withAnnualLogoChurn(churn)) <= 60, 0, 0.2);
        assertThat(all.explanation()).startsWith("the goal is met everywhere");
        assertThatThrownBy(() -> GoalSeek.edge(x -> true, 2, 1)).hasMessageContaining("lower to a higher");
    }
}
