package dev.hourglass.model.forecast;

/** Where the deals' probabilities came from (forecast.md §1). */
public enum OddsMethod {
    /** Learned from the closed deals of the data. */
    HISTORY("history"),
    /** Fewer than {@link CellRates#MIN_DEALS} closed deals: the SMB forecast's category rates. */
    CATEGORY_RATES("categoryRates");

    private final String key;

    OddsMethod(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
