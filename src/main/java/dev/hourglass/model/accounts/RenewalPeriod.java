package dev.hourglass.model.accounts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The open renewals of one month or quarter.
 *
 * @param label              "2025-Q1" or "2025-03"
 * @param start              the first day of the period
 * @param arrByBand          ARR up for renewal per band, every band present; adds up to {@code arr}
 * @param expectedChurnedArr Σ ARR · p(band)
 */
public record RenewalPeriod(String label, LocalDate start, int accounts, Map<RiskBand, Double> arrByBand, double arr,
                            double expectedChurnedArr) {
    public RenewalPeriod {
        arrByBand = Collections.unmodifiableMap(new EnumMap<>(arrByBand));
    }
}
