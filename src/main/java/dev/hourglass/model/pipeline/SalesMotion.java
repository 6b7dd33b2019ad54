package dev.hourglass.model.pipeline;

/**
 * Which coverage the diagnosis compares with the required coverage: enterprise counts only Best case and Commit
 * (long cycles: early pipeline will not close this period), SMB counts everything open plus expected creation.
 */
public enum SalesMotion {
    ENTERPRISE("Enterprise"),
    SMB("SMB");

    private final String label;

    SalesMotion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
