package dev.hourglass.model.pipeline;

/** Where the buyer is (seed 003): each phase maps to one forecast category. */
public enum Phase {
    CONVERSATIONS("Conversations", ForecastCategory.PIPELINE),
    FUNDED_PROJECTS("Funded projects", ForecastCategory.BEST_CASE),
    VOC_NEGOTIATIONS("Vendor-of-choice negotiations", ForecastCategory.COMMIT);

    private final String label;
    private final ForecastCategory category;

    Phase(String label, ForecastCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public ForecastCategory category() {
        return category;
    }

    public static Phase of(ForecastCategory category) {
        for (Phase phase : values()) {
            if (phase.category == category) {
                return phase;
            }
        }
        throw new IllegalArgumentException("no phase for " + category);
    }
}
