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
    private final LocalDate asOf;
    private final int startedLater;
    private final ImpossibleValues impossibleValues;
    private final List<Account> accounts;
    private final HealthSettings settings;
    private final IndicatorScores indicators;
    private final HealthScores scores;
    private final List<GroupOutcome> bySource;
    private final List<GroupOutcome> byCampaign;
    private final Set<Indicator> missingIndicators;

    private AccountsModel(PointInTime known, ImpossibleValues impossibleValues, HealthSettings settings,
                          IndicatorScores indicators, List<GroupOutcome> bySource, List<GroupOutcome> byCampaign,
                          Set<Indicator> missingIndicators) {
        this.asOf = known.asOf();
        this.startedLater = known.startedLater();
        this.impossibleValues = impossibleValues;
        this.accounts = known.accounts();
        this.missingIndicators = missingIndicators;
        this.settings = settings;
        this.indicators = indicators;
        this.scores = HealthScorer.rescore(indicators, settings);
        this.bySource = bySource;
        this.byCampaign = byCampaign;
    }

    /**
     * @param accounts every account read; analysed as known on {@code asOf} ({@link PointInTime}), those started
     *                 later left out
     */
    public static AccountsModel of(List<Account> accounts, HealthSettings settings, Map<String, Double> spendBySource,
                                   Map<String, Double> spendByCampaign, double grossMargin, LocalDate asOf) {
        List<Account> read = Require.listOf("accounts", accounts);
        Require.present("health settings", settings);
        Require.present("analysis date", asOf);
        PointInTime known = PointInTime.of(read, asOf);
        List<Account> all = known.accounts();
        return new AccountsModel(known, ImpossibleValues.of(read), settings, IndicatorScores.of(all, settings),
                GroupOutcomes.bySource(all, spendBySource, grossMargin, asOf),
                GroupOutcomes.byCampaign(all, spendByCampaign, grossMargin, asOf), MissingIndicators.of(all));
    }

    /** The same accounts under other settings; the indicator scores are reused unless a scoring threshold changed. */
    public AccountsModel withSettings(HealthSettings changed) {
        Require.present("health settings", changed);
        IndicatorScores reused = indicators.scoredAlike(changed) ? indicators : IndicatorScores.of(accounts, changed);
        return new AccountsModel(new PointInTime(asOf, accounts, startedLater), impossibleValues, changed, reused,
                bySource, byCampaign, missingIndicators);
    }

    /** The date every figure is as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Accounts of the data left out because they started after {@link #asOf()}. */
    public int startedLater() {
        return startedLater;
    }

    /** Values of the data that cannot be true (over all accounts read, those started later included). */
    public ImpossibleValues impossibleValues() {
        return impossibleValues;
    }

    /** The accounts as known on {@link #asOf()}, those started later left out. */
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
        return new AccountsAnalysis(asOf, startedLater, settings, scored, bands(), renewalRisk(), predictors(),
                expansionTargets(), bySource, byCampaign, missingIndicators, impossibleValues);
    }
}
