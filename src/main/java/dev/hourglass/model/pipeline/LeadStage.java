package dev.hourglass.model.pipeline;

/** The steps of the lead funnel (seed 003): a contact becomes a qualified deal, then a customer. */
public enum LeadStage {
    LEAD("Lead"),
    MQL("MQL"),
    SQL("SQL"),
    SAL("SAL"),
    WON("Won");

    private final String label;

    LeadStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
