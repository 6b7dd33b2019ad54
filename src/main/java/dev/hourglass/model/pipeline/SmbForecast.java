package dev.hourglass.model.pipeline;

import dev.hourglass.model.Require;

/**
 * The SMB weighted forecast (metrics.md §4, seed 003): Won + Σ rate × open amount per forecast category
 * + creation rate × pipeline expected to be created and closed within the period.
 */
public record SmbForecast(double won, double commit, double commitRate, double bestCase, double bestCaseRate,
                          double pipeline, double pipelineRate, double expectedCreation, double creationRate) {
    public SmbForecast {
        Require.nonNegative("won", won);
        Require.nonNegative("commit", commit);
        Require.fraction("commit rate", commitRate);
        Require.nonNegative("best case", bestCase);
        Require.fraction("best case rate", bestCaseRate);
        Require.nonNegative("pipeline", pipeline);
        Require.fraction("pipeline rate", pipelineRate);
        Require.nonNegative("expected creation", expectedCreation);
        Require.fraction("creation rate", creationRate);
    }

    public double forecast() {
        return won + commitRate * commit + bestCaseRate * bestCase + pipelineRate * pipeline
                + creationRate * expectedCreation;
    }
}
