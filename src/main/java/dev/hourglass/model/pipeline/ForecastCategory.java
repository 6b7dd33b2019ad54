package dev.hourglass.model.pipeline;

/** Salesforce-style forecast categories of an open deal (metrics.md §4). */
public enum ForecastCategory {
    PIPELINE("Pipeline"),
    BEST_CASE("Best case"),
    COMMIT("Commit");

    private final String label;

    ForecastCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
