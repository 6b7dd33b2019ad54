package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 004: campaign A brings cheaper customers, campaign B better ones; ranked by value B comes first. */
class GroupOutcomesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    static final List<Account> CAMPAIGNS = List.of(
            // A: 4 customers, all started 2023-06-01 (a year later: 2024-06-01), 10,000 ARR each.
            account("a1").campaign("A").source("Paid search").started("2023-06-01").activatedAfter(5)
                    .firstValueAfter(20).features(2, 10).renewed(true).build(),
            account("a2").campaign("A").source("Paid search").started("2023-06-01").features(1, 10)
                    .churned("2024-03-01").build(), // never activated, left within the year
            account("a3").campaign("A").source("Paid search").started("2023-06-01").activatedAfter(12)
                    .firstValueAfter(40).features(3, 10).renewal("2024-06-01").renewed(false).build(), // not renewed on the day
            account("a4").campaign("A").source("Paid search").started("2023-06-01").activatedAfter(20)
                    .firstValueAfter(35).renewed(true).build(),
            // B: 3 customers, 12,000 ARR each; b3 is not a year old yet.
            account("b1").campaign("B").source("Events").started("2023-03-01").arr(12_000).activatedAfter(3)
                    .firstValueAfter(10).features(6, 10).renewed(true).expansion(6_000).build(),
            account("b2").campaign("B").source("Events").started("2023-03-01").arr(12_000).activatedAfter(8)
                    .firstValueAfter(14).features(8, 10).renewed(true).build(),
            account("b3").campaign("B").source("Events").started("2024-06-01").arr(12_000).activatedAfter(4)
                    .firstValueAfter(12).features(7, 10).build());

    private static List<GroupOutcome> byCampaign() {
        return GroupOutcomes.byCampaign(CAMPAIGNS, Map.of("A", 40_000.0, "B", 60_000.0), 0.8, AS_OF);
    }

    @Test
    void campaignAIsCheaperButWorse() {
        GroupOutcome a = byCampaign().get(1);
        assertThat(a.group()).isEqualTo("A");
        assertThat(a.customers()).isEqualTo(4);
        assertThat(a.cac().getAsDouble()).isEqualTo(10_000); // 40,000 / 4
        assertThat(a.activationRate().getAsDouble()).isEqualTo(0.75); // a1, a3, a4 of 4
        assertThat(a.medianDaysToFirstValue().getAsDouble()).isEqualTo(35); // 20, 35, 40
        assertThat(a.adoptionRate().getAsDouble()).isCloseTo(0.2, within(1e-12)); // (0.2 + 0.1 + 0.3) / 3
        assertThat(a.yearOldAccounts()).isEqualTo(4);
        assertThat(a.logoRetention12m().getAsDouble()).isEqualTo(0.5); // a2 and a3 left within the year
        assertThat(a.startingArr()).isEqualTo(40_000);
        assertThat(a.arrNow()).isEqualTo(20_000);
        assertThat(a.nrr().getAsDouble()).isEqualTo(0.5);
        assertThat(a.expansionArr()).isZero();
        assertThat(a.retainedCustomers()).isEqualTo(2);
        assertThat(a.costPerRetainedCustomer().getAsDouble()).isEqualTo(20_000); // 40,000 / 2
        // LTV: ACV 10,000, margin 0.8, churn 1 − 0.5, expansion max(0, 0.5 − 0.5) = 0, annual billing, 5 years:
        // 8,000 × (1 + 0.5 + 0.25 + 0.125 + 0.0625) = 15,500; LTV:CAC 1.55.
        assertThat(a.ltv().getAsDouble()).isCloseTo(15_500, within(1e-6));
        assertThat(a.ltvToCac().getAsDouble()).isCloseTo(1.55, within(1e-9));
    }

    @Test
    void campaignBCostsMoreAndWinsOnLtvToCac() {
        List<GroupOutcome> ranked = byCampaign();
        assertThat(ranked).extracting(GroupOutcome::group).containsExactly("B", "A");
        GroupOutcome b = ranked.get(0);
        assertThat(b.cac().getAsDouble()).isEqualTo(20_000); // 60,000 / 3
        assertThat(b.activationRate().getAsDouble()).isEqualTo(1);
        assertThat(b.medianDaysToFirstValue().getAsDouble()).isEqualTo(12); // 10, 12, 14
        assertThat(b.adoptionRate().getAsDouble()).isCloseTo(0.7, within(1e-12)); // (0.6 + 0.8 + 0.7) / 3
        assertThat(b.yearOldAccounts()).isEqualTo(2); // b3 started 2024-06-01, less than a year before 2025-01-01
        assertThat(b.logoRetention12m().getAsDouble()).isEqualTo(1);
        assertThat(b.startingArr()).isEqualTo(36_000);
        assertThat(b.arrNow()).isEqualTo(42_000); // 18,000 + 12,000 + 12,000
        assertThat(b.nrr().getAsDouble()).isCloseTo(7.0 / 6, within(1e-12));
        assertThat(b.expansionArr()).isEqualTo(6_000);
        assertThat(b.costPerRetainedCustomer().getAsDouble()).isEqualTo(20_000); // 60,000 / 3
        // LTV: ACV 12,000, churn 0, expansion 7/6 − 1 = 1/6 a year: 9,600 × Σ_{y<5} (7/6)^y = 9,600 × 6.968… = 66,896.
        double byHand = 0;
        for (int year = 0; year < 5; year++) {
            byHand += 9_600 * Math.pow(7.0 / 6, year);
        }
        assertThat(b.ltv().getAsDouble()).isCloseTo(byHand, within(1e-6)).isCloseTo(66_896, within(1.0));
        assertThat(b.ltvToCac().getAsDouble()).isCloseTo(byHand / 20_000, within(1e-9)); // 3.34 > A's 1.55
    }

    @Test
    void aGroupWithoutSpendHasNoCacAndComesLast() {
        List<GroupOutcome> bySource = GroupOutcomes.bySource(CAMPAIGNS, Map.of("Paid search", 40_000.0), 0.8, AS_OF);
        assertThat(bySource).extracting(GroupOutcome::group).containsExactly("Paid search", "Events");
        GroupOutcome events = bySource.get(1);
        assertThat(events.spend()).isEmpty();
        assertThat(events.cac()).isEmpty();
        assertThat(events.costPerRetainedCustomer()).isEmpty();
        assertThat(events.ltv()).isPresent();
        assertThat(events.ltvToCac()).isEmpty();
    }

    @Test
    void aGroupWithNoYearOldAccountHasNoRetentionAndNoLtv() {
        GroupOutcome young = GroupOutcomes.byCampaign(CAMPAIGNS.subList(6, 7), Map.of("B", 5_000.0), 0.8, AS_OF).get(0);
        assertThat(young.yearOldAccounts()).isZero();
        assertThat(young.logoRetention12m()).isEmpty();
        assertThat(young.ltv()).isEmpty();
        assertThat(young.cac().getAsDouble()).isEqualTo(5_000);
    }

    @Test
    void churnIsCountedInTheFirstYearOnlyUpToAYearAfterTheStart() {
        Account lateChurn = account("l").started("2023-01-01").churned("2024-01-02").build();
        Account lateNoRenewal = account("n").started("2023-01-01").renewal("2024-01-02").renewed(false).build();
        Account onTheDay = account("d").started("2023-01-01").churned("2024-01-01").build();
        LocalDate yearLater = LocalDate.of(2024, 1, 1);
        assertThat(GroupOutcomes.churnedWithin(lateChurn, yearLater)).isFalse();
        assertThat(GroupOutcomes.churnedWithin(lateNoRenewal, yearLater)).isFalse();
        assertThat(GroupOutcomes.churnedWithin(onTheDay, yearLater)).isTrue();
    }

    @Test
    void groupsWithoutSpendAreRankedByLtvThenCustomersNeverByName() {
        // All started 2023-06-01, a year old by AS_OF, none churned: retention 1, NRR 1, so LTV = ACV × 0.8 × 5 years.
        List<Account> accounts = List.of(
                account("s1").source("Aardvark ads").arr(5_000).started("2023-06-01").build(), // LTV 20,000, with spend
                account("a1").source("Alpha").arr(10_000).started("2023-06-01").build(), // LTV 40,000, 2 customers
                account("a2").source("Alpha").arr(10_000).started("2023-06-01").build(),
                account("b1").source("Beta").arr(20_000).started("2023-06-01").build(), // LTV 80,000
                account("y1").source("Young").arr(50_000).started("2024-10-01").build(), // no year-old account: no LTV
                account("z1").source("Zulu").arr(10_000).started("2023-06-01").build(), // LTV 40,000, 3 customers
                account("z2").source("Zulu").arr(10_000).started("2023-06-01").build(),
                account("z3").source("Zulu").arr(10_000).started("2023-06-01").build());
        List<GroupOutcome> ranked = GroupOutcomes.bySource(accounts, Map.of("Aardvark ads", 10_000.0), 0.8, AS_OF);
        // LTV:CAC first (20,000 / 10,000 = 2); then by LTV: Beta 80,000, then Zulu and Alpha at 40,000 each, Zulu
        // with more customers first; Young without an LTV last.
        assertThat(ranked).extracting(GroupOutcome::group)
                .containsExactly("Aardvark ads", "Beta", "Zulu", "Alpha", "Young");
        assertThat(ranked.get(0).ltvToCac().getAsDouble()).isCloseTo(2, within(1e-9));
        assertThat(ranked).extracting(g -> g.ltv().orElse(-1)).containsExactly(20_000.0, 80_000.0, 40_000.0,
                40_000.0, -1.0);
    }

    @Test
    void aContractionLowersNrrAndTheNetExpansion() {
        List<Account> accounts = List.of(
                account("up").campaign("C").started("2023-06-01").arr(10_000).expansion(2_000).renewed(true).build(),
                account("down").campaign("C").started("2023-06-01").arr(10_000).expansion(-3_000).renewed(true).build());
        GroupOutcome c = GroupOutcomes.byCampaign(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(accounts.get(1).arrNow()).isEqualTo(7_000);
        assertThat(c.startingArr()).isEqualTo(20_000);
        assertThat(c.arrNow()).isEqualTo(19_000); // 12,000 + 7,000
        assertThat(c.nrr().getAsDouble()).isCloseTo(0.95, within(1e-12));
        assertThat(c.expansionArr()).isEqualTo(-1_000); // +2,000 − 3,000
        // No expansion term below an NRR of 1: LTV = 10,000 × 0.8 × 5 (retention 1) = 40,000.
        assertThat(c.ltv().getAsDouble()).isCloseTo(40_000, within(1e-6));
    }

    @Test
    void aContractionLargerThanTheArrIsRefused() {
        assertThatThrownBy(() -> account("x").arr(1_000).expansion(-1_500).build())
                .hasMessage("the contraction of account x (-1500.0) is larger than its ARR (1000.0)");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(GroupOutcomes.median(new int[] {30, 10, 20, 40}).getAsDouble()).isEqualTo(25);
        assertThat(GroupOutcomes.median(new int[0])).isEmpty();
    }
}
