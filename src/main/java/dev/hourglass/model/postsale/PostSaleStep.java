package dev.hourglass.model.postsale;

/** The milestones of the post-sale funnel (seed 000, "Closed-Won → Day 270"), in order. */
public enum PostSaleStep {
    CLOSED_WON("closedWon", "Closed-won accounts"),
    ONBOARDED_7D("onboarded7d", "Onboarding scheduled within 7 days"),
    ACTIVATED_30D("activated30d", "Activated within 30 days"),
    KEY_FEATURE_60D("keyFeature60d", "Key feature adopted by day 60"),
    SPONSOR_90D("sponsor90d", "Executive sponsor engaged by day 90"),
    RENEWAL_INTENT_270D("renewalIntent270d", "Renewal intent by day 270");

    private final String key;
    private final String label;

    PostSaleStep(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in scenario files and JSON output. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
