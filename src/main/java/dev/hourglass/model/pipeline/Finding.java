package dev.hourglass.model.pipeline;

/** What a pipeline diagnosis can conclude (seed 003), with where to focus. */
public enum Finding {
    PIPELINE("Pipeline problem", "Create more qualified pipeline for the period."),
    CONVERSION_QUALIFICATION("Conversion problem: qualification and business value",
            "Most losses are to no decision: tighten qualification (SAL) and business-value content."),
    CONVERSION_DIFFERENTIATION("Conversion problem: differentiation",
            "Most losses are to competitors: improve differentiation and validation content."),
    DIFFERENTIATION("Differentiation problem", "Win rate is low: improve battle cards, references and proposals."),
    CAPACITY("Capacity", "Coverage and conversion are healthy: add sellers."),
    NOT_ENOUGH_DATA("Not enough data", "No deal closed in the period, so conversion cannot be judged.");

    private final String label;
    private final String advice;

    Finding(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    public String label() {
        return label;
    }

    public String advice() {
        return advice;
    }
}
