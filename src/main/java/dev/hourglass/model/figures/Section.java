package dev.hourglass.model.figures;

/** The sections of a scenario, by their key in the scenario file and in {@code calc --json}. */
public enum Section {
    UNIT_ECONOMICS("unitEconomics"),
    RETENTION("retention"),
    RETENTION_PROGRAM("retentionProgram"),
    BUDGET("budget"),
    POST_SALE_FUNNEL("postSaleFunnel"),
    CHANNELS("channels"),
    SMB_FORECAST("smbForecast"),
    /** The pipeline view's settings that are not a scenario's: the lead funnel and the coverage floor. */
    PIPELINE("pipeline");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
