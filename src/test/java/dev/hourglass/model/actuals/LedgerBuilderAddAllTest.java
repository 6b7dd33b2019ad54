package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Rows added to two builders, the second taken on by {@link Ledger.Builder#addAll}, give the ledger of one. */
class LedgerBuilderAddAllTest {
    private static final YearMonth JAN = YearMonth.of(2020, 1);
    private static final String[] SEGMENTS = {null, "", " ", "SMB", " Enterprise "};

    private record Row(String customer, YearMonth month, double mrr, String segment) {
    }

    @Property(tries = 300)
    void twoBuildersJoinedGiveTheLedgerOfOne(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int split) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double mrr = random.nextInt(10) == 0 ? -random.nextInt(300) : random.nextInt(4) * 50;
            rows.add(new Row("C" + random.nextInt(40), JAN.plusMonths(random.nextInt(30)), mrr,
                    SEGMENTS[random.nextInt(SEGMENTS.length)]));
        }
        List<Ledger.NegativeMonth> negativeOfOne = new ArrayList<>();
        Ledger one = fill(Ledger.builder(), rows).build(negativeOfOne::add);
        List<Ledger.NegativeMonth> negativeOfTwo = new ArrayList<>();
        Ledger two = fill(Ledger.builder(), rows.subList(0, split))
                .addAll(fill(Ledger.builder(), rows.subList(split, rows.size()))).build(negativeOfTwo::add);

        assertThat(negativeOfTwo).isEqualTo(negativeOfOne);
        assertSameLedger(two, one);
    }

    /**
     * Parts taken on are not copied until they must be: the ledger is the same whether credits (which need every row
     * in one place) are there or not, with parts taken on one after another, and with rows added after them.
     */
    @Property(tries = 300)
    void partsTakenOnWithOrWithoutCreditsAndRowsAfterThemGiveTheLedgerOfOne(@ForAll long seed,
            @ForAll boolean credits, @ForAll @IntRange(min = 0, max = 300) int firstSplit,
            @ForAll @IntRange(min = 0, max = 300) int secondSplit, @ForAll @IntRange(min = 0, max = 300) int addedAfter) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double mrr = credits && random.nextInt(10) == 0 ? -random.nextInt(300) : random.nextInt(4) * 50.25;
            rows.add(new Row("C" + random.nextInt(30), JAN.plusMonths(random.nextInt(24)), mrr,
                    SEGMENTS[random.nextInt(SEGMENTS.length)]));
        }
        int a = Math.min(firstSplit, secondSplit);
        int b = Math.max(firstSplit, secondSplit);
        int c = Math.max(b, addedAfter);
        List<Ledger.NegativeMonth> negativeOfOne = new ArrayList<>();
        Ledger one = fill(Ledger.builder(), rows).build(negativeOfOne::add);
        List<Ledger.NegativeMonth> negativeOfParts = new ArrayList<>();
        Ledger.Builder joined = fill(Ledger.builder(), rows.subList(0, a))
                .addAll(fill(Ledger.builder(), rows.subList(a, b)))
                .addAll(fill(Ledger.builder(), rows.subList(b, c)));
        Ledger parts = fill(joined, rows.subList(c, rows.size())).build(negativeOfParts::add);

        assertThat(negativeOfParts).isEqualTo(negativeOfOne);
        assertSameLedger(parts, one);
    }

    private static void assertSameLedger(Ledger actual, Ledger expected) {
        assertThat(actual.customerCount()).isEqualTo(expected.customerCount());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int c = 0; c < expected.customerCount(); c++) {
            assertThat(actual.customerName(c)).isEqualTo(expected.customerName(c));
            assertThat(actual.segmentOf(c)).isEqualTo(expected.segmentOf(c));
            assertThat(actual.firstMonthIndex(c)).isEqualTo(expected.firstMonthIndex(c));
            assertThat(actual.monthsOf(c)).isEqualTo(expected.monthsOf(c));
        }
    }

    private static Ledger.Builder fill(Ledger.Builder builder, List<Row> rows) {
        for (Row row : rows) {
            builder.add(row.customer(), row.month(), row.mrr(), row.segment());
        }
        return builder;
    }
}
