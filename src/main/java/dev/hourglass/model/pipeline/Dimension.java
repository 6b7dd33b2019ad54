package dev.hourglass.model.pipeline;

import java.util.function.Function;

/** A deal field the close and win rates are broken down by. */
public enum Dimension {
    SEGMENT("segment", "Segment", Deal::segment),
    COMPETITOR("competitor", "Competitor", Deal::competitor),
    OWNER("owner", "Owner", Deal::owner),
    TEAM("team", "Team", Deal::team);

    /** Shown for deals whose field is empty. */
    public static final String NONE = "(none)";

    private final String key;
    private final String label;
    private final Function<Deal, String> field;

    Dimension(String key, String label, Function<Deal, String> field) {
        this.key = key;
        this.label = label;
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The deal's value in this dimension; {@link #NONE} when empty. */
    public String valueOf(Deal deal) {
        String value = field.apply(deal);
        return value.isEmpty() ? NONE : value;
    }
}
