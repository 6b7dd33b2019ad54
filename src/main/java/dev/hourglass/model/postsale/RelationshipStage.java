package dev.hourglass.model.postsale;

/** The stages of the whole customer relationship a budget line is spent on (metrics.md §5, seed 001). */
public enum RelationshipStage {
    AWARENESS(true, "Awareness"),
    LEAD_GENERATION(true, "Lead generation"),
    CONSIDERATION(true, "Consideration"),
    PURCHASE(true, "Purchase"),
    ONBOARDING(false, "Onboarding"),
    ADOPTION(false, "Adoption"),
    RENEWAL(false, "Renewal"),
    EXPANSION(false, "Expansion"),
    ADVOCACY_AND_REFERRAL(false, "Advocacy and referral"),
    WIN_BACK(false, "Win-back");

    private final boolean prePurchase;
    private final String label;

    RelationshipStage(boolean prePurchase, String label) {
        this.prePurchase = prePurchase;
        this.label = label;
    }

    /** True for stages before the signature (acquisition), false for the post-purchase relationship. */
    public boolean prePurchase() {
        return prePurchase;
    }

    public String label() {
        return label;
    }
}
