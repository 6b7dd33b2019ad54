package dev.hourglass.model.retention;

import dev.hourglass.model.Require;

/** What moving NRR from {@code nrrA} to {@code nrrB} is worth (metrics.md §2). */
public record NrrImprovement(double nrrA, double nrrB, double acv, double cac, double closeRate) {
    public NrrImprovement {
        Require.nonNegative("NRR before (nrrA)", nrrA);
        Require.nonNegative("NRR after (nrrB)", nrrB);
        Require.positive("ACV", acv);
        Require.nonNegative("CAC", cac);
        Require.positive("close rate", closeRate);
        Require.fraction("close rate", closeRate);
    }

    public NrrImprovementResult valueFor(double startArr) {
        double arrGained = startArr * (nrrB - nrrA);
        double newCustomersNotNeeded = arrGained / acv;
        return new NrrImprovementResult(arrGained, newCustomersNotNeeded, newCustomersNotNeeded * cac,
                arrGained / closeRate);
    }
}
