package dev.hourglass.model.accounts;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The threshold each indicator is judged against in "which indicator predicts renewal" (metrics.md §7): an account
 * meets activation or time to first value within so many days, adoption or seat utilisation at or above a share,
 * support tickets per active user at or below a number, stakeholders or NPS at or above one. Settings like the
 * score's: shown beside the table and editable.
 */
public record PredictorThresholds(Map<Indicator, Double> values) {
    public PredictorThresholds {
        EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Double value = values.get(indicator);
            if (value == null) {
                throw new InvalidInputException("predictorThresholds", "no threshold for " + indicator.label());
            }
            check(indicator, value);
            copy.put(indicator, value);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** Activated within 30 days, first value within 60, adoption ≥ 50 %, seats ≥ 70 %, ≤ 1 ticket, ≥ 3, NPS ≥ 30. */
    public static PredictorThresholds defaults() {
        EnumMap<Indicator, Double> values = new EnumMap<>(Indicator.class);
        values.put(Indicator.ACTIVATION, 30.0);
        values.put(Indicator.TIME_TO_FIRST_VALUE, 60.0);
        values.put(Indicator.ADOPTION, 0.5);
        values.put(Indicator.SEAT_UTILISATION, 0.7);
        values.put(Indicator.SUPPORT_LOAD, 1.0);
        values.put(Indicator.STAKEHOLDERS, 3.0);
        values.put(Indicator.NPS, 30.0);
        return new PredictorThresholds(values);
    }

    public double value(Indicator indicator) {
        return values.get(indicator);
    }

    /** @throws InvalidInputException when the value is not one the indicator can be judged against */
    public PredictorThresholds with(Indicator indicator, double value) {
        EnumMap<Indicator, Double> changed = new EnumMap<>(values);
        changed.put(indicator, value);
        return new PredictorThresholds(changed);
    }

    private static void check(Indicator indicator, double value) {
        String field = "predictor threshold of " + indicator.label();
        switch (indicator) {
            case ACTIVATION, TIME_TO_FIRST_VALUE, STAKEHOLDERS -> {
                Require.nonNegative(field, value);
                wholeNumber(field, value);
            }
            case ADOPTION, SEAT_UTILISATION -> Require.fraction(field, value);
            case SUPPORT_LOAD -> Require.nonNegative(field, value);
            case NPS -> {
                wholeNumber(field, value);
                Require.between(field, (int) value, -100, 100);
            }
        }
    }

    private static void wholeNumber(String field, double value) {
        if (!(value == Math.rint(value)) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, field + " must be a whole number, got " + value, Rule.WHOLE_NUMBER, value);
        }
    }
}
