package dev.hourglass.model.accounts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The renewal-risk pipeline (metrics.md §7): the accounts whose renewal is still open (a renewal date, no outcome,
 * not churned), their ARR now by band and period, and the ARR expected to churn.
 *
 * @param byQuarter          calendar quarters with open renewals, earliest first
 * @param byMonth            months with open renewals, earliest first
 * @param arrByBand          pipeline ARR per band, every band present; adds up to {@code pipelineArr}
 * @param churnProbabilities p(band) for every band, measured or from the settings
 * @param expectedGrr        1 − expected churned ARR / pipeline ARR, empty when the pipeline is empty; the figure the
 *                           retention scenario takes
 */
public record RenewalRisk(List<RenewalPeriod> byQuarter, List<RenewalPeriod> byMonth, Map<RiskBand, Double> arrByBand,
                          Map<RiskBand, ChurnProbability> churnProbabilities, int accounts, double pipelineArr,
                          double expectedChurnedArr, OptionalDouble expectedGrr) {
    public RenewalRisk {
        byQuarter = List.copyOf(byQuarter);
        byMonth = List.copyOf(byMonth);
        arrByBand = Collections.unmodifiableMap(new EnumMap<>(arrByBand));
        churnProbabilities = Collections.unmodifiableMap(new EnumMap<>(churnProbabilities));
    }
}
