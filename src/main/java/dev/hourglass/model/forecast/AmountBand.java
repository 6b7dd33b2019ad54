package dev.hourglass.model.forecast;

/**
 * Deal sizes by order of magnitude (under 10, 10 to 99, 100 to 999, …): bands that need no currency and no pass
 * over the data to set their limits. Amounts below 1 share band 0.
 */
public final class AmountBand {
    private AmountBand() {
    }

    public static int of(double amount) {
        return amount < 1 ? 0 : (int) Math.floor(Math.log10(amount)) + 1;
    }

}
