package dev.hourglass.model.accounts;

import java.util.List;

/**
 * The 0–1 score of every indicator of many accounts, computed once, one {@code double[]} per indicator
 * (NaN = unknown), so that a change of weights or band limits re-scores 200,000 accounts in a tight loop.
 * Only the scoring thresholds of the settings go in here; weights and band limits do not.
 */
public final class IndicatorScores {
    private static final Indicator[] INDICATORS = Indicator.values();

    private final double[][] columns;
    private final int size;
    private final HealthSettings thresholds;

    private IndicatorScores(double[][] columns, int size, HealthSettings thresholds) {
        this.columns = columns;
        this.size = size;
        this.thresholds = thresholds;
    }

    public static IndicatorScores of(List<Account> accounts, HealthSettings settings) {
        int size = accounts.size();
        double[][] columns = new double[INDICATORS.length][size];
        for (int i = 0; i < size; i++) {
            Account account = accounts.get(i);
            for (Indicator indicator : INDICATORS) {
                columns[indicator.ordinal()][i] = IndicatorScorer.scoreOrNaN(indicator, account, settings);
            }
        }
        return new IndicatorScores(columns, size, settings);
    }

    public int size() {
        return size;
    }

    /** The score 0–1 of one indicator of the account at {@code index}, NaN when unknown. */
    public double score(Indicator indicator, int index) {
        return columns[indicator.ordinal()][index];
    }

    double[] column(Indicator indicator) {
        return columns[indicator.ordinal()];
    }

    /** Whether these scores still hold under other settings: true when only weights, bands or the rest changed. */
    public boolean scoredAlike(HealthSettings settings) {
        return settings.activationFullDays() == thresholds.activationFullDays()
                && settings.activationHalfDays() == thresholds.activationHalfDays()
                && settings.firstValueFullDays() == thresholds.firstValueFullDays()
                && settings.firstValueHalfDays() == thresholds.firstValueHalfDays()
                && settings.ticketsPerUserAtZero() == thresholds.ticketsPerUserAtZero()
                && settings.stakeholdersFull() == thresholds.stakeholdersFull();
    }
}
