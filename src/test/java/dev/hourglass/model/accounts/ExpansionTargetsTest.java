package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpansionTargetsTest {
    @Test
    void greenAccountsUsingEnoughSeatsOrFeaturesRankedByArrNow() {
        HealthSettings settings = AccountBuilder.npsOnly(); // NPS 80 → 90 green; seats ≥ 0.9 or adoption ≥ 0.8
        List<Account> accounts = List.of(
                account("a").nps(80).seats(9, 10).arr(50_000).build(), // 0.9 seats: in, 50,000
                account("b").nps(80).features(8, 10).seats(5, 10).arr(30_000).expansion(40_000).build(), // in, 70,000
                account("c").nps(80).seats(8, 10).features(7, 10).arr(90_000).build(), // neither: out
                account("d").nps(0).seats(10, 10).arr(90_000).build(), // yellow: out
                account("e").nps(80).seats(10, 10).arr(90_000).churned("2024-05-01").build(), // churned: out
                account("f").nps(80).arr(90_000).build()); // nothing known: out
        List<ExpansionTarget> targets = ExpansionTargets.of(accounts,
                HealthScorer.rescore(IndicatorScores.of(accounts, settings), settings), settings);
        assertThat(targets).extracting(t -> t.account().account()).containsExactly("b", "a");
        assertThat(targets.get(0).arrNow()).isEqualTo(70_000);
        assertThat(targets.get(0).score()).isEqualTo(90);
        assertThat(targets.get(0).adoption().getAsDouble()).isEqualTo(0.8);
        assertThat(targets.get(0).seatUtilisation().getAsDouble()).isEqualTo(0.5);
        assertThat(targets.get(1).arrNow()).isEqualTo(50_000);
        assertThat(targets.get(1).adoption()).isEmpty();
    }

    @Test
    void seatsAndFeaturesAboveWhatWasBoughtShowAsFullUseAsInTheScore() {
        HealthSettings settings = AccountBuilder.npsOnly();
        List<Account> accounts = List.of(account("over").nps(80).seats(50, 40).features(12, 10).build());
        List<ExpansionTarget> targets = ExpansionTargets.of(accounts,
                HealthScorer.rescore(IndicatorScores.of(accounts, settings), settings), settings);
        // 50 of 40 seats and 12 of 10 features count as 1 each, never 1.25 or 1.2.
        assertThat(targets.get(0).seatUtilisation().getAsDouble()).isEqualTo(1);
        assertThat(targets.get(0).adoption().getAsDouble()).isEqualTo(1);
        assertThat(IndicatorScorer.score(Indicator.SEAT_UTILISATION, accounts.get(0), settings).getAsDouble())
                .isEqualTo(1);
    }
}
