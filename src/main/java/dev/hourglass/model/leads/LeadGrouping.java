package dev.hourglass.model.leads;

/** What the funnel's breakdown groups leads by. */
public enum LeadGrouping {
    SOURCE("source"), CAMPAIGN("campaign");

    private final String key;

    LeadGrouping(String key) {
        this.key = key;
    }

    /** The name used for this grouping in JSON and options ({@code source}, {@code campaign}). */
    public String key() {
        return key;
    }

    public String valueOf(Lead lead) {
        return this == SOURCE ? lead.source() : lead.campaign();
    }
}
