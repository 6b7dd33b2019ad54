package dev.hourglass.model.postsale;

import dev.hourglass.model.Require;

/** Account counts reaching each post-sale milestone. */
public record PostSaleFunnelInputs(long closedWon, long onboarded7d, long activated30d, long keyFeature60d,
                                   long sponsor90d, long renewalIntent270d) {
    public PostSaleFunnelInputs {
        Require.nonNegative("closed-won accounts", closedWon);
        Require.nonNegative("onboarded within 7 days", onboarded7d);
        Require.nonNegative("activated within 30 days", activated30d);
        Require.nonNegative("key feature adopted by day 60", keyFeature60d);
        Require.nonNegative("executive sponsor by day 90", sponsor90d);
        Require.nonNegative("renewal intent by day 270", renewalIntent270d);
    }

    public long count(PostSaleStep step) {
        return switch (step) {
            case CLOSED_WON -> closedWon;
            case ONBOARDED_7D -> onboarded7d;
            case ACTIVATED_30D -> activated30d;
            case KEY_FEATURE_60D -> keyFeature60d;
            case SPONSOR_90D -> sponsor90d;
            case RENEWAL_INTENT_270D -> renewalIntent270d;
        };
    }
}
