package dev.hourglass.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountsAnalysisTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final Map<String, Double> SOURCE_SPEND = Map.of("Paid search", 40_000.0, "Events", 60_000.0);
    private static final Map<String, Double> CAMPAIGN_SPEND = Map.of("A", 40_000.0, "B", 60_000.0);

    private static List<Account> accounts() {
        Random random = new Random(7);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            accounts.add(AccountBuilder.random(random, i));
        }
        return accounts;
    }

    @Test
    void theEntryPointGathersEveryPieceAsKnownOnTheDate() {
        List<Account> read = accounts();
        HealthSettings settings = HealthSettings.defaults();
        AccountsAnalysis analysis = AccountsAnalysis.of(read, settings, SOURCE_SPEND, CAMPAIGN_SPEND, 0.8, AS_OF);
        // Every random account started before AS_OF; some renewal outcomes and churns come after it and are unknown.
        List<Account> accounts = PointInTime.of(read, AS_OF).accounts();
        assertThat(accounts).isNotEqualTo(read);
        assertThat(analysis.asOf()).isEqualTo(AS_OF);
        assertThat(analysis.startedLater()).isZero();
        HealthScores scores = HealthScorer.rescore(IndicatorScores.of(accounts, settings), settings);
        assertThat(analysis.accounts()).hasSize(300);
        for (int i = 0; i < accounts.size(); i++) {
            assertThat(analysis.accounts().get(i)).isEqualTo(HealthScorer.score(accounts.get(i), settings));
        }
        assertThat(analysis.bands()).isEqualTo(BandTotals.of(accounts, scores));
        assertThat(analysis.renewalRisk()).isEqualTo(RenewalRiskCalculator.calculate(accounts, scores, settings));
        assertThat(analysis.predictors()).isEqualTo(RenewalPredictors.rank(accounts, settings));
        assertThat(analysis.expansionTargets()).isEqualTo(ExpansionTargets.of(accounts, scores, settings));
        assertThat(analysis.bySource()).isEqualTo(GroupOutcomes.bySource(accounts, SOURCE_SPEND, 0.8, AS_OF));
        assertThat(analysis.byCampaign()).isEqualTo(GroupOutcomes.byCampaign(accounts, CAMPAIGN_SPEND, 0.8, AS_OF));
    }

    @Test
    void changedSettingsGiveTheSameAnalysisAsStartingAfresh() {
        List<Account> accounts = accounts();
        AccountsModel model = AccountsModel.of(accounts, HealthSettings.defaults(), SOURCE_SPEND, CAMPAIGN_SPEND, 0.8,
                AS_OF);
        HealthSettings weights = HealthSettings.defaults().withWeight(Indicator.NPS, 40).withBands(60, 35);
        HealthSettings d = HealthSettings.defaults();
        PredictorThresholds predictors = PredictorThresholds.defaults().with(Indicator.ACTIVATION, 21)
                .with(Indicator.TIME_TO_FIRST_VALUE, 45).with(Indicator.ADOPTION, 0.4)
                .with(Indicator.SEAT_UTILISATION, 0.6).with(Indicator.SUPPORT_LOAD, 1.5)
                .with(Indicator.STAKEHOLDERS, 2).with(Indicator.NPS, 20);
        HealthSettings thresholds = new HealthSettings(d.weights(), 7, 21, 20, 45, 3.0, 2, predictors, 70, 40,
                0.8, 0.7, 5, 0.6, 0.3, 0.1);
        for (HealthSettings changed : List.of(weights, thresholds)) {
            AccountsModel edited = model.withSettings(changed);
            assertThat(edited.analysis()).isEqualTo(
                    AccountsAnalysis.of(accounts, changed, SOURCE_SPEND, CAMPAIGN_SPEND, 0.8, AS_OF));
            assertThat(edited.scoredAccount(3)).isEqualTo(HealthScorer.score(accounts.get(3), changed));
        }
    }
}
