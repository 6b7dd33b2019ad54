package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SubscriptionLedgerPropertiesTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    @Provide
    Arbitrary<List<Subscription>> subscriptions() {
        Arbitrary<Integer> startDay = Arbitraries.integers().between(0, 1_400);
        Arbitrary<Integer> days = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 900));
        Arbitrary<Double> mrr = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 5_000)
                .ofScale(2));
        return Combinators.combine(Arbitraries.integers().between(0, 15), startDay, days, mrr,
                Arbitraries.integers().between(0, 4))
                .as((customer, start, length, value, kind) -> new Subscription("C" + customer,
                        FIRST_DAY.plusDays(start), length < 0 ? null : FIRST_DAY.plusDays(start + length), value,
                        "S" + customer % 3, "", kind == 0))
                .list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void aMonthsMrrIsTheSumOfTheSubscriptionsActiveAtItsLastDay(@ForAll("subscriptions") List<Subscription> subs) {
        Ledger ledger = SubscriptionLedger.expand(subs, AS_OF).ledger();
        for (YearMonth month = YearMonth.from(FIRST_DAY); !month.isAfter(YearMonth.from(AS_OF));
             month = month.plusMonths(1)) {
            for (int c = 0; c < 16; c++) {
                double expected = 0;
                for (Subscription s : subs) {
                    if (s.customer().equals("C" + c) && s.activeAtEndOf(month)) {
                        expected += s.paidMrr();
                    }
                }
                assertThat(mrrOf(ledger, "C" + c, month)).as("C%d in %s", c, month)
                        .isCloseTo(expected, within(1e-9 * (1 + expected)));
            }
        }
    }

    /** A subscription with a trial that ended pays in the months one starting on that day would: no others. */
    @Property(tries = 300)
    void aTrialsEndActsAsTheStartOfPaying(@ForAll("subscriptions") List<Subscription> subs,
                                          @ForAll @IntRange(max = 120) int trialDays) {
        List<Subscription> withTrials = new ArrayList<>();
        List<Subscription> startingLater = new ArrayList<>();
        for (Subscription s : subs) {
            LocalDate trialEnd = s.start().plusDays(trialDays);
            withTrials.add(new Subscription(s.customer(), s.start(), s.end(), s.mrr(), s.segment(), s.plan(),
                    s.trial(), trialEnd));
            if (s.end() == null || s.end().isAfter(trialEnd)) {
                startingLater.add(new Subscription(s.customer(), trialEnd, s.end(), s.mrr(), s.segment(), s.plan(),
                        s.trial()));
            }
        }
        List<String> expected = new ArrayList<>();
        if (startingLater.stream().anyMatch(s -> s.paidMrr() != 0)) {
            SubscriptionLedger.expand(startingLater, AS_OF).ledger()
                    .forEachRow((customer, month, mrr) -> expected.add(customer + " " + month + " " + mrr));
        }
        List<String> actual = new ArrayList<>();
        SubscriptionLedger.expand(withTrials, AS_OF).ledger()
                .forEachRow((customer, month, mrr) -> actual.add(customer + " " + month + " " + mrr));
        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 300)
    void theExpansionNeverGivesNegativeMrrNorAMonthAfterTheAsOfDate(@ForAll("subscriptions") List<Subscription> subs) {
        Ledger ledger = SubscriptionLedger.expand(subs, AS_OF).ledger();
        ledger.forEachRow((customer, month, mrr) -> {
            assertThat(mrr).isGreaterThanOrEqualTo(0);
            assertThat(month).isBeforeOrEqualTo(YearMonth.from(AS_OF));
        });
    }

    @Property(tries = 300)
    void splittingASubscriptionAtAMonthEndGivesTheSameLedger(@ForAll("subscriptions") List<Subscription> subs,
                                                            @ForAll @IntRange(max = 59) int which,
                                                            @ForAll @IntRange(max = 40) int monthsIn) {
        Subscription whole = subs.get(which % subs.size());
        LocalDate cut = YearMonth.from(whole.start()).plusMonths(monthsIn).atEndOfMonth();
        if (whole.end() != null && cut.isAfter(whole.end())) {
            cut = whole.end();
        }
        List<Subscription> split = new ArrayList<>(subs);
        int at = split.indexOf(whole);
        split.set(at, new Subscription(whole.customer(), whole.start(), cut, whole.mrr(), whole.segment(), whole.plan(),
                whole.trial()));
        split.add(at + 1, new Subscription(whole.customer(), cut, whole.end(), whole.mrr(), whole.segment(),
                whole.plan(), whole.trial()));
        assertThat(rows(SubscriptionLedger.expand(split, AS_OF).ledger()))
                .isEqualTo(rows(SubscriptionLedger.expand(subs, AS_OF).ledger()));
    }

    private static double mrrOf(Ledger ledger, String customer, YearMonth month) {
        for (int c = 0; c < ledger.customerCount(); c++) {
            if (ledger.customerName(c).equals(customer)) {
                return ledger.mrr(c, month);
            }
        }
        return 0;
    }

    private static List<String> rows(Ledger ledger) {
        List<String> rows = new ArrayList<>();
        ledger.forEachRow((customer, month, mrr) -> rows.add(customer + " " + month + " " + mrr));
        for (int c = 0; c < ledger.customerCount(); c++) {
            rows.add(ledger.customerName(c) + " segment " + ledger.segmentOf(c));
        }
        return rows;
    }
}
