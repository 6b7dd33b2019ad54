package dev.hourglass.model.accounts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything metrics.md §7 says about a set of accounts under one set of health settings.
 *
 * @param asOf             the date every figure is as of ({@link PointInTime})
 * @param startedLater     accounts of the data left out because they started after {@code asOf}
 * @param accounts         every account (as known on {@code asOf}) with its score, band, reasons and missing
 *                         indicators, in input order
 * @param bands            accounts and ARR now per band
 * @param renewalRisk      the renewal-risk pipeline and its expected GRR
 * @param predictors       which indicator predicts renewal, best lift first
 * @param expansionTargets green accounts to expand, largest ARR first
 * @param bySource         outcomes by acquisition source, ranked by value (GroupOutcomes#rank)
 * @param byCampaign       outcomes by campaign, ranked by value (GroupOutcomes#rank)
 * @param missingIndicators the indicators no account has, left out of every score ({@link MissingIndicators})
 * @param impossibleValues values of the data that cannot be true ({@link ImpossibleValues})
 */
public record AccountsAnalysis(LocalDate asOf, int startedLater, HealthSettings settings, List<ScoredAccount> accounts, BandTotals bands,
                               RenewalRisk renewalRisk, List<RenewalPredictor> predictors,
                               List<ExpansionTarget> expansionTargets, List<GroupOutcome> bySource,
                               List<GroupOutcome> byCampaign, Set<Indicator> missingIndicators,
                               ImpossibleValues impossibleValues) {
    public AccountsAnalysis {
        accounts = List.copyOf(accounts);
        predictors = List.copyOf(predictors);
        expansionTargets = List.copyOf(expansionTargets);
        bySource = List.copyOf(bySource);
        byCampaign = List.copyOf(byCampaign);
        missingIndicators = Collections.unmodifiableSet(missingIndicators.isEmpty() ? EnumSet.noneOf(Indicator.class)
                : EnumSet.copyOf(missingIndicators));
    }

    /**
     * The whole analysis in one call. To follow live edits of the settings, keep an {@link AccountsModel} instead
     * and call {@link AccountsModel#withSettings}: it re-scores without re-reading the indicators.
     *
     * @param spendBySource   spend per source name (no entry: no CAC for that source)
     * @param spendByCampaign spend per campaign name
     * @param grossMargin     for the LTV of each group (0.8 is the usual default)
     * @param asOf            the analysis date: every figure as known on it ({@link PointInTime})
     */
    public static AccountsAnalysis of(List<Account> accounts, HealthSettings settings,
                                      Map<String, Double> spendBySource, Map<String, Double> spendByCampaign,
                                      double grossMargin, LocalDate asOf) {
        return AccountsModel.of(accounts, settings, spendBySource, spendByCampaign, grossMargin, asOf).analysis();
    }
}
