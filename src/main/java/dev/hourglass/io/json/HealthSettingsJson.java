package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.PredictorThresholds;
import java.util.EnumMap;
import java.util.Map;

/**
 * The health score's settings as JSON, to keep them with the workbook: weights by indicator (keys as in
 * {@code accounts --json}), the predictor table's thresholds likewise by indicator, and every other threshold by its
 * record name. A field missing from the text takes its default, so settings saved by an older version still read.
 */
public final class HealthSettingsJson {
    /** The workbook setting that keeps them (the Accounts health view saves, the accounts command reads). */
    public static final String WORKBOOK_SETTING = "accounts.health";
    /** The predictor table's thresholds by indicator key, as in {@code accounts --json}. */
    static final String PREDICTOR_THRESHOLDS = "predictorThresholds";

    private HealthSettingsJson() {
    }

    public static String toJson(HealthSettings s) {
        ObjectNode root = JsonFiles.STRICT.createObjectNode();
        ObjectNode weights = root.putObject("weights");
        for (Indicator indicator : Indicator.values()) {
            weights.put(AccountsAnalysisJson.key(indicator), s.weight(indicator));
        }
        root.put("activationFullDays", s.activationFullDays()).put("activationHalfDays", s.activationHalfDays())
                .put("firstValueFullDays", s.firstValueFullDays()).put("firstValueHalfDays", s.firstValueHalfDays())
                .put("ticketsPerUserAtZero", s.ticketsPerUserAtZero()).put("stakeholdersFull", s.stakeholdersFull())
                .put("greenFrom", s.greenFrom()).put("yellowFrom", s.yellowFrom())
                .put("expansionSeatFrom", s.expansionSeatFrom()).put("expansionAdoptionFrom", s.expansionAdoptionFrom())
                .put("minimumOutcomes", s.minimumOutcomes()).put("redChurn", s.redChurn())
                .put("yellowChurn", s.yellowChurn()).put("greenChurn", s.greenChurn());
        ObjectNode thresholds = root.putObject(PREDICTOR_THRESHOLDS);
        for (Indicator indicator : Indicator.values()) {
            thresholds.put(AccountsAnalysisJson.key(indicator), s.predictorThresholds().value(indicator));
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException when the text is not such JSON or holds a value the settings refuse */
    public static HealthSettings fromJson(String text) {
        HealthSettings d = HealthSettings.defaults();
        try {
            JsonNode root = JsonFiles.STRICT.readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("the health settings are not a JSON object");
            }
            Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
            JsonNode given = root.path("weights");
            for (Indicator indicator : Indicator.values()) {
                weights.put(indicator, given.path(AccountsAnalysisJson.key(indicator)).asDouble(d.weight(indicator)));
            }
            return new HealthSettings(weights, root.path("activationFullDays").asInt(d.activationFullDays()),
                    root.path("activationHalfDays").asInt(d.activationHalfDays()),
                    root.path("firstValueFullDays").asInt(d.firstValueFullDays()),
                    root.path("firstValueHalfDays").asInt(d.firstValueHalfDays()),
                    root.path("ticketsPerUserAtZero").asDouble(d.ticketsPerUserAtZero()),
                    root.path("stakeholdersFull").asInt(d.stakeholdersFull()), predictorThresholds(root),
                    root.path("greenFrom").asDouble(d.greenFrom()),
                    root.path("yellowFrom").asDouble(d.yellowFrom()),
                    root.path("expansionSeatFrom").asDouble(d.expansionSeatFrom()),
                    root.path("expansionAdoptionFrom").asDouble(d.expansionAdoptionFrom()),
                    root.path("minimumOutcomes").asInt(d.minimumOutcomes()), root.path("redChurn").asDouble(d.redChurn()),
                    root.path("yellowChurn").asDouble(d.yellowChurn()), root.path("greenChurn").asDouble(d.greenChurn()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the health settings are not readable JSON (" + e.getOriginalMessage() + ")", e);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("the health settings hold a refused value: " + e.getMessage(), e);
        }
    }

    /**
     * The predictor thresholds by indicator; settings saved before they had their own took activation, time to first
     * value and stakeholders from the scoring thresholds and the others from flat fields, and read as they worked.
     */
    private static PredictorThresholds predictorThresholds(JsonNode root) {
        PredictorThresholds d = PredictorThresholds.defaults();
        JsonNode given = root.path(PREDICTOR_THRESHOLDS);
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            JsonNode value = given.path(AccountsAnalysisJson.key(indicator));
            values.put(indicator, value.isNumber() ? value.asDouble() : legacy(root, indicator, d.value(indicator)));
        }
        return new PredictorThresholds(values);
    }

    private static double legacy(JsonNode root, Indicator indicator, double fallback) {
        String field = switch (indicator) {
            case ACTIVATION -> "activationHalfDays";
            case TIME_TO_FIRST_VALUE -> "firstValueHalfDays";
            case ADOPTION -> "adoptionThreshold";
            case SEAT_UTILISATION -> "seatThreshold";
            case SUPPORT_LOAD -> "ticketsThreshold";
            case STAKEHOLDERS -> "stakeholdersFull";
            case NPS -> "npsThreshold";
        };
        return root.path(field).asDouble(fallback);
    }
}
