package dev.hourglass.model.accounts;

/** The leading indicators a health score weighs (metrics.md §7), each scored 0–1 against editable thresholds. */
public enum Indicator {
    ACTIVATION("Activation"),
    TIME_TO_FIRST_VALUE("Time to first value"),
    ADOPTION("Feature adoption"),
    SEAT_UTILISATION("Seat utilisation"),
    SUPPORT_LOAD("Support tickets"),
    STAKEHOLDERS("Active stakeholders"),
    NPS("NPS");

    private final String label;

    Indicator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
