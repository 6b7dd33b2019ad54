package dev.hourglass.model.accounts;

import dev.hourglass.io.words.HealthWords;
import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalPredictorsTest {
    private static final HealthSettings DEFAULTS = HealthSettings.defaults(); // activation ≤ 30 days, NPS ≥ 30 meet

    @Test
    void renewalRatesAndLiftPerIndicatorSortedByLift() {
        List<Account> accounts = List.of(
                account("a").activatedAfter(10).nps(50).renewed(true).build(),
                account("b").activatedAfter(20).nps(40).renewed(true).build(),
                account("c").nps(-10).renewed(false).build(), // never activated: a known "does not meet"
                account("d").activatedAfter(40).nps(10).renewed(true).build(),
                account("e").activatedAfter(5).renewed(false).build(), // NPS unknown: not in the NPS row
                account("f").activatedAfter(5).nps(60).build()); // outcome unknown: in no row
        List<RenewalPredictor> table = RenewalPredictors.rank(accounts, DEFAULTS);
        // NPS: meeting a, b → 2/2 = 1; not c, d → 1/2; lift 2.
        // Activation: meeting a, b, e → 2/3; not c, d → 1/2; lift (2/3)/(1/2) = 4/3.
        // The other five are unknown for every account: no rates, no lift, last in indicator order.
        assertThat(table).extracting(RenewalPredictor::indicator).containsExactly(Indicator.NPS, Indicator.ACTIVATION,
                Indicator.TIME_TO_FIRST_VALUE, Indicator.ADOPTION, Indicator.SEAT_UTILISATION,
                Indicator.SUPPORT_LOAD, Indicator.STAKEHOLDERS);
        RenewalPredictor nps = table.get(0);
        assertThat(List.of(nps.meeting(), nps.meetingRenewed(), nps.notMeeting(), nps.notMeetingRenewed()))
                .containsExactly(2, 2, 2, 1);
        assertThat(nps.renewalRateMeeting().getAsDouble()).isEqualTo(1);
        assertThat(nps.renewalRateNotMeeting().getAsDouble()).isEqualTo(0.5);
        assertThat(nps.lift().getAsDouble()).isEqualTo(2);
        RenewalPredictor activation = table.get(1);
        assertThat(List.of(activation.meeting(), activation.meetingRenewed(), activation.notMeeting(),
                activation.notMeetingRenewed())).containsExactly(3, 2, 2, 1);
        assertThat(activation.lift().getAsDouble()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(table.get(2).meeting() + table.get(2).notMeeting()).isZero();
        assertThat(table.get(2).renewalRateMeeting()).isEmpty();
        assertThat(table.get(2).lift()).isEmpty();
    }

    @Test
    void eachThresholdDecidesWhoMeetsIt() {
        // Adoption ≥ 0.5, seats ≥ 0.7, tickets ≤ 1.0, stakeholders ≥ 3, first value ≤ 60 days meet.
        Account meetsAll = account("m").firstValueAfter(60).features(5, 10).seats(7, 10).tickets(1.0)
                .stakeholders(3).build();
        Account meetsNone = account("n").firstValueAfter(61).features(4, 10).seats(6, 10).tickets(1.1)
                .stakeholders(2).build();
        for (Indicator indicator : List.of(Indicator.TIME_TO_FIRST_VALUE, Indicator.ADOPTION,
                Indicator.SEAT_UTILISATION, Indicator.SUPPORT_LOAD, Indicator.STAKEHOLDERS)) {
            assertThat(RenewalPredictors.meets(indicator, meetsAll, DEFAULTS)).as(indicator.label()).isTrue();
            assertThat(RenewalPredictors.meets(indicator, meetsNone, DEFAULTS)).as(indicator.label()).isFalse();
        }
        assertThat(RenewalPredictors.meets(Indicator.ADOPTION, account("z").features(0, 0).build(), DEFAULTS)).isNull();
    }

    @Test
    void noLiftWhenNobodyOnTheNotMeetingSideRenewed() {
        List<Account> accounts = List.of(
                account("x").stakeholders(3).renewed(true).build(),
                account("y").stakeholders(1).renewed(false).build());
        RenewalPredictor stakeholders = RenewalPredictors.of(Indicator.STAKEHOLDERS, accounts, DEFAULTS);
        assertThat(stakeholders.renewalRateMeeting().getAsDouble()).isEqualTo(1);
        assertThat(stakeholders.renewalRateNotMeeting().getAsDouble()).isEqualTo(0);
        assertThat(stakeholders.lift()).isEmpty();
    }

    @Test
    void theThresholdsAreSettingsOfTheirOwn() {
        Account a = account("a").activatedAfter(20).firstValueAfter(50).nps(25).seats(13, 10).build();
        assertThat(RenewalPredictors.meets(Indicator.ACTIVATION, a, DEFAULTS)).isTrue(); // ≤ 30 days
        assertThat(RenewalPredictors.meets(Indicator.NPS, a, DEFAULTS)).isFalse(); // below 30
        HealthSettings stricter = DEFAULTS.withPredictorThreshold(Indicator.ACTIVATION, 14)
                .withPredictorThreshold(Indicator.TIME_TO_FIRST_VALUE, 45).withPredictorThreshold(Indicator.NPS, 20)
                .withPredictorThreshold(Indicator.SEAT_UTILISATION, 1);
        assertThat(RenewalPredictors.meets(Indicator.ACTIVATION, a, stricter)).isFalse();
        assertThat(RenewalPredictors.meets(Indicator.TIME_TO_FIRST_VALUE, a, stricter)).isFalse();
        assertThat(RenewalPredictors.meets(Indicator.NPS, a, stricter)).isTrue();
        // 13 active users on 10 seats count as full use, which meets a threshold of 1.
        assertThat(RenewalPredictors.meets(Indicator.SEAT_UTILISATION, a, stricter)).isTrue();
        // The scoring thresholds are not the predictor's: scoring activation differently changes no "meets".
        HealthSettings scoredOtherwise = DEFAULTS.withScoring(7, 10, 30, 60, 2, 3);
        assertThat(RenewalPredictors.meets(Indicator.ACTIVATION, a, scoredOtherwise)).isTrue();
        assertThat(HealthWords.meaning(Indicator.SEAT_UTILISATION, DEFAULTS.predictorThresholds().value(Indicator.SEAT_UTILISATION)))
                .isEqualTo("active users ÷ seats ≥ 70 %");
    }

    @Test
    void aThresholdAnIndicatorCannotBeJudgedAgainstIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.withPredictorThreshold(Indicator.ADOPTION, 1.2))
                .hasMessage("predictor threshold of Feature adoption must be between 0 and 1, got 1.2");
        assertThatThrownBy(() -> DEFAULTS.withPredictorThreshold(Indicator.ACTIVATION, 2.5))
                .hasMessage("predictor threshold of Activation must be a whole number, got 2.5");
        assertThatThrownBy(() -> DEFAULTS.withPredictorThreshold(Indicator.NPS, 120))
                .hasMessage("predictor threshold of NPS must be between -100 and 100, got 120");
        assertThatThrownBy(() -> DEFAULTS.withPredictorThreshold(Indicator.SUPPORT_LOAD, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
