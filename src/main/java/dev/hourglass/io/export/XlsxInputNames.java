package dev.hourglass.io.export;

import java.util.Map;
import java.util.Optional;

/**
 * The workbook names of a scenario's inputs, by scenario-file key, so that a formula reads like its metric
 * ({@code acv*grossMargin/12}). A table's inputs (budget lines, channels) are used by cell instead.
 */
final class XlsxInputNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("unitEconomics.acv", "acv"),
            Map.entry("unitEconomics.grossMargin", "grossMargin"),
            Map.entry("unitEconomics.cac", "cac"),
            Map.entry("unitEconomics.annualLogoChurn", "annualLogoChurn"),
            Map.entry("unitEconomics.firstYearLogoChurn", "firstYearLogoChurn"),
            Map.entry("unitEconomics.annualExpansion", "annualExpansion"),
            Map.entry("unitEconomics.billing", "billing"),
            Map.entry("unitEconomics.horizonMonths", "horizonMonths"),
            Map.entry("unitEconomics.annualDiscountRate", "annualDiscountRate"),
            Map.entry("retention.startArr", "startArr"),
            Map.entry("retention.grr", "grr"),
            Map.entry("retention.nrr", "nrr"),
            Map.entry("retention.churnRate", "churnRate"),
            Map.entry("retention.contractionRate", "contractionRate"),
            Map.entry("retention.expansionRate", "expansionRate"),
            Map.entry("retention.years", "years"),
            Map.entry("retention.nrrImprovement.nrrA", "nrrNow"),
            Map.entry("retention.nrrImprovement.nrrB", "nrrAfter"),
            Map.entry("retention.nrrImprovement.acv", "nrrGainAcv"),
            Map.entry("retention.nrrImprovement.cac", "nrrGainCac"),
            Map.entry("retention.nrrImprovement.closeRate", "closeRate"),
            Map.entry("retentionProgram.customers", "programmeCustomers"),
            Map.entry("retentionProgram.acv", "programmeAcv"),
            Map.entry("retentionProgram.grossMargin", "programmeGrossMargin"),
            Map.entry("retentionProgram.churnNow", "programmeChurnNow"),
            Map.entry("retentionProgram.churnTarget", "programmeChurnTarget"),
            Map.entry("retentionProgram.programCost", "programmeCost"),
            Map.entry("postSaleFunnel.closedWon", "closedWon"),
            Map.entry("postSaleFunnel.onboarded7d", "onboardedIn7Days"),
            Map.entry("postSaleFunnel.activated30d", "activatedIn30Days"),
            Map.entry("postSaleFunnel.keyFeature60d", "keyFeatureBy60Days"),
            Map.entry("postSaleFunnel.sponsor90d", "sponsorBy90Days"),
            Map.entry("postSaleFunnel.renewalIntent270d", "renewalIntentBy270Days"),
            Map.entry("smbForecast.won", "smbWon"),
            Map.entry("smbForecast.commit", "smbCommit"),
            Map.entry("smbForecast.commitRate", "smbCommitRate"),
            Map.entry("smbForecast.bestCase", "smbBestCase"),
            Map.entry("smbForecast.bestCaseRate", "smbBestCaseRate"),
            Map.entry("smbForecast.pipeline", "smbPipeline"),
            Map.entry("smbForecast.pipelineRate", "smbPipelineRate"),
            Map.entry("smbForecast.expectedCreation", "smbExpectedCreation"),
            Map.entry("smbForecast.creationRate", "smbCreationRate"));

    /** The new ARR of year 1, 2, … as one range: a year past its end books the last figure again. */
    static final String NEW_ARR_PER_YEAR = "newArrPerYear";

    private XlsxInputNames() {
    }

    static Optional<String> of(String key) {
        return Optional.ofNullable(NAMES.get(key));
    }

    static boolean isNewArr(String key) {
        return key.startsWith("retention." + NEW_ARR_PER_YEAR + "[");
    }
}
