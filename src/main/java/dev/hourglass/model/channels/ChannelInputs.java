package dev.hourglass.model.channels;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.Require;

/** What one acquisition channel cost and what its customers did (metrics.md §5, seed 004). */
public record ChannelInputs(String name, double spend, long newCustomers, long activated, long retained90d,
                            double annualLogoChurn, double annualExpansion, double acv, double grossMargin) {
    public ChannelInputs {
        Require.notBlank("channel name", name);
        Require.atMostChars("channel name", name, InputLimits.MAX_NAME_CHARS);
        Require.nonNegative("spend", spend);
        Require.nonNegative("new customers", newCustomers);
        Require.nonNegative("activated customers", activated);
        Require.nonNegative("customers retained at 90 days", retained90d);
        Require.fraction("annual logo churn", annualLogoChurn);
        Require.nonNegative("annual expansion", annualExpansion);
        Require.positive("ACV", acv);
        Require.fraction("gross margin", grossMargin);
    }
}
