package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadFunnelTest {

    @Test
    void stepConversionsCompareEachStepWithTheOneBefore() {
        List<LeadFunnel.Step> steps = new LeadFunnel(1_000, 400, 100, 50, 10).steps();
        assertThat(steps).extracting(LeadFunnel.Step::stage).containsExactly(LeadStage.values());
        assertThat(steps.get(0).conversionFromPrevious()).isEmpty();
        assertThat(steps.get(1).conversionFromPrevious()).hasValue(0.4);
        assertThat(steps.get(2).conversionFromPrevious()).hasValue(0.25);
        assertThat(steps.get(3).conversionFromPrevious()).hasValue(0.5);
        assertThat(steps.get(4).conversionFromPrevious()).hasValue(0.2);
        assertThat(steps.get(4).conversionFromLeads()).hasValue(0.01);
    }

    @Test
    void anEmptyStepGivesNoDataForTheNextConversion() {
        LeadFunnel funnel = new LeadFunnel(100, 0, 0, 0, 0);
        assertThat(funnel.conversionInto(LeadStage.MQL)).hasValue(0.0);
        assertThat(funnel.conversionInto(LeadStage.SQL)).isEmpty();
    }

    @Test
    void reverseFunnelWorksBackFromTheBookingsTarget() {
        LeadsNeeded needed = LeadsNeeded.forTarget(1_500_000, 25_000, 0.25, 0.5, 0.25, 0.4);
        assertThat(needed.wonDeals()).isCloseTo(60, within(1e-9));
        assertThat(needed.sals()).isCloseTo(240, within(1e-9));
        assertThat(needed.sqls()).isCloseTo(480, within(1e-9));
        assertThat(needed.mqls()).isCloseTo(1_920, within(1e-9));
        assertThat(needed.leads()).isCloseTo(4_800, within(1e-9));
    }

    @Test
    void reverseFunnelRejectsAZeroRate() {
        assertThatThrownBy(() -> LeadsNeeded.forTarget(1_000, 100, 0, 0.5, 0.5, 0.5))
                .hasMessage("close rate must be greater than 0, got 0");
    }
}
