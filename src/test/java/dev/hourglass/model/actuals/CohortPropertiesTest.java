package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CohortPropertiesTest {
    private static final YearMonth START = YearMonth.of(2020, 1);

    /** A row: customer number, month offset, MRR (a third of them 0). */
    record Row(int customer, int month, double mrr) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Double> mrr = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(1, 5_000)
                .ofScale(2));
        return Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.integers().between(0, 29), mrr)
                .as(Row::new).list().ofMinSize(1).ofMaxSize(400);
    }

    private static Ledger ledger(List<Row> rows) {
        Ledger.Builder b = Ledger.builder();
        rows.forEach(r -> b.add("C" + r.customer(), START.plusMonths(r.month()), r.mrr()));
        return b.build();
    }

    /** Two halves of the customers, summed apart and added, give the figures of one walk over all of them. */
    @Property(tries = 200)
    void walkingTheCustomersInTwoHalvesGivesTheSameFigures(@ForAll("rows") List<Row> rows) {
        Ledger ledger = ledger(rows);
        CohortReport halves = CohortAnalysis.analyse(ledger, 0);
        CohortReport oneGo = CohortAnalysis.analyse(ledger, Long.MAX_VALUE);
        assertThat(halves).usingRecursiveComparison()
                .withComparatorForType(CohortPropertiesTest::closeEnough, Double.class)
                .withComparatorForType((a, b) -> a.isPresent() && b.isPresent()
                        ? closeEnough(a.getAsDouble(), b.getAsDouble()) : Boolean.compare(a.isPresent(), b.isPresent()),
                        OptionalDouble.class)
                .isEqualTo(oneGo);
        assertThat(halves.months()).extracting(MonthMovement::customers)
                .containsExactlyElementsOf(oneGo.months().stream().map(MonthMovement::customers).toList());
    }

    private static int closeEnough(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * (1 + Math.abs(a)) ? 0 : Double.compare(a, b);
    }

    @Property(tries = 200)
    void movementsAddUpMonthToMonth(@ForAll("rows") List<Row> rows) {
        List<MonthMovement> months = CohortAnalysis.analyse(ledger(rows)).months();
        double previous = 0;
        for (MonthMovement m : months) {
            double expected = previous + m.newMrr() + m.expansion() + m.reactivation() - m.contraction() - m.churn();
            assertThat(m.mrr()).isCloseTo(expected, within(1e-6 * (1 + m.mrr())));
            previous = m.mrr();
        }
    }

    @Property(tries = 200)
    void eachMonthsTotalsMatchABruteForceCount(@ForAll("rows") List<Row> rows) {
        Ledger ledger = ledger(rows);
        for (MonthMovement m : CohortAnalysis.analyse(ledger).months()) {
            double mrr = 0;
            int paying = 0;
            for (int c = 0; c < ledger.customerCount(); c++) {
                double value = ledger.mrr(c, m.month());
                mrr += value;
                paying += value > 0 ? 1 : 0;
            }
            assertThat(m.mrr()).isCloseTo(mrr, within(1e-6));
            assertThat(m.customers()).isEqualTo(paying);
        }
    }

    @Property(tries = 200)
    void grrNeverExceedsNrrOrOne(@ForAll("rows") List<Row> rows) {
        for (TrailingTwelve t : CohortAnalysis.analyse(ledger(rows)).trailing12()) {
            assertThat(t.nrr().isPresent()).isEqualTo(t.grr().isPresent());
            if (t.grr().isPresent()) {
                assertThat(t.grr().getAsDouble()).isLessThanOrEqualTo(t.nrr().getAsDouble() + 1e-12)
                        .isLessThanOrEqualTo(1 + 1e-12).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Property(tries = 200)
    void cohortsStartAtOneAndHoldEveryPayingCustomerOnce(@ForAll("rows") List<Row> rows) {
        CohortReport report = CohortAnalysis.analyse(ledger(rows));
        Set<Integer> paying = new HashSet<>();
        rows.stream().filter(r -> r.mrr() > 0).forEach(r -> paying.add(r.customer()));
        assertThat(report.cohorts().stream().mapToInt(Cohort::size).sum()).isEqualTo(paying.size());
        for (Cohort c : report.cohorts()) {
            assertThat(c.revenueRetention().get(0)).isCloseTo(1.0, within(1e-12));
            assertThat(c.logoRetention().get(0)).isEqualTo(1.0);
            assertThat(c.logoRetention()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        }
    }
}
