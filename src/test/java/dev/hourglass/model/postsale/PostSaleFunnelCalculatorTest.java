package dev.hourglass.model.postsale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostSaleFunnelCalculatorTest {

    @Test
    void stepAndCumulativeConversionOfTheCliExample() {
        List<PostSaleFunnelStep> steps = PostSaleFunnelCalculator.calculate(
                new PostSaleFunnelInputs(100, 90, 70, 55, 40, 35));
        assertThat(steps).extracting(PostSaleFunnelStep::step).containsExactly(PostSaleStep.values());
        assertThat(steps.get(0).stepConversion().getAsDouble()).isEqualTo(1.0);
        assertThat(steps.get(1).stepConversion().getAsDouble()).isCloseTo(0.90, within(1e-12));
        PostSaleFunnelStep activated = steps.get(2);
        assertThat(activated.count()).isEqualTo(70);
        assertThat(activated.stepConversion().getAsDouble()).isCloseTo(70 / 90.0, within(1e-12));
        assertThat(activated.cumulativeConversion().getAsDouble()).isCloseTo(0.70, within(1e-12));
        assertThat(steps.get(5).stepConversion().getAsDouble()).isCloseTo(35 / 40.0, within(1e-12));
        assertThat(steps.get(5).cumulativeConversion().getAsDouble()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void anEmptyStepMakesTheNextConversionNoData() {
        List<PostSaleFunnelStep> steps = PostSaleFunnelCalculator.calculate(new PostSaleFunnelInputs(10, 0, 0, 0, 0, 0));
        assertThat(steps.get(1).stepConversion().getAsDouble()).isZero();
        assertThat(steps.get(2).stepConversion()).isEmpty();
        assertThat(steps.get(2).cumulativeConversion().getAsDouble()).isZero();
        assertThat(PostSaleFunnelCalculator.calculate(new PostSaleFunnelInputs(0, 0, 0, 0, 0, 0)).get(3)
                .cumulativeConversion()).isEmpty();
    }
}
