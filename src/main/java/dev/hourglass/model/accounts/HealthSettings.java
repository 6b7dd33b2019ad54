package dev.hourglass.model.accounts;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.util.EnumMap;
import java.util.Map;

/**
 * The settings of the health score and what follows from it (metrics.md §7): a weight per indicator, the
 * thresholds that score each indicator 0–1, the band limits, the expansion rule, and the churn probability per band
 * to use when too few accounts have a known outcome to measure it.
 *
 * @param activationFullDays      activated within this many days scores 1
 * @param activationHalfDays      within this many scores 0.5; later, or never, 0
 * @param firstValueFullDays      first value within this many days scores 1
 * @param firstValueHalfDays      within this many 0.5, later 0
 * @param ticketsPerUserAtZero    support tickets per active user (90 days) at which the support score reaches 0;
 *                                none scores 1, linear in between (the indicator inverted)
 * @param stakeholdersFull        this many active stakeholders or more score 1; fewer score their share of it
 * @param predictorThresholds     what "meets" each indicator in the predictor table
 * @param greenFrom               a score at or above this is green
 * @param yellowFrom              at or above this (and below green) yellow; below it red
 * @param expansionSeatFrom       a green account with seat utilisation at or above this is an expansion target …
 * @param expansionAdoptionFrom   … or with adoption at or above this
 * @param minimumOutcomes         accounts with a known outcome a band needs before its churn rate is measured
 * @param redChurn                churn probability of a red account when it cannot be measured
 * @param yellowChurn             likewise yellow
 * @param greenChurn              likewise green
 */
public record HealthSettings(Map<Indicator, Double> weights, int activationFullDays, int activationHalfDays,
                             int firstValueFullDays, int firstValueHalfDays, double ticketsPerUserAtZero,
                             int stakeholdersFull, PredictorThresholds predictorThresholds, double greenFrom,
                             double yellowFrom,
                             double expansionSeatFrom, double expansionAdoptionFrom, int minimumOutcomes,
                             double redChurn, double yellowChurn, double greenChurn) {
    public HealthSettings {
        EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Double weight = weights.get(indicator);
            copy.put(indicator, Require.nonNegative("weight of " + indicator.label(), weight == null ? 0 : weight));
        }
        if (copy.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new InvalidInputException("weights", "at least one indicator needs a weight above 0", Rule.NO_WEIGHT);
        }
        weights = Map.copyOf(copy);
        Require.positive("days to activation for a full score", activationFullDays);
        Require.atLeast("days to activation for half the score", activationHalfDays, activationFullDays);
        Require.positive("days to first value for a full score", firstValueFullDays);
        Require.atLeast("days to first value for half the score", firstValueHalfDays, firstValueFullDays);
        Require.positive("tickets per active user that score 0", ticketsPerUserAtZero);
        Require.positive("stakeholders for a full score", stakeholdersFull);
        Require.present("predictor thresholds", predictorThresholds);
        Require.atLeast("green band from", greenFrom, 0);
        if (greenFrom > 100) {
            throw new InvalidInputException("greenFrom",
                    "the green band must start at a score of 100 or less, got " + greenFrom, Rule.AT_MOST, 100, greenFrom);
        }
        Require.atLeast("yellow band from", yellowFrom, 0);
        if (!(yellowFrom <= greenFrom)) {
            throw new InvalidInputException("yellowFrom",
                    "the yellow band must start at or below the green one (" + yellowFrom + " > " + greenFrom + ")",
                    Rule.AT_MOST, greenFrom, yellowFrom);
        }
        Require.fraction("expansion seat utilisation", expansionSeatFrom);
        Require.fraction("expansion adoption", expansionAdoptionFrom);
        Require.nonNegative("accounts with an outcome needed to measure a band", minimumOutcomes);
        Require.fraction("churn of a red account", redChurn);
        Require.fraction("churn of a yellow account", yellowChurn);
        Require.fraction("churn of a green account", greenChurn);
    }

    /** The defaults of metrics.md §7: activated in 14 days = 1, in 30 = 0.5; stakeholders ≥ 3; green ≥ 70, red < 40. */
    public static HealthSettings defaults() {
        EnumMap<Indicator, Double> weights = new EnumMap<>(Indicator.class);
        weights.put(Indicator.ACTIVATION, 20.0);
        weights.put(Indicator.TIME_TO_FIRST_VALUE, 10.0);
        weights.put(Indicator.ADOPTION, 20.0);
        weights.put(Indicator.SEAT_UTILISATION, 20.0);
        weights.put(Indicator.SUPPORT_LOAD, 10.0);
        weights.put(Indicator.STAKEHOLDERS, 10.0);
        weights.put(Indicator.NPS, 10.0);
        return new HealthSettings(weights, 14, 30, 30, 60, 2.0, 3, PredictorThresholds.defaults(), 70, 40, 0.9, 0.8, 20,
                0.5, 0.2, 0.05);
    }

    public double weight(Indicator indicator) {
        return weights.get(indicator);
    }

    public HealthSettings withWeight(Indicator indicator, double weight) {
        EnumMap<Indicator, Double> changed = new EnumMap<>(weights);
        changed.put(indicator, weight);
        return new HealthSettings(changed, activationFullDays, activationHalfDays, firstValueFullDays,
                firstValueHalfDays, ticketsPerUserAtZero, stakeholdersFull, predictorThresholds, greenFrom, yellowFrom,
                expansionSeatFrom, expansionAdoptionFrom, minimumOutcomes, redChurn, yellowChurn, greenChurn);
    }

    /** The thresholds that score activation, time to first value, support load and stakeholders. */
    public HealthSettings withScoring(int activationFull, int activationHalf, int firstValueFull, int firstValueHalf,
                                      double ticketsAtZero, int stakeholders) {
        return new HealthSettings(weights, activationFull, activationHalf, firstValueFull, firstValueHalf, ticketsAtZero,
                stakeholders, predictorThresholds, greenFrom, yellowFrom,
                expansionSeatFrom, expansionAdoptionFrom, minimumOutcomes, redChurn, yellowChurn, greenChurn);
    }

    public HealthSettings withBands(double green, double yellow) {
        return new HealthSettings(weights, activationFullDays, activationHalfDays, firstValueFullDays,
                firstValueHalfDays, ticketsPerUserAtZero, stakeholdersFull, predictorThresholds, green, yellow,
                expansionSeatFrom, expansionAdoptionFrom, minimumOutcomes, redChurn, yellowChurn, greenChurn);
    }

    /** @throws dev.hourglass.model.InvalidInputException when the indicator cannot be judged against the value */
    public HealthSettings withPredictorThreshold(Indicator indicator, double value) {
        return new HealthSettings(weights, activationFullDays, activationHalfDays, firstValueFullDays,
                firstValueHalfDays, ticketsPerUserAtZero, stakeholdersFull, predictorThresholds.with(indicator, value),
                greenFrom, yellowFrom, expansionSeatFrom, expansionAdoptionFrom, minimumOutcomes, redChurn, yellowChurn,
                greenChurn);
    }

    /** The expansion list's rule: seat utilisation or adoption at or above these. */
    public HealthSettings withExpansion(double seatFrom, double adoptionFrom) {
        return new HealthSettings(weights, activationFullDays, activationHalfDays, firstValueFullDays,
                firstValueHalfDays, ticketsPerUserAtZero, stakeholdersFull, predictorThresholds, greenFrom, yellowFrom,
                seatFrom, adoptionFrom, minimumOutcomes, redChurn, yellowChurn, greenChurn);
    }

    /** The known outcomes a band needs before its churn probability is measured rather than taken from a setting. */
    public HealthSettings withMinimumOutcomes(int minimum) {
        return new HealthSettings(weights, activationFullDays, activationHalfDays, firstValueFullDays,
                firstValueHalfDays, ticketsPerUserAtZero, stakeholdersFull, predictorThresholds, greenFrom, yellowFrom,
                expansionSeatFrom, expansionAdoptionFrom, minimum, redChurn, yellowChurn, greenChurn);
    }
}
