package dev.hourglass.model.accounts;

import dev.hourglass.io.words.HealthWords;
import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthScorerTest {
    private static final HealthSettings DEFAULTS = HealthSettings.defaults();

    private static double indicator(Indicator indicator, AccountBuilder account) {
        return IndicatorScorer.score(indicator, account.build(), DEFAULTS).orElse(Double.NaN);
    }

    @Test
    void theWorkedExampleScoresItsBandAndReasons() {
        Account a = account("Acme").activatedAfter(10).features(3, 10).seats(12, 40).tickets(1.0).stakeholders(1)
                .nps(20).build();
        ScoredAccount scored = HealthScorer.score(a, DEFAULTS);
        // Default weights 20/10/20/20/10/10/10; time to first value unknown → left out, available weights 90.
        // Scores: activation 10 ≤ 14 → 1; adoption 3/10 = 0.3; seats 12/40 = 0.3; tickets 1 − 1.0/2.0 = 0.5;
        // stakeholders 1/3; NPS (20 + 100)/200 = 0.6.
        // 100 × (20·1 + 20·0.3 + 20·0.3 + 10·0.5 + 10·(1/3) + 10·0.6) / 90 = 100 × 46.333… / 90 = 51.481…
        assertThat(scored.score().getAsDouble()).isCloseTo(100 * (20 + 6 + 6 + 5 + 10.0 / 3 + 6) / 90, within(1e-9))
                .isCloseTo(51.4815, within(1e-4));
        assertThat(scored.band()).isEqualTo(RiskBand.YELLOW); // 40 ≤ 51.5 < 70
        assertThat(scored.missing()).containsExactly(Indicator.TIME_TO_FIRST_VALUE);
        // Points lost 100·w·(1 − s)/90: adoption and seats 20·0.7 → 15.556 each (indicator order breaks the tie),
        // stakeholders 10·2/3 → 7.407, tickets 10·0.5 → 5.556, NPS 10·0.4 → 4.444; activation lost nothing.
        assertThat(scored.reasons()).extracting(Reason::indicator).containsExactly(Indicator.ADOPTION,
                Indicator.SEAT_UTILISATION, Indicator.STAKEHOLDERS, Indicator.SUPPORT_LOAD, Indicator.NPS);
        assertThat(scored.reasons()).extracting(HealthWords::reason).containsExactly("3 of 10 features adopted (30 %)",
                "12 of 40 seats active (30 %)", "1 active stakeholder (3 wanted)", "1 support ticket per active user",
                "NPS 20");
        double[] points = {1400.0 / 90, 1400.0 / 90, 1000.0 * 2 / 3 / 90, 500.0 / 90, 400.0 / 90};
        for (int i = 0; i < points.length; i++) {
            assertThat(scored.reasons().get(i).pointsLost()).isCloseTo(points[i], within(1e-9));
        }
        // What was lost and what was kept make 100.
        assertThat(scored.reasons().stream().mapToDouble(Reason::pointsLost).sum() + scored.score().getAsDouble())
                .isCloseTo(100, within(1e-9));
    }

    @Test
    void activationScoresInStepsAndNeverActivatedIsAKnownZero() {
        assertThat(indicator(Indicator.ACTIVATION, account("a").activatedAfter(14))).isEqualTo(1);
        assertThat(indicator(Indicator.ACTIVATION, account("a").activatedAfter(15))).isEqualTo(0.5);
        assertThat(indicator(Indicator.ACTIVATION, account("a").activatedAfter(30))).isEqualTo(0.5);
        assertThat(indicator(Indicator.ACTIVATION, account("a").activatedAfter(31))).isEqualTo(0);
        assertThat(indicator(Indicator.ACTIVATION, account("a"))).isEqualTo(0);

        ScoredAccount never = HealthScorer.score(account("a").nps(100).build(), DEFAULTS);
        // Known: activation 0 (weight 20), NPS 1 (weight 10) → 100 × 10/30 = 33.3, red; the rest are missing.
        assertThat(never.score().getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(never.band()).isEqualTo(RiskBand.RED);
        assertThat(never.missing()).doesNotContain(Indicator.ACTIVATION).hasSize(5);
        assertThat(never.reasons()).singleElement().satisfies(r -> {
            assertThat(HealthWords.reason(r)).isEqualTo("no activation within 30 days");
            assertThat(r.pointsLost()).isCloseTo(100.0 * 20 / 30, within(1e-9));
        });
        assertThat(HealthScorer.score(account("a").activatedAfter(31).build(), DEFAULTS).reasons().get(0)).extracting(HealthWords::reason)
                .isEqualTo("no activation within 30 days");
        assertThat(HealthScorer.score(account("a").activatedAfter(20).build(), DEFAULTS).reasons().get(0)).extracting(HealthWords::reason)
                .isEqualTo("activated after 20 days");
    }

    @Test
    void timeToFirstValueScoresInStepsAndEmptyIsMissing() {
        assertThat(indicator(Indicator.TIME_TO_FIRST_VALUE, account("a").firstValueAfter(30))).isEqualTo(1);
        assertThat(indicator(Indicator.TIME_TO_FIRST_VALUE, account("a").firstValueAfter(31))).isEqualTo(0.5);
        assertThat(indicator(Indicator.TIME_TO_FIRST_VALUE, account("a").firstValueAfter(60))).isEqualTo(0.5);
        assertThat(indicator(Indicator.TIME_TO_FIRST_VALUE, account("a").firstValueAfter(61))).isEqualTo(0);
        assertThat(indicator(Indicator.TIME_TO_FIRST_VALUE, account("a"))).isNaN();
        ScoredAccount late = HealthScorer.score(account("a").activatedAfter(1).firstValueAfter(61).build(), DEFAULTS);
        // Activation 1 (20), first value 0 (10): 100 × 20/30 = 66.7; first value cost 100 × 10/30 = 33.3.
        assertThat(late.score().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(late.reasons()).singleElement().extracting(HealthWords::reason).isEqualTo("first value after 61 days");
    }

    @Test
    void adoptionAndSeatsAreSharesCappedAtOneAndMissingWithoutADenominator() {
        assertThat(indicator(Indicator.ADOPTION, account("a").features(3, 10))).isCloseTo(0.3, within(1e-12));
        assertThat(indicator(Indicator.ADOPTION, account("a").features(12, 10))).isEqualTo(1);
        assertThat(indicator(Indicator.ADOPTION, account("a").features(0, 0))).isNaN();
        assertThat(indicator(Indicator.ADOPTION, account("a"))).isNaN();
        assertThat(indicator(Indicator.SEAT_UTILISATION, account("a").seats(12, 40))).isCloseTo(0.3, within(1e-12));
        assertThat(indicator(Indicator.SEAT_UTILISATION, account("a").seats(45, 40))).isEqualTo(1);
        assertThat(indicator(Indicator.SEAT_UTILISATION, account("a").seats(3, 0))).isNaN();
    }

    @Test
    void ticketsStakeholdersAndNpsScoreAndDescribeThemselves() {
        assertThat(indicator(Indicator.SUPPORT_LOAD, account("a").tickets(0))).isEqualTo(1);
        assertThat(indicator(Indicator.SUPPORT_LOAD, account("a").tickets(0.5))).isEqualTo(0.75); // 1 − 0.5/2
        assertThat(indicator(Indicator.SUPPORT_LOAD, account("a").tickets(2.4))).isEqualTo(0);
        assertThat(indicator(Indicator.STAKEHOLDERS, account("a").stakeholders(2))).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(indicator(Indicator.STAKEHOLDERS, account("a").stakeholders(5))).isEqualTo(1);
        assertThat(indicator(Indicator.NPS, account("a").nps(-20))).isEqualTo(0.4); // (−20 + 100)/200
        assertThat(indicator(Indicator.NPS, account("a").nps(-100))).isEqualTo(0);
        assertThat(indicator(Indicator.NPS, account("a").nps(100))).isEqualTo(1);

        Account a = account("a").activatedAfter(1).tickets(2.4).stakeholders(0).nps(-20).build();
        assertThat(HealthScorer.score(a, DEFAULTS).reasons()).extracting(HealthWords::reason).containsExactly(
                "2.4 support tickets per active user", // 100 × 10·1/50 = 20 points (available weight 50) …
                "0 active stakeholders (3 wanted)", // … 20 too; a tie keeps the order of the indicators
                "NPS \u221220"); // 100 × 10·0.6/50 = 12
    }

    @Test
    void weightZeroIndicatorsAreNeitherAvailableNorMissing() {
        HealthSettings npsOnly = AccountBuilder.npsOnly();
        ScoredAccount scored = HealthScorer.score(account("a").nps(-20).features(0, 10).build(), npsOnly);
        assertThat(scored.score().getAsDouble()).isCloseTo(40, within(1e-9)); // (−20 + 100)/2
        assertThat(scored.band()).isEqualTo(RiskBand.YELLOW);
        assertThat(scored.missing()).isEmpty();
        assertThat(scored.reasons()).extracting(Reason::indicator).containsExactly(Indicator.NPS);
    }

    @Test
    void anAccountWithNoWeightedIndicatorKnownHasNoScoreAndNoBand() {
        ScoredAccount scored = HealthScorer.score(account("a").activatedAfter(3).build(), AccountBuilder.npsOnly());
        assertThat(scored.score()).isEmpty();
        assertThat(scored.band()).isEqualTo(RiskBand.UNSCORED);
        assertThat(scored.missing()).containsExactly(Indicator.NPS);
        assertThat(scored.reasons()).isEmpty();
    }

    @Test
    void bandsIncludeTheirLowerLimit() {
        assertThat(RiskBand.of(100, DEFAULTS)).isEqualTo(RiskBand.GREEN);
        assertThat(RiskBand.of(70, DEFAULTS)).isEqualTo(RiskBand.GREEN);
        assertThat(RiskBand.of(69.99999999999999, DEFAULTS)).isEqualTo(RiskBand.GREEN); // 70 after rounding noise
        assertThat(RiskBand.of(69.99, DEFAULTS)).isEqualTo(RiskBand.YELLOW);
        assertThat(RiskBand.of(40, DEFAULTS)).isEqualTo(RiskBand.YELLOW);
        assertThat(RiskBand.of(39.99, DEFAULTS)).isEqualTo(RiskBand.RED);
        assertThat(RiskBand.of(0, DEFAULTS)).isEqualTo(RiskBand.RED);
        assertThat(RiskBand.of(Double.NaN, DEFAULTS)).isEqualTo(RiskBand.UNSCORED);
        assertThat(RiskBand.of(50, DEFAULTS.withBands(50, 20))).isEqualTo(RiskBand.GREEN);
    }

    @Test
    void rescoringWithNewWeightsMatchesScoringEachAccount() {
        List<Account> accounts = List.of(
                account("a").activatedAfter(10).features(3, 10).seats(12, 40).tickets(1).stakeholders(1).nps(20).build(),
                account("b").nps(100).build(),
                account("c").activatedAfter(5).firstValueAfter(10).features(9, 10).seats(40, 40).build());
        IndicatorScores indicators = IndicatorScores.of(accounts, DEFAULTS);
        HealthSettings changed = DEFAULTS.withWeight(Indicator.NPS, 40).withWeight(Indicator.ADOPTION, 0)
                .withBands(60, 30);
        HealthScores scores = HealthScorer.rescore(indicators, changed);
        for (int i = 0; i < accounts.size(); i++) {
            ScoredAccount one = HealthScorer.score(accounts.get(i), changed);
            assertThat(scores.score(i)).isEqualTo(one.score());
            assertThat(scores.band(i)).isEqualTo(one.band());
        }
        // b: activation 0 (20) and NPS 1 (40) → 100 × 40/60 = 66.7, green from 60.
        assertThat(scores.score(1).getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(scores.band(1)).isEqualTo(RiskBand.GREEN);
        assertThat(scores.count(RiskBand.GREEN) + scores.count(RiskBand.YELLOW) + scores.count(RiskBand.RED))
                .isEqualTo(3);
    }

    @Test
    void rescoringRefusesSettingsThatScoreIndicatorsDifferently() {
        IndicatorScores indicators = IndicatorScores.of(List.of(account("a").build()), DEFAULTS);
        HealthSettings d = DEFAULTS;
        HealthSettings stricter = new HealthSettings(d.weights(), 7, d.activationHalfDays(), d.firstValueFullDays(),
                d.firstValueHalfDays(), d.ticketsPerUserAtZero(), d.stakeholdersFull(), d.predictorThresholds(),
                d.greenFrom(), d.yellowFrom(),
                d.expansionSeatFrom(), d.expansionAdoptionFrom(), d.minimumOutcomes(), d.redChurn(), d.yellowChurn(),
                d.greenChurn());
        assertThat(indicators.scoredAlike(DEFAULTS.withWeight(Indicator.NPS, 50).withBands(80, 50))).isTrue();
        assertThatThrownBy(() -> HealthScorer.rescore(indicators, stricter))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
