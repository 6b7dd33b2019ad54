package dev.hourglass.model.pipeline;

/** Which close rate the required coverage is the inverse of. */
public enum CoverageBasis {
    CLOSE_RATE("Close rate"),
    SLIPPAGE_ADJUSTED_CLOSE_RATE("Slippage-adjusted close rate");

    private final String label;

    CoverageBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
