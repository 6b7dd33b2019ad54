package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** metrics.md §7 "As of a date": what happened after the date was not known on it. */
class PointInTimeTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void laterChurnsAndLaterRenewalOutcomesAreUnknownLaterStartsLeftOut() {
        Account churnedLater = account("c").started("2024-01-01").churned("2025-04-01").build();
        Account lostLater = account("l").started("2024-01-01").renewal("2025-04-15").renewed(false).build();
        Account renewedBefore = account("r").started("2024-01-01").renewal("2025-01-01").renewed(true)
                .expansion(3_000).build();
        Account churnedOnTheDay = account("d").started("2024-01-01").churned("2025-03-31").build();
        Account undatedOutcome = account("u").started("2024-01-01").renewed(false).build();
        Account startsLater = account("s").started("2025-04-01").build();
        PointInTime known = PointInTime.of(List.of(churnedLater, lostLater, renewedBefore, churnedOnTheDay,
                undatedOutcome, startsLater), AS_OF);

        assertThat(known.asOf()).isEqualTo(AS_OF);
        assertThat(known.startedLater()).isEqualTo(1);
        assertThat(known.accounts()).extracting(Account::account).containsExactly("c", "l", "r", "d", "u");
        assertThat(known.accounts().get(0).churnDate()).isEmpty();
        assertThat(known.accounts().get(0).arrNow()).isEqualTo(10_000);
        assertThat(known.accounts().get(1).renewed()).isEmpty();
        assertThat(known.accounts().get(1).renewalDate()).contains(LocalDate.of(2025, 4, 15)); // open again
        // Nothing after the date: the same account, its expansion (no date) as given.
        assertThat(known.accounts().get(2)).isSameAs(renewedBefore);
        assertThat(known.accounts().get(2).arrNow()).isEqualTo(13_000);
        assertThat(known.accounts().get(3).churned()).isTrue();
        // An outcome without a renewal date cannot be placed in time: kept as given.
        assertThat(known.accounts().get(4).churned()).isTrue();
        assertThat(PointInTime.explainStartedLater(1, AS_OF))
                .isEqualTo("1 account started after 2025-03-31 and is left out (not a customer yet at that date)");
    }

    @Test
    void theRenewalPipelineAndItsMeasuredChurnAreAsOfTheDate() {
        HealthSettings settings = AccountBuilder.withMinimumOutcomes(AccountBuilder.npsOnly(), 1);
        List<Account> accounts = List.of(
                account("open").nps(-60).started("2024-01-01").arr(10_000).renewal("2025-06-01").build(),
                account("lostLater").nps(-60).started("2024-01-01").arr(20_000).renewal("2025-05-01").renewed(false)
                        .build(),
                account("keptBefore").nps(-60).started("2024-01-01").renewal("2025-02-01").renewed(true).build());
        AccountsModel model = AccountsModel.of(accounts, settings, Map.of(), Map.of(), 0.8, AS_OF);
        // On 2025-03-31 only keptBefore's outcome was known: p(red) = 0 of 1, and lostLater's renewal still open.
        RenewalRisk risk = model.renewalRisk();
        assertThat(risk.churnProbabilities().get(RiskBand.RED).knownOutcomes()).isEqualTo(1);
        assertThat(risk.churnProbabilities().get(RiskBand.RED).probability()).isZero();
        assertThat(risk.pipelineArr()).isEqualTo(30_000);
        assertThat(model.predictors()).allSatisfy(p -> assertThat(p.meeting() + p.notMeeting()).isLessThanOrEqualTo(1));
        // Afterwards both outcomes count: 1 of 2 lost, and only "open" remains in the pipeline.
        AccountsModel later = AccountsModel.of(accounts, settings, Map.of(), Map.of(), 0.8,
                LocalDate.of(2025, 5, 31));
        assertThat(later.renewalRisk().churnProbabilities().get(RiskBand.RED).probability()).isEqualTo(0.5);
        assertThat(later.renewalRisk().pipelineArr()).isEqualTo(10_000);
    }
}
