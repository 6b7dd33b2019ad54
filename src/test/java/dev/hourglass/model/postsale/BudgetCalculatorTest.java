package dev.hourglass.model.postsale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetCalculatorTest {

    @Test
    void theSeedsNinetyFiveFiveSplitByDollarsAndHours() {
        BudgetResult r = BudgetCalculator.calculate(new BudgetInputs(List.of(
                new BudgetLine(RelationshipStage.AWARENESS, 400_000, 1_000),
                new BudgetLine(RelationshipStage.LEAD_GENERATION, 550_000, 2_000),
                new BudgetLine(RelationshipStage.ONBOARDING, 30_000, 600),
                new BudgetLine(RelationshipStage.RENEWAL, 20_000, 400))));
        assertThat(r.preDollarsShare().getAsDouble()).isCloseTo(0.95, within(1e-12));
        assertThat(r.postDollarsShare().getAsDouble()).isCloseTo(0.05, within(1e-12));
        assertThat(r.preHoursShare().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(r.postHoursShare().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(r.totalDollars()).isEqualTo(1_000_000.0);
        assertThat(r.dollarsByStage()).hasSize(RelationshipStage.values().length);
        assertThat(r.dollarsByStage().get(RelationshipStage.ADOPTION)).isZero();
    }

    @Test
    void linesOfOneStageAddUp() {
        BudgetResult r = BudgetCalculator.calculate(new BudgetInputs(List.of(
                new BudgetLine(RelationshipStage.EXPANSION, 10, 1), new BudgetLine(RelationshipStage.EXPANSION, 5, 2))));
        assertThat(r.dollarsByStage().get(RelationshipStage.EXPANSION)).isEqualTo(15.0);
        assertThat(r.hoursByStage().get(RelationshipStage.EXPANSION)).isEqualTo(3.0);
        assertThat(r.postDollarsShare().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void anEmptyBudgetHasNoShares() {
        BudgetResult r = BudgetCalculator.calculate(new BudgetInputs(List.of()));
        assertThat(r.preDollarsShare()).isEmpty();
        assertThat(r.postHoursShare()).isEmpty();
    }

    @Test
    void stagesKnowTheirSideOfThePurchase() {
        assertThat(RelationshipStage.PURCHASE.prePurchase()).isTrue();
        assertThat(RelationshipStage.WIN_BACK.prePurchase()).isFalse();
        assertThatThrownBy(() -> new BudgetLine(RelationshipStage.ADOPTION, -1, 0))
                .hasMessage("dollars must not be negative, got -1");
    }
}
