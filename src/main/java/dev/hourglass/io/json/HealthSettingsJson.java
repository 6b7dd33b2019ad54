package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import java.util.EnumMap;
import java.util.Map;

/**
 * The health score's settings as JSON, to keep them with the workbook: weights by indicator (keys as in
 * {@code accounts --json}) and every threshold by its record name. A field missing from the text takes its default,
 * so settings saved by an older version still read.
 */
public final class HealthSettingsJson {
    /** The workbook setting that keeps them (the Accounts health view saves, the accounts command reads). */
    public static final String WORKBOOK_SETTING = "accounts.health";

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
                .put("adoptionThreshold", s.adoptionThreshold()).put("seatThreshold", s.seatThreshold())
                .put("ticketsThreshold", s.ticketsThreshold()).put("npsThreshold", s.npsThreshold())
                .put("greenFrom", s.greenFrom()).put("yellowFrom", s.yellowFrom())
                .put("expansionSeatFrom", s.expansionSeatFrom()).put("expansionAdoptionFrom", s.expansionAdoptionFrom())
                .put("minimumOutcomes", s.minimumOutcomes()).put("redChurn", s.redChurn())
                .put("yellowChurn", s.yellowChurn()).put("greenChurn", s.greenChurn());
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
                    root.path("stakeholdersFull").asInt(d.stakeholdersFull()),
                    root.path("adoptionThreshold").asDouble(d.adoptionThreshold()),
                    root.path("seatThreshold").asDouble(d.seatThreshold()),
                    root.path("ticketsThreshold").asDouble(d.ticketsThreshold()),
                    root.path("npsThreshold").asInt(d.npsThreshold()), root.path("greenFrom").asDouble(d.greenFrom()),
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
}
