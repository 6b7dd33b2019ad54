package dev.hourglass.model.accounts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts and ARR now ({@link Account#arrNow()}: 0 once churned) per band, every band present (0 when empty),
 * {@link RiskBand#UNSCORED} included, so that the bands add up to all accounts and to {@code totalArr}.
 */
public record BandTotals(Map<RiskBand, Integer> accounts, Map<RiskBand, Double> arr, double totalArr) {
    public BandTotals {
        accounts = Collections.unmodifiableMap(new EnumMap<>(accounts));
        arr = Collections.unmodifiableMap(new EnumMap<>(arr));
    }

    public static BandTotals of(List<Account> all, HealthScores scores) {
        EnumMap<RiskBand, Integer> accounts = new EnumMap<>(RiskBand.class);
        double[] arr = new double[RiskBand.values().length];
        double total = 0;
        for (int i = 0; i < all.size(); i++) {
            double arrNow = all.get(i).arrNow();
            arr[scores.band(i).ordinal()] += arrNow;
            total += arrNow;
        }
        EnumMap<RiskBand, Double> arrByBand = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            accounts.put(band, scores.count(band));
            arrByBand.put(band, arr[band.ordinal()]);
        }
        return new BandTotals(accounts, arrByBand, total);
    }
}
