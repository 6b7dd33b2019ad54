package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** An export without an activation column: activation is missing for every account, never a known "not activated". */
class MissingIndicatorsTest {
    private static final HealthSettings DEFAULTS = HealthSettings.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    private static List<Account> withoutActivation() {
        return List.of(
                account("a1").activationUnknown().seats(30, 40).nps(20).started("2023-06-01").renewed(true).build(),
                account("a2").activationUnknown().seats(10, 40).nps(-60).started("2023-06-01").renewed(false)
                        .renewal("2024-06-01").build());
    }

    @Test
    void anUnknownActivationIsLeftOutAndScoresAsIfItsWeightWere0() {
        List<Account> accounts = withoutActivation();
        AccountsModel unknown = AccountsModel.of(accounts, DEFAULTS, Map.of(), Map.of(), 0.8, AS_OF);
        // a1: seats 30/40 = 0.75 (weight 20), NPS (20 + 100)/200 = 0.6 (weight 10): 100 × (15 + 6) / 30 = 70, green.
        // a2: seats 0.25, NPS 0.2: 100 × (5 + 2) / 30 = 23.3, red.
        assertThat(unknown.scores().score(0).getAsDouble()).isCloseTo(70, within(1e-9));
        assertThat(unknown.scores().band(0)).isEqualTo(RiskBand.GREEN);
        assertThat(unknown.scores().score(1).getAsDouble()).isCloseTo(70.0 / 3, within(1e-9));
        // The same accounts known never to have activated, under an activation weight of 0, score the same.
        List<Account> notActivated = accounts.stream().map(a -> new Account(a.account(), a.source(), a.campaign(),
                a.segment(), a.startDate(), a.arr(), a.renewalDate(), a.daysToActivation(), a.daysToFirstValue(),
                a.featuresAdopted(), a.featuresAvailable(), a.activeUsers(), a.seats(), a.ticketsPerActiveUser(),
                a.activeStakeholders(), a.nps(), a.renewed(), a.expansionArr(), a.churnDate())).toList();
        AccountsModel weightless = AccountsModel.of(notActivated, DEFAULTS.withWeight(Indicator.ACTIVATION, 0),
                Map.of(), Map.of(), 0.8, AS_OF);
        for (int i = 0; i < accounts.size(); i++) {
            assertThat(unknown.scores().score(i)).isEqualTo(weightless.scores().score(i));
            assertThat(unknown.scoredAccount(i).score()).isEqualTo(unknown.scores().score(i));
        }
        ScoredAccount a2 = unknown.scoredAccount(1);
        assertThat(a2.missing()).contains(Indicator.ACTIVATION);
        assertThat(a2.reasons()).extracting(Reason::indicator).containsExactly(Indicator.SEAT_UTILISATION, Indicator.NPS);
        // Known never to have activated, with its weight of 20, a2 would score 100 × 7 / 50 = 14.
        assertThat(AccountsModel.of(notActivated, DEFAULTS, Map.of(), Map.of(), 0.8, AS_OF).scores().score(1)
                .getAsDouble()).isCloseTo(14, within(1e-9));
    }

    @Test
    void theAnalysisNamesTheMissingIndicatorsInWords() {
        AccountsModel model = AccountsModel.of(withoutActivation(), DEFAULTS, Map.of(), Map.of(), 0.8, AS_OF);
        assertThat(model.missingIndicators()).containsExactly(Indicator.ACTIVATION, Indicator.TIME_TO_FIRST_VALUE,
                Indicator.ADOPTION, Indicator.SUPPORT_LOAD, Indicator.STAKEHOLDERS);
        assertThat(model.analysis().missingIndicators()).isEqualTo(model.missingIndicators());
        assertThat(MissingIndicators.explain(Indicator.ACTIVATION)).isEqualTo("The file has no daysToActivation column:"
                + " activation is left out of the score and its weight shared over the others");
        assertThat(MissingIndicators.explain(Indicator.NPS)).isEqualTo("No account has an nps:"
                + " NPS is left out of the score and its weight shared over the others");
        assertThat(MissingIndicators.explain(Indicator.SUPPORT_LOAD)).isEqualTo("No account has a ticketsPerActiveUser:"
                + " support load is left out of the score and its weight shared over the others");
        // An empty activation of a file with the column is a value (not activated): nothing is missing for it.
        assertThat(MissingIndicators.of(List.of(account("x").build(), account("y").activatedAfter(3).build())))
                .doesNotContain(Indicator.ACTIVATION);
        assertThat(MissingIndicators.of(List.of())).isEmpty();
    }

    @Test
    void noActivationRateAndNoActivationPredictorWithoutTheColumn() {
        List<Account> accounts = withoutActivation();
        GroupOutcome all = GroupOutcomes.bySource(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(all.activationRate()).isEmpty();
        RenewalPredictor activation = RenewalPredictors.rank(accounts, DEFAULTS).stream()
                .filter(p -> p.indicator() == Indicator.ACTIVATION).findFirst().orElseThrow();
        assertThat(activation.meeting() + activation.notMeeting()).isZero();
        assertThat(activation.lift()).isEmpty();
        // Mixed: one known activated, one known not, one unknown → 1 of the 2 known activated.
        List<Account> mixed = List.of(account("k1").activatedAfter(5).build(), account("k2").build(),
                account("u").activationUnknown().build());
        assertThat(GroupOutcomes.bySource(mixed, Map.of(), 0.8, AS_OF).get(0).activationRate()).hasValue(0.5);
    }

    @Test
    void anUnknownActivationCannotHaveDays() {
        assertThatThrownBy(() -> new Account("a", "", "", "", AS_OF, 100, Optional.empty(),
                OptionalInt.of(3), false, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), 0, Optional.empty()))
                .hasMessage("account a has days to activation while its activation is unknown");
    }
}
