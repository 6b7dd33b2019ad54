package dev.hourglass.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AccountsPropertiesTest {
    /** A list of random accounts and random weights, drawn from one seed. */
    record Case(List<Account> accounts, HealthSettings settings) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            List<Account> accounts = new ArrayList<>();
            int size = random.nextInt(40);
            for (int i = 0; i < size; i++) {
                accounts.add(AccountBuilder.random(random, i));
            }
            HealthSettings settings = AccountBuilder.withMinimumOutcomes(AccountBuilder.randomWeights(random),
                    random.nextInt(6));
            return new Case(accounts, settings);
        });
    }

    private static HealthScores scores(Case c) {
        return HealthScorer.rescore(IndicatorScores.of(c.accounts(), c.settings()), c.settings());
    }

    @Property(tries = 300)
    void scoresAreBetween0And100AndLostPlusKeptMake100(@ForAll("cases") Case c) {
        for (Account account : c.accounts()) {
            ScoredAccount scored = HealthScorer.score(account, c.settings());
            scored.score().ifPresent(score -> {
                assertThat(score).isBetween(0.0, 100.0);
                assertThat(scored.reasons().stream().mapToDouble(Reason::pointsLost).sum() + score)
                        .isCloseTo(100, within(1e-9));
            });
            for (int i = 1; i < scored.reasons().size(); i++) {
                assertThat(scored.reasons().get(i).pointsLost())
                        .isLessThanOrEqualTo(scored.reasons().get(i - 1).pointsLost()).isPositive();
            }
        }
    }

    @Property(tries = 300)
    void aMissingIndicatorScoresAsIfItsWeightWere0(@ForAll("cases") Case c) {
        for (Account account : c.accounts()) {
            ScoredAccount scored = HealthScorer.score(account, c.settings());
            for (Indicator missing : scored.missing()) {
                if (scored.missing().size() == 1 && scored.score().isEmpty()) {
                    continue;
                }
                boolean otherWeights = c.settings().weights().entrySet().stream()
                        .anyMatch(w -> w.getKey() != missing && w.getValue() > 0);
                if (!otherWeights) {
                    continue;
                }
                ScoredAccount without = HealthScorer.score(account, c.settings().withWeight(missing, 0));
                assertThat(without.score()).isEqualTo(scored.score());
                assertThat(without.band()).isEqualTo(scored.band());
            }
        }
    }

    @Property(tries = 300)
    void bandsPartitionTheScoredAccountsAndRescoringAgreesWithScoringOne(@ForAll("cases") Case c) {
        HealthScores scores = scores(c);
        int scored = 0;
        for (int i = 0; i < c.accounts().size(); i++) {
            ScoredAccount one = HealthScorer.score(c.accounts().get(i), c.settings());
            assertThat(scores.score(i)).isEqualTo(one.score());
            assertThat(scores.band(i)).isEqualTo(one.band());
            assertThat(scores.band(i).scored()).isEqualTo(one.score().isPresent());
            scored += one.score().isPresent() ? 1 : 0;
        }
        assertThat(scores.count(RiskBand.GREEN) + scores.count(RiskBand.YELLOW) + scores.count(RiskBand.RED))
                .isEqualTo(scored);
        assertThat(scored + scores.count(RiskBand.UNSCORED)).isEqualTo(c.accounts().size());
    }

    @Property(tries = 300)
    void arrByBandAddsUpToTheTotalAndExpectedGrrIsARate(@ForAll("cases") Case c) {
        HealthScores scores = scores(c);
        BandTotals totals = BandTotals.of(c.accounts(), scores);
        assertThat(totals.arr().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(totals.totalArr(), within(1e-6));
        assertThat(totals.accounts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(c.accounts().size());
        RenewalRisk risk = RenewalRiskCalculator.calculate(c.accounts(), scores, c.settings());
        assertThat(risk.arrByBand().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(risk.pipelineArr(), within(1e-6));
        for (List<RenewalPeriod> periods : List.of(risk.byQuarter(), risk.byMonth())) {
            assertThat(periods.stream().mapToDouble(RenewalPeriod::arr).sum()).isCloseTo(risk.pipelineArr(), within(1e-6));
            assertThat(periods.stream().mapToDouble(RenewalPeriod::expectedChurnedArr).sum())
                    .isCloseTo(risk.expectedChurnedArr(), within(1e-6));
            for (RenewalPeriod period : periods) {
                assertThat(period.arrByBand().values().stream().mapToDouble(Double::doubleValue).sum())
                        .isCloseTo(period.arr(), within(1e-6));
            }
        }
        risk.expectedGrr().ifPresent(grr -> assertThat(grr).isBetween(-1e-12, 1 + 1e-12));
        risk.churnProbabilities().values().forEach(p -> assertThat(p.probability()).isBetween(0.0, 1.0));
    }

    @Property(tries = 300)
    void improvingAnIndicatorNeverLowersTheScore(@ForAll("cases") Case c) {
        for (Account a : c.accounts()) {
            double before = HealthScorer.score(a, c.settings()).score().orElse(Double.NaN);
            for (Account better : improved(a)) {
                double after = HealthScorer.score(better, c.settings()).score().orElse(Double.NaN);
                if (!Double.isNaN(before)) {
                    assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
                }
            }
        }
    }

    /** The account with each known indicator made better in turn (and activation where there was none). */
    private static List<Account> improved(Account a) {
        List<Account> better = new ArrayList<>();
        better.add(with(a, a.daysToActivation().isPresent()
                ? OptionalInt.of(Math.max(0, a.daysToActivation().getAsInt() - 10))
                : OptionalInt.of(40), a.daysToFirstValue(), a.featuresAdopted(), a.activeUsers(),
                a.ticketsPerActiveUser(), a.activeStakeholders(), a.nps()));
        if (a.daysToFirstValue().isPresent()) {
            better.add(with(a, a.daysToActivation(),
                    OptionalInt.of(Math.max(0, a.daysToFirstValue().getAsInt() - 20)), a.featuresAdopted(),
                    a.activeUsers(), a.ticketsPerActiveUser(), a.activeStakeholders(), a.nps()));
        }
        if (a.featuresAdopted().isPresent()) {
            better.add(with(a, a.daysToActivation(), a.daysToFirstValue(),
                    OptionalInt.of(a.featuresAdopted().getAsInt() + 2), a.activeUsers(),
                    a.ticketsPerActiveUser(), a.activeStakeholders(), a.nps()));
        }
        if (a.activeUsers().isPresent()) {
            better.add(with(a, a.daysToActivation(), a.daysToFirstValue(), a.featuresAdopted(),
                    OptionalInt.of(a.activeUsers().getAsInt() + 3), a.ticketsPerActiveUser(),
                    a.activeStakeholders(), a.nps()));
        }
        if (a.ticketsPerActiveUser().isPresent()) {
            better.add(with(a, a.daysToActivation(), a.daysToFirstValue(), a.featuresAdopted(), a.activeUsers(),
                    OptionalDouble.of(a.ticketsPerActiveUser().getAsDouble() / 2), a.activeStakeholders(),
                    a.nps()));
        }
        if (a.activeStakeholders().isPresent()) {
            better.add(with(a, a.daysToActivation(), a.daysToFirstValue(), a.featuresAdopted(), a.activeUsers(),
                    a.ticketsPerActiveUser(), OptionalInt.of(a.activeStakeholders().getAsInt() + 1),
                    a.nps()));
        }
        if (a.nps().isPresent()) {
            better.add(with(a, a.daysToActivation(), a.daysToFirstValue(), a.featuresAdopted(), a.activeUsers(),
                    a.ticketsPerActiveUser(), a.activeStakeholders(),
                    OptionalInt.of(Math.min(100, a.nps().getAsInt() + 15))));
        }
        return better;
    }

    private static Account with(Account a, OptionalInt activation, OptionalInt firstValue,
                                OptionalInt adopted, OptionalInt users,
                                OptionalDouble tickets, OptionalInt stakeholders,
                                OptionalInt nps) {
        return new Account(a.account(), a.source(), a.campaign(), a.segment(), a.startDate(), a.arr(),
                a.renewalDate(), activation, firstValue, adopted, a.featuresAvailable(), users, a.seats(), tickets,
                stakeholders, nps, a.renewed(), a.expansionArr(), a.churnDate());
    }
}
