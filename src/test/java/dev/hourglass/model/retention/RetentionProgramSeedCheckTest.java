package dev.hourglass.model.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;

import org.junit.jupiter.api.Test;

/** metrics.md §3 Check (seed 000): 300 customers, ACV 20,000, margin 0.80, churn 0.18 → 0.14, cost 150,000. */
class RetentionProgramSeedCheckTest {
    /** Double arithmetic leaves noise in the last bits (300 × 0.04 = 11.999999999999993); a cent is far coarser. */
    private static final Offset<Double> EXACT = within(1e-9);
    private static final RetentionProgramResult RESULT = RetentionProgramCalculator.calculate(
            new RetentionProgramInputs(300, 20_000, 0.80, 0.18, 0.14, 150_000));

    @Test
    void twelveLogosSaved() {
        assertThat(RESULT.logosSaved()).isCloseTo(12.0, EXACT);
    }

    @Test
    void arrSaved240k() {
        assertThat(RESULT.arrSaved()).isCloseTo(240_000.0, EXACT);
    }

    @Test
    void grossProfitSaved192k() {
        assertThat(RESULT.grossProfitSaved()).isCloseTo(192_000.0, EXACT);
    }

    @Test
    void netGain42k() {
        assertThat(RESULT.netGain()).isCloseTo(42_000.0, EXACT);
    }

    @Test
    void roi28Percent() {
        assertThat(RESULT.roi().getAsDouble()).isCloseTo(0.28, EXACT);
    }

    @Test
    void breakEvenChurnReductionIs3point125Points() {
        assertThat(RESULT.breakEvenChurnReduction().getAsDouble()).isCloseTo(0.03125, EXACT);
    }
}
