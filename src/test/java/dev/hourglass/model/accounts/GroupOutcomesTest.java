package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: campaign A brings cheaper customers, campaign B better ones (AcquisitionViewModelTest ranks them by
 * LTV:CAC with enough survivors for an LTV); and the group LTV of metrics.md §7 with its Check.
 */
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
        GroupOutcome a = byCampaign().get(0); // first on customers: neither campaign has enough survivors for an LTV
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
        // Only a1 and a4 are a year old and still customers: too few survivors to measure expansion, so no LTV.
        assertThat(a.survivors()).isEqualTo(2);
        assertThat(a.annualExpansion()).isEmpty();
        assertThat(a.ltv()).isEmpty();
        assertThat(a.ltvToCac()).isEmpty();
    }

    @Test
    void campaignBCostsMoreAndHasTooFewSurvivorsForAnLtv() {
        List<GroupOutcome> ranked = byCampaign();
        // Neither has an LTV: ranked by customers, A's 4 before B's 3.
        assertThat(ranked).extracting(GroupOutcome::group).containsExactly("A", "B");
        GroupOutcome b = ranked.get(1);
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
        // b1 and b2 survive, 19 whole months old (2023-03-01 to 2025-01-01 is 22 months): 2 < 5, no LTV.
        assertThat(b.survivors()).isEqualTo(2);
        assertThat(b.survivorsStartingArr()).isEqualTo(24_000);
        assertThat(b.survivorsArrNow()).isEqualTo(30_000);
        assertThat(b.survivorsMeanAgeYears().getAsDouble()).isCloseTo(22.0 / 12, within(1e-12));
        assertThat(b.ltv()).isEmpty();
    }

    @Test
    void aGroupWithoutSpendHasNoCacAndComesLast() {
        List<GroupOutcome> bySource = GroupOutcomes.bySource(CAMPAIGNS, Map.of("Paid search", 40_000.0), 0.8, AS_OF);
        assertThat(bySource).extracting(GroupOutcome::group).containsExactly("Paid search", "Events");
        GroupOutcome events = bySource.get(1);
        assertThat(events.spend()).isEmpty();
        assertThat(events.cac()).isEmpty();
        assertThat(events.costPerRetainedCustomer()).isEmpty();
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
        // All started 2023-06-01, a year old by AS_OF, none churned: retention 1, no expansion, so LTV = ACV × 0.8 × 5.
        List<Account> accounts = new ArrayList<>();
        addAccounts(accounts, "Aardvark ads", 5, 5_000); // LTV 20,000, with spend
        addAccounts(accounts, "Alpha", 5, 10_000); // LTV 40,000, 5 customers
        addAccounts(accounts, "Beta", 5, 20_000); // LTV 80,000
        accounts.add(account("y1").source("Young").arr(50_000).started("2024-10-01").build()); // not a year old: no LTV
        addAccounts(accounts, "Zulu", 6, 10_000); // LTV 40,000, 6 customers
        List<GroupOutcome> ranked = GroupOutcomes.bySource(accounts, Map.of("Aardvark ads", 50_000.0), 0.8, AS_OF);
        // LTV:CAC first (20,000 / 10,000 = 2); then by LTV: Beta 80,000, then Zulu and Alpha at 40,000 each, Zulu
        // with more customers first; Young without an LTV last.
        assertThat(ranked).extracting(GroupOutcome::group)
                .containsExactly("Aardvark ads", "Beta", "Zulu", "Alpha", "Young");
        assertThat(ranked.get(0).ltvToCac().getAsDouble()).isCloseTo(2, within(1e-9));
        assertThat(ranked).extracting(g -> g.ltv().orElse(-1)).containsExactly(20_000.0, 80_000.0, 40_000.0,
                40_000.0, -1.0);
    }

    private static void addAccounts(List<Account> accounts, String source, int count, double arr) {
        for (int i = 1; i <= count; i++) {
            accounts.add(account(source + i).source(source).arr(arr).started("2023-06-01").build());
        }
    }

    @Test
    void aContractionLowersNrrAndTheNetExpansion() {
        List<Account> accounts = new ArrayList<>(List.of(
                account("up").campaign("C").started("2023-06-01").arr(10_000).expansion(2_000).renewed(true).build(),
                account("down").campaign("C").started("2023-06-01").arr(10_000).expansion(-3_000).renewed(true).build()));
        for (int i = 0; i < 3; i++) {
            accounts.add(account("flat" + i).campaign("C").started("2023-06-01").arr(10_000).renewed(true).build());
        }
        GroupOutcome c = GroupOutcomes.byCampaign(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(accounts.get(1).arrNow()).isEqualTo(7_000);
        assertThat(c.startingArr()).isEqualTo(50_000);
        assertThat(c.arrNow()).isEqualTo(49_000); // 12,000 + 7,000 + 3 × 10,000
        assertThat(c.nrr().getAsDouble()).isCloseTo(0.98, within(1e-12));
        assertThat(c.expansionArr()).isEqualTo(-1_000); // +2,000 − 3,000
        // The survivors shrank (0.98): expansion floored at 0, LTV = 10,000 × 0.8 × 5 (retention 1) = 40,000.
        assertThat(c.annualExpansion().getAsDouble()).isZero();
        assertThat(c.ltv().getAsDouble()).isCloseTo(40_000, within(1e-6));
    }

    /**
     * metrics.md §7 Group LTV, Check: 10 accounts of 10,000 started 12 months before the as-of date, 2 churned, 8 now
     * at 11,000 → logo retention 0.8, expansion (88,000 ÷ 80,000)^(1/1) − 1 = 0.10. §1 with ACV 10,000, margin 0.8,
     * annual billing over 60 months: 8,000 × Σ_{y<5} (0.8 × 1.1)^y = 8,000 × 3.93556736 = 31,484.53888.
     */
    @Test
    void groupLtvCheckOfMetricsSection7() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            accounts.add(account("kept" + i).source("Check").started("2024-01-01").expansion(1_000).build());
        }
        accounts.add(account("left1").source("Check").started("2024-01-01").churned("2024-06-01").build());
        accounts.add(account("left2").source("Check").started("2024-01-01").churned("2024-09-01").build());
        GroupOutcome g = GroupOutcomes.bySource(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(g.logoRetention12m().getAsDouble()).isEqualTo(0.8);
        assertThat(g.survivors()).isEqualTo(8);
        assertThat(g.survivorsMeanAgeYears().getAsDouble()).isEqualTo(1);
        assertThat(g.annualExpansion().getAsDouble()).isCloseTo(0.10, within(1e-15));
        assertThat(g.ltv().getAsDouble()).isCloseTo(31_484.53888, within(1e-6));
        // The lifetime NRR (88,000 ÷ 100,000) is no yearly rate and plays no part.
        assertThat(g.nrr().getAsDouble()).isCloseTo(0.88, within(1e-15));
    }

    /**
     * The dataset: groups 2–3 years old whose lifetime NRR was compounded as a yearly expansion gave LTVs of
     * 69–252 × ACV. Five accounts of 10,000, 36 whole months old, none churned, each now 17,280 (1.2³ × 10,000):
     * expansion 1.728^(1/3) − 1 = 20 % a year, not 72.8 %; LTV 8,000 × Σ_{y<5} 1.2^y = 59,532.80, under 6 × ACV.
     */
    @Test
    void aLifetimeNrrIsNotCompoundedAsAYearlyRate() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            accounts.add(account("old" + i).campaign("Old").started("2022-01-01").expansion(7_280).build());
        }
        GroupOutcome g = GroupOutcomes.byCampaign(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(g.survivorsMeanAgeYears().getAsDouble()).isEqualTo(3);
        assertThat(g.annualExpansion().getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(g.ltv().getAsDouble()).isCloseTo(8_000 * (1 + 1.2 + 1.44 + 1.728 + 2.0736), within(1e-6));
    }

    @Test
    void fewerThanFiveSurvivorsGiveNoExpansionAndNoLtv() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            accounts.add(account("s" + i).campaign("Few").started("2023-01-01").build());
        }
        accounts.add(account("gone").campaign("Few").started("2023-01-01").churned("2024-12-01").build());
        assertThat(GroupOutcomes.byCampaign(accounts, Map.of(), 0.8, AS_OF).get(0).ltv()).isPresent();
        // One more leaves before AS_OF: 4 survivors.
        accounts.set(0, account("s1").campaign("Few").started("2023-01-01").churned("2024-12-15").build());
        GroupOutcome few = GroupOutcomes.byCampaign(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(few.survivors()).isEqualTo(4);
        assertThat(few.logoRetention12m().getAsDouble()).isEqualTo(1); // both left in their second year
        assertThat(few.annualExpansion()).isEmpty();
        assertThat(few.ltv()).isEmpty();
    }

    @Test
    void churnsAndOutcomesAfterTheAsOfDateAreUnknownAndLaterStartsLeftOut() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            accounts.add(account("p" + i).source("PIT").started("2023-06-01").build());
        }
        accounts.add(account("churnsLater").source("PIT").started("2023-06-01").churned("2024-03-01").build());
        accounts.add(account("lostLater").source("PIT").started("2023-06-01").renewal("2024-06-01").renewed(false)
                .build());
        accounts.add(account("startsLater").source("PIT").started("2024-05-01").build());
        LocalDate early = LocalDate.of(2024, 2, 1);
        GroupOutcome then = GroupOutcomes.bySource(accounts, Map.of(), 0.8, early).get(0);
        // On 2024-02-01 nobody had left and startsLater was not a customer yet.
        assertThat(then.customers()).isEqualTo(7);
        assertThat(then.retainedCustomers()).isEqualTo(7);
        assertThat(then.yearOldAccounts()).isZero();
        GroupOutcome now = GroupOutcomes.bySource(accounts, Map.of(), 0.8, AS_OF).get(0);
        assertThat(now.customers()).isEqualTo(8);
        assertThat(now.retainedCustomers()).isEqualTo(6);
        assertThat(now.logoRetention12m().getAsDouble()).isCloseTo(5.0 / 7, within(1e-12));
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
