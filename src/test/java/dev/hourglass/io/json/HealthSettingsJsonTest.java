package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthSettingsJsonTest {
    @Test
    void everySettingComesBackThePredictorAndExpansionThresholdsIncluded() {
        HealthSettings tuned = HealthSettings.defaults().withWeight(Indicator.NPS, 35)
                .withPredictorThreshold(Indicator.TIME_TO_FIRST_VALUE, 45).withPredictorThreshold(Indicator.NPS, -10)
                .withExpansion(0.85, 0.6).withMinimumOutcomes(8);
        String json = HealthSettingsJson.toJson(tuned);
        assertThat(json).contains("\"predictorThresholds\":{\"activation\":30.0,\"timeToFirstValue\":45.0");
        assertThat(HealthSettingsJson.fromJson(json)).isEqualTo(tuned);
    }

    @Test
    void settingsSavedBeforeThePredictorHadItsOwnThresholdsReadAsTheyWorked() {
        // Then activation and first value "met" at the half-score days and stakeholders at the full-score count.
        HealthSettings old = HealthSettingsJson.fromJson("{\"activationHalfDays\": 45, \"firstValueHalfDays\": 90, "
                + "\"stakeholdersFull\": 4, \"adoptionThreshold\": 0.6, \"seatThreshold\": 0.8, \"ticketsThreshold\": 2,"
                + " \"npsThreshold\": 10}");
        assertThat(old.predictorThresholds().values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Indicator.ACTIVATION, 45.0, Indicator.TIME_TO_FIRST_VALUE, 90.0, Indicator.STAKEHOLDERS, 4.0,
                Indicator.ADOPTION, 0.6, Indicator.SEAT_UTILISATION, 0.8, Indicator.SUPPORT_LOAD, 2.0,
                Indicator.NPS, 10.0));
        assertThat(HealthSettingsJson.fromJson("{}")).isEqualTo(HealthSettings.defaults());
    }

    @Test
    void aRefusedThresholdIsSaidNotCrashed() {
        assertThatThrownBy(() -> HealthSettingsJson.fromJson("{\"predictorThresholds\": {\"adoption\": 3}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the health settings hold a refused value: predictor threshold of Feature adoption must be"
                        + " between 0 and 1, got 3");
    }
}
