package dev.hourglass.model.accounts;

import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of accounts prepared for live editing of the health settings: the indicator scores are computed once, the
 * outcomes by source and campaign (which no health setting changes) once, and {@link #withSettings} re-scores every
 * account in a tight loop. The pieces that follow from the bands ({@link #bands()}, {@link #renewalRisk()},
 * {@link #expansionTargets()}) are one pass each; {@link #analysis()} builds everything, reasons of every account
 * included, and {@link #scoredAccount} the reasons of one shown row.
 */
public final class AccountsModel {
    private final List<Account> accounts;
    private final HealthSettings settings;
    private final IndicatorScores indicators;
    private final HealthScores scores;
    private final List<GroupOutcome> bySource;
    private final List<GroupOutcome> byCampaign;
    private final Set<Indicator> missingIndicators;

    private AccountsModel(List<Account> accounts, HealthSettings settings, IndicatorScores indicators,
                          List<GroupOutcome> bySource, List<GroupOutcome> byCampaign, Set<Indicator> missingIndicators) {
        this.accounts = accounts;
        this.missingIndicators = missingIndicators;
        this.settings = settings;
        this.indicators = indicators;
        this.scores = HealthScorer.rescore(indicators, settings);
        this.bySource = bySource;
        this.byCampaign = byCampaign;
    }

    public static AccountsModel of(List<Account> accounts, HealthSettings settings, Map<String, Double> spendBySource,
                                   Map<String, Double> spendByCampaign, double grossMargin, LocalDate asOf) {
        List<Account> all = Require.listOf("accounts", accounts);
        Require.present("health settings", settings);
        return new AccountsModel(all, settings, IndicatorScores.of(all, settings),
                GroupOutcomes.bySource(all, spendBySource, grossMargin, asOf),
                GroupOutcomes.byCampaign(all, spendByCampaign, grossMargin, asOf), MissingIndicators.of(all));
    }

    /** The same accounts under other settings; the indicator scores are reused unless a scoring threshold changed. */
    public AccountsModel withSettings(HealthSettings changed) {
        Require.present("health settings", changed);
        IndicatorScores reused = indicators.scoredAlike(changed) ? indicators : IndicatorScores.of(accounts, changed);
        return new AccountsModel(accounts, changed, reused, bySource, byCampaign, missingIndicators);
    }

    public List<Account> accounts() {
        return accounts;
    }

    public HealthSettings settings() {
        return settings;
    }

    /** Score and band of every account, by index into {@link #accounts()}. */
    public HealthScores scores() {
        return scores;
    }

    /** One account's score, band, reasons and missing indicators. */
    public ScoredAccount scoredAccount(int index) {
        return HealthScorer.score(accounts.get(index), settings);
    }

    public BandTotals bands() {
        return BandTotals.of(accounts, scores);
    }

    public RenewalRisk renewalRisk() {
        return RenewalRiskCalculator.calculate(accounts, scores, settings);
    }

    public List<RenewalPredictor> predictors() {
        return RenewalPredictors.rank(accounts, settings);
    }

    public List<ExpansionTarget> expansionTargets() {
        return ExpansionTargets.of(accounts, scores, settings);
    }

    public List<GroupOutcome> bySource() {
        return bySource;
    }

    public List<GroupOutcome> byCampaign() {
        return byCampaign;
    }

    /** The indicators no account has, left out of every score ({@link MissingIndicators}). */
    public Set<Indicator> missingIndicators() {
        return missingIndicators;
    }

    public AccountsAnalysis analysis() {
        List<ScoredAccount> scored = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            scored.add(scoredAccount(i));
        }
        return new AccountsAnalysis(settings, scored, bands(), renewalRisk(), predictors(), expansionTargets(),
                bySource, byCampaign, missingIndicators);
    }
}
