package dev.hourglass.model.pipeline;

import dev.hourglass.model.Require;

/**
 * Everything about a pipeline analysis that is a choice rather than data: the period's bookings target, the
 * coverage rule, the diagnosis thresholds, which forecast categories count in the in-blood forecast, and the
 * SMB weighted-forecast rates. {@link #defaults(double)} gives the values of seed 003.
 */
public record PipelineSettings(double target, CoverageBasis coverageBasis, double coverageFloor,
                               double closeRateThreshold, double winRateThreshold, SalesMotion motion,
                               boolean includeCommit, boolean includeBestCase, boolean includePipeline,
                               double commitRate, double bestCaseRate, double pipelineRate, double creationRate,
                               double expectedCreation) {
    public static final double RULE_OF_THUMB_COVERAGE = 3.0;

    public PipelineSettings {
        Require.positive("target", target);
        Require.present("coverage basis", coverageBasis);
        Require.nonNegative("coverage floor", coverageFloor);
        Require.fraction("close rate threshold", closeRateThreshold);
        Require.fraction("win rate threshold", winRateThreshold);
        Require.present("sales motion", motion);
        Require.fraction("commit rate", commitRate);
        Require.fraction("best case rate", bestCaseRate);
        Require.fraction("pipeline rate", pipelineRate);
        Require.fraction("creation rate", creationRate);
        Require.nonNegative("expected creation", expectedCreation);
    }

    public static PipelineSettings defaults(double target) {
        return new PipelineSettings(target, CoverageBasis.CLOSE_RATE, RULE_OF_THUMB_COVERAGE, 0.33, 0.50,
                SalesMotion.ENTERPRISE, true, false, false, 0.9, 0.6, 0.3, 0.3, 0);
    }

    public PipelineSettings withCoverageBasis(CoverageBasis basis) {
        return new PipelineSettings(target, basis, coverageFloor, closeRateThreshold, winRateThreshold, motion,
                includeCommit, includeBestCase, includePipeline, commitRate, bestCaseRate, pipelineRate,
                creationRate, expectedCreation);
    }

    public PipelineSettings withMotion(SalesMotion salesMotion) {
        return new PipelineSettings(target, coverageBasis, coverageFloor, closeRateThreshold, winRateThreshold,
                salesMotion, includeCommit, includeBestCase, includePipeline, commitRate, bestCaseRate,
                pipelineRate, creationRate, expectedCreation);
    }

    public PipelineSettings withCoverageFloor(double floor) {
        return new PipelineSettings(target, coverageBasis, floor, closeRateThreshold, winRateThreshold, motion,
                includeCommit, includeBestCase, includePipeline, commitRate, bestCaseRate, pipelineRate,
                creationRate, expectedCreation);
    }

    public PipelineSettings withForecastCategories(boolean commit, boolean bestCase, boolean pipeline) {
        return new PipelineSettings(target, coverageBasis, coverageFloor, closeRateThreshold, winRateThreshold,
                motion, commit, bestCase, pipeline, commitRate, bestCaseRate, pipelineRate, creationRate,
                expectedCreation);
    }

    public PipelineSettings withTarget(double value) {
        return new PipelineSettings(value, coverageBasis, coverageFloor, closeRateThreshold, winRateThreshold,
                motion, includeCommit, includeBestCase, includePipeline, commitRate, bestCaseRate, pipelineRate,
                creationRate, expectedCreation);
    }

    public PipelineSettings withExpectedCreation(double amount) {
        return new PipelineSettings(target, coverageBasis, coverageFloor, closeRateThreshold, winRateThreshold,
                motion, includeCommit, includeBestCase, includePipeline, commitRate, bestCaseRate, pipelineRate,
                creationRate, amount);
    }

    public PipelineSettings withSmbRates(double commit, double bestCase, double pipeline, double creation) {
        return new PipelineSettings(target, coverageBasis, coverageFloor, closeRateThreshold, winRateThreshold,
                motion, includeCommit, includeBestCase, includePipeline, commit, bestCase, pipeline, creation,
                expectedCreation);
    }

    /**
     * Whether an open deal counts in the forecast: its own switch when the user set one (kept across imports of the
     * same CRM), else its category's. The Pipeline view's tick and the forecast figure both follow it.
     */
    public boolean includes(Deal deal, ForecastCategory category) {
        return deal.include() != null ? deal.include() : includes(category);
    }

    /** Whether an open deal of this category counts in the in-blood forecast when it has no override. */
    public boolean includes(ForecastCategory category) {
        return switch (category) {
            case COMMIT -> includeCommit;
            case BEST_CASE -> includeBestCase;
            case PIPELINE -> includePipeline;
        };
    }
}
