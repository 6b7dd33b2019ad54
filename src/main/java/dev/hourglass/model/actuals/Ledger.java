package dev.hourglass.model.actuals;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A subscription ledger (metrics.md §6): each customer's MRR by month. A month without a row is 0 MRR; several
 * rows of one customer and month are summed, credits (negative rows) included. A customer-month whose sum is
 * negative is no MRR and is left out ({@link Builder#build(Consumer)} names it); a customer without any month of
 * MRR is no customer. Held compactly, one array per customer over its own months, so a million rows stay small.
 */
public final class Ledger {
    private final List<String> customers;
    /** Each customer's segment ("" when the ledger has none). */
    private final String[] segments;
    private final int[] firstMonth;
    private final double[][] mrr;
    private final int minMonth;
    private final int maxMonth;
    private final long rowCount;

    private Ledger(List<String> customers, String[] segments, int[] firstMonth, double[][] mrr, int minMonth,
                   int maxMonth, long rowCount) {
        this.customers = customers;
        this.segments = segments;
        this.firstMonth = firstMonth;
        this.mrr = mrr;
        this.minMonth = minMonth;
        this.maxMonth = maxMonth;
        this.rowCount = rowCount;
    }

    public static Builder builder() {
        return new Builder(0);
    }

    /** A builder with room for about this many rows up front (a reader's estimate), so it does not grow by copying. */
    public static Builder builder(long expectedRows) {
        return new Builder(expectedRows);
    }

    public int customerCount() {
        return customers.size();
    }

    public long rowCount() {
        return rowCount;
    }

    public boolean isEmpty() {
        return customers.isEmpty();
    }

    /** The first month of any row; the ledger must not be empty. */
    public YearMonth firstMonth() {
        requireRows();
        return toYearMonth(minMonth);
    }

    /** The last month of any row; the ledger must not be empty. */
    public YearMonth lastMonth() {
        requireRows();
        return toYearMonth(maxMonth);
    }

    public String customerName(int customer) {
        return customers.get(customer);
    }

    /** The customer's segment; "" when the ledger gives none. */
    public String segmentOf(int customer) {
        return segments[customer];
    }

    /** The segments the ledger names, sorted; empty when it has no segment column. */
    public List<String> segments() {
        TreeSet<String> names = new TreeSet<>();
        for (String segment : segments) {
            if (!segment.isEmpty()) {
                names.add(segment);
            }
        }
        return List.copyOf(names);
    }

    /** The same ledger with only one segment's customers. */
    public Ledger onlySegment(String segment) {
        List<String> names = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            if (segments[c].equals(segment)) {
                kept.add(c);
                names.add(customers.get(c));
            }
        }
        String[] keptSegments = new String[kept.size()];
        int[] first = new int[kept.size()];
        double[][] values = new double[kept.size()][];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        long rowsKept = 0;
        for (int i = 0; i < kept.size(); i++) {
            int c = kept.get(i);
            keptSegments[i] = segments[c];
            first[i] = firstMonth[c];
            values[i] = mrr[c];
            min = Math.min(min, firstMonth[c]);
            max = Math.max(max, firstMonth[c] + mrr[c].length - 1);
            for (double value : mrr[c]) {
                rowsKept += value != 0 ? 1 : 0; // the summed customer-months: duplicates are gone
            }
        }
        return new Ledger(List.copyOf(names), keptSegments, first, values, min, max, rowsKept);
    }

    /** The customer's MRR in a month, 0 when it has no row then. */
    public double mrr(int customer, YearMonth month) {
        return mrrAt(customer, toIndex(month));
    }

    /**
     * A customer with months without MRR between its first and last month (no row, or a row of 0): read as churned,
     * then reactivated — worth a look when it is a gap in the export rather than a pause.
     */
    public record Gap(String customer, YearMonth firstMissing, int monthsMissing) {
    }

    /** The customers with months without MRR inside their life, at most {@code max} of them. */
    public List<Gap> gaps(int max) {
        List<Gap> gaps = new ArrayList<>();
        for (int c = 0; c < customers.size() && gaps.size() < max; c++) {
            double[] values = mrr[c];
            int missing = 0;
            int first = -1;
            for (int offset = 0; offset < values.length; offset++) {
                if (values[offset] == 0) {
                    missing++;
                    if (first < 0) {
                        first = offset;
                    }
                }
            }
            if (missing > 0) {
                gaps.add(new Gap(customers.get(c), toYearMonth(firstMonth[c] + first), missing));
            }
        }
        return gaps;
    }

    /** Receives one summed row of the ledger. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(String customer, YearMonth month, double mrr);
    }

    /**
     * Every customer-month with MRR, customer by customer in month order: duplicates come out summed and months
     * without MRR are skipped (the ledger reads them as 0 anyway), except a customer's first month, so a row of 0
     * before its first MRR is kept.
     */
    public void forEachRow(RowConsumer consumer) {
        for (int c = 0; c < customers.size(); c++) {
            double[] values = mrr[c];
            for (int offset = 0; offset < values.length; offset++) {
                if (values[offset] != 0 || offset == 0) {
                    consumer.accept(customers.get(c), toYearMonth(firstMonth[c] + offset), values[offset]);
                }
            }
        }
    }

    /** The sum of every customer-month's MRR without its sign: infinite when the figures overflow a double. */
    public double absoluteMrrTotal() {
        double total = 0;
        for (double[] values : mrr) {
            for (double value : values) {
                total += Math.abs(value);
            }
        }
        return total;
    }

    double mrrAt(int customer, int month) {
        int offset = month - firstMonth[customer];
        double[] values = mrr[customer];
        return offset < 0 || offset >= values.length ? 0 : values[offset];
    }

    /** The customer's MRR from its first month on, one value a month: the ledger's own array, not to be changed. */
    double[] monthsOf(int customer) {
        return mrr[customer];
    }

    int firstMonthIndex(int customer) {
        return firstMonth[customer];
    }

    /** One past the customer's last month with a row. */
    int endMonthIndex(int customer) {
        return firstMonth[customer] + mrr[customer].length;
    }

    int minMonthIndex() {
        return minMonth;
    }

    int maxMonthIndex() {
        return maxMonth;
    }

    static int toIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth toYearMonth(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    private void requireRows() {
        if (customers.isEmpty()) {
            throw new IllegalStateException("the ledger has no rows");
        }
    }

    /** The sum of rows that include a credit, with rounding noise of rows that cancel out read as 0. */
    static double settled(double sum, double sizeOfRows) {
        return Math.abs(sum) <= Builder.CANCELLED * sizeOfRows ? 0 : sum;
    }

    /**
     * A customer-month whose rows add up to a negative MRR (credits larger than the charges): left out of the ledger.
     *
     * @param rows the rows summed, 0-based: the order of the {@code add} calls that gave them (from a
     *             {@link Builder}), or the subscriptions' positions (from {@link SubscriptionLedger})
     */
    public record NegativeMonth(String customer, YearMonth month, double total, List<Integer> rows) {
        public NegativeMonth {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Collects rows in any order; {@link #build()} sums duplicates and credits and lays each customer's months out.
     */
    public static final class Builder {
        /** A sum this small next to its rows' sizes is rounding noise of rows that cancel out: it is 0. */
        private static final double CANCELLED = 1e-9;

        private final Map<String, Integer> indexByName = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        /** Each customer's segment, by index; null until a non-empty one is given. */
        private final List<String> segmentByCustomer = new ArrayList<>();
        /** The customer of the last row added: an export lists a customer's rows together. */
        private String lastName;
        private int lastIndex;
        private int[] rowCustomer;
        private int[] rowMonth;
        private double[] rowMrr;
        /** The rows in the row arrays: this builder's own, and parts taken on once they have been copied in. */
        private int rows;
        private boolean anyCredit;
        /**
         * Parts taken on ({@link #addAll}) and not copied: their rows follow the arrays' in this order, each with its
         * customers' numbers here. Copied in only when a row is added after them or a credit needs every row in one
         * place, so a reader's second part costs neither a copy nor room for it in the first part's arrays.
         */
        private final List<Builder> parts = new ArrayList<>();
        private final List<int[]> partCustomers = new ArrayList<>();
        private int partRows;

        private Builder(long expectedRows) {
            int room = (int) Math.min(Math.max(expectedRows, 1024), Integer.MAX_VALUE - 8);
            rowCustomer = new int[room];
            rowMonth = new int[room];
            rowMrr = new double[room];
        }

        /** A row with the customer's segment; the first non-empty segment given for a customer is kept. */
        public Builder add(String customer, YearMonth month, double mrr, String segment) {
            add(customer, month, mrr);
            if (segment != null && segmentByCustomer.get(lastIndex) == null && !segment.isBlank()) {
                segmentByCustomer.set(lastIndex, segment.strip());
            }
            return this;
        }

        /** A row; a negative {@code mrr} is a credit, summed into the customer's month. */
        public Builder add(String customer, YearMonth month, double mrr) {
            if (partRows > 0) {
                copyPartsIn();
            }
            // the previous row's customer, as a reader passes it again, was checked then: no blank scan every row
            if (customer == null || (customer != lastName && customer.isBlank())) {
                throw new InvalidInputException("customer", "customer must not be empty");
            }
            Require.present("month", month);
            if (!Double.isFinite(mrr)) { // the message only then: building it for every row of a million was a tenth of cohorts
                Require.finite("MRR of " + customer + " in " + month, mrr);
            }
            int index;
            if (customer == lastName || customer.equals(lastName)) {
                index = lastIndex;
            } else {
                index = indexOf(customer);
                lastName = customer;
                lastIndex = index;
            }
            if (rows == rowCustomer.length) {
                roomFor(rows * 2);
            }
            rowCustomer[rows] = index;
            rowMonth[rows] = toIndex(month);
            rowMrr[rows] = mrr;
            anyCredit |= mrr < 0;
            rows++;
            return this;
        }

        /** Room for this many rows in the row arrays. */
        private void roomFor(int size) {
            rowCustomer = Arrays.copyOf(rowCustomer, size);
            rowMonth = Arrays.copyOf(rowMonth, size);
            rowMrr = Arrays.copyOf(rowMrr, size);
        }

        /** The customer's number, a new one (after all others) for a customer not met before. */
        private int indexOf(String customer) {
            Integer known = indexByName.get(customer);
            if (known == null) {
                known = names.size();
                indexByName.put(customer, known);
                names.add(customer);
                segmentByCustomer.add(null);
            }
            return known;
        }

        /**
         * The rows of {@code later}, as if each had been added here after this builder's own, in its order: its
         * customers new here are numbered after this one's in the order it met them, and a segment is kept from it
         * only for a customer that has none here. A reader fills {@code later} from the second part of a file on
         * another thread; taking it on costs no add of each row, nor a copy of them until one is needed.
         */
        public Builder addAll(Builder later) {
            int[] here = new int[later.names.size()];
            for (int c = 0; c < here.length; c++) {
                int known = indexOf(later.names.get(c));
                here[c] = known;
                if (segmentByCustomer.get(known) == null) {
                    segmentByCustomer.set(known, later.segmentByCustomer.get(c));
                }
            }
            later.copyPartsIn();
            parts.add(later);
            partCustomers.add(here);
            partRows += later.rows;
            anyCredit |= later.anyCredit;
            if (later.lastName != null) {
                lastName = later.lastName;
                lastIndex = here[later.lastIndex];
            }
            return this;
        }

        /** Copies the rows of the parts taken on into the row arrays, after the rows there. */
        private void copyPartsIn() {
            if (partRows == 0) {
                return;
            }
            int total = rows + partRows;
            if (total > rowCustomer.length) {
                roomFor(total);
            }
            for (int p = 0; p < parts.size(); p++) {
                Builder later = parts.get(p);
                int[] here = partCustomers.get(p);
                for (int r = 0; r < later.rows; r++) {
                    rowCustomer[rows + r] = here[later.rowCustomer[r]];
                }
                System.arraycopy(later.rowMonth, 0, rowMonth, rows, later.rows);
                System.arraycopy(later.rowMrr, 0, rowMrr, rows, later.rows);
                rows += later.rows;
            }
            parts.clear();
            partCustomers.clear();
            partRows = 0;
        }

        /** The ledger; a customer-month with a negative sum is left out silently — see {@link #build(Consumer)}. */
        public Ledger build() {
            return build(negative -> { });
        }

        /** The ledger, handing each customer-month left out for its negative sum to {@code negativeMonths}. */
        public Ledger build(Consumer<NegativeMonth> negativeMonths) {
            if (anyCredit) {
                copyPartsIn(); // the credits are settled over every row, numbered in order
            }
            int customers = names.size();
            int[] first = new int[customers];
            int[] last = new int[customers];
            Arrays.fill(first, Integer.MAX_VALUE);
            Arrays.fill(last, Integer.MIN_VALUE);
            monthsSpanned(this, null, first, last);
            for (int p = 0; p < parts.size(); p++) {
                monthsSpanned(parts.get(p), partCustomers.get(p), first, last);
            }
            double[][] mrr = new double[customers][];
            for (int c = 0; c < customers; c++) {
                mrr[c] = new double[last[c] - first[c] + 1];
            }
            sumInto(this, null, first, mrr);
            for (int p = 0; p < parts.size(); p++) {
                sumInto(parts.get(p), partCustomers.get(p), first, mrr);
            }
            long rowsLeftOut = anyCredit ? settleCredits(first, mrr, negativeMonths) : 0;
            return keepPayingCustomers(first, mrr, rows + partRows - rowsLeftOut);
        }

        /**
         * Widens each customer's first and last month to the rows of {@code part}, its customers numbered here by
         * {@code here} (null: as they are).
         */
        private static void monthsSpanned(Builder part, int[] here, int[] first, int[] last) {
            for (int r = 0; r < part.rows; r++) {
                int c = here == null ? part.rowCustomer[r] : here[part.rowCustomer[r]];
                first[c] = Math.min(first[c], part.rowMonth[r]);
                last[c] = Math.max(last[c], part.rowMonth[r]);
            }
        }

        /** Adds the MRR of the rows of {@code part} to their customer-months. */
        private static void sumInto(Builder part, int[] here, int[] first, double[][] mrr) {
            for (int r = 0; r < part.rows; r++) {
                int c = here == null ? part.rowCustomer[r] : here[part.rowCustomer[r]];
                mrr[c][part.rowMonth[r] - first[c]] += part.rowMrr[r];
            }
        }

        /**
         * Sets each customer-month with a credit whose sum is rounding noise to 0, and leaves out (0, named) each whose
         * sum is negative; the number of rows left out.
         */
        private long settleCredits(int[] first, double[][] mrr, Consumer<NegativeMonth> negativeMonths) {
            Map<Long, double[]> sizeOfCreditedMonth = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                if (rowMrr[r] < 0) {
                    sizeOfCreditedMonth.put(cell(r), new double[1]);
                }
            }
            for (int r = 0; r < rows; r++) {
                double[] size = sizeOfCreditedMonth.get(cell(r));
                if (size != null) {
                    size[0] += Math.abs(rowMrr[r]);
                }
            }
            Map<Long, List<Integer>> negativeRows = new HashMap<>();
            for (Map.Entry<Long, double[]> credited : sizeOfCreditedMonth.entrySet()) {
                int c = (int) (credited.getKey() >>> 32);
                int offset = credited.getKey().intValue() - first[c];
                double sum = settled(mrr[c][offset], credited.getValue()[0]);
                mrr[c][offset] = sum;
                if (sum < 0) {
                    negativeRows.put(credited.getKey(), new ArrayList<>());
                }
            }
            if (negativeRows.isEmpty()) {
                return 0;
            }
            for (int r = 0; r < rows; r++) {
                List<Integer> summed = negativeRows.get(cell(r));
                if (summed != null) {
                    summed.add(r);
                }
            }
            List<Long> cells = new ArrayList<>(negativeRows.keySet());
            cells.sort(null);
            long leftOut = 0;
            for (long key : cells) {
                int c = (int) (key >>> 32);
                int offset = (int) key - first[c];
                List<Integer> summed = negativeRows.get(key);
                negativeMonths.accept(new NegativeMonth(names.get(c), toYearMonth((int) key), mrr[c][offset], summed));
                mrr[c][offset] = 0;
                leftOut += summed.size();
            }
            return leftOut;
        }

        /** The customer and month of row {@code r} as one key: customer in the high half, month index in the low. */
        private long cell(int r) {
            return ((long) rowCustomer[r] << 32) | (rowMonth[r] & 0xFFFFFFFFL);
        }

        /** The ledger of the customers with MRR in some month: one whose rows are all 0 is no customer. */
        private Ledger keepPayingCustomers(int[] first, double[][] mrr, long rowsKept) {
            int customers = names.size();
            String[] kept = new String[customers];
            String[] keptSegments = new String[customers];
            int[] keptFirst = new int[customers];
            double[][] keptMrr = new double[customers][];
            int count = 0;
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int c = 0; c < customers; c++) {
                if (!paysInSomeMonth(mrr[c])) {
                    continue;
                }
                String segment = segmentByCustomer.get(c);
                kept[count] = names.get(c);
                keptSegments[count] = segment == null ? "" : segment;
                keptFirst[count] = first[c];
                keptMrr[count] = mrr[c];
                min = Math.min(min, first[c]);
                max = Math.max(max, first[c] + mrr[c].length - 1);
                count++;
            }
            return new Ledger(List.of(Arrays.copyOf(kept, count)), Arrays.copyOf(keptSegments, count),
                    Arrays.copyOf(keptFirst, count), Arrays.copyOf(keptMrr, count), min, max, rowsKept);
        }

        private static boolean paysInSomeMonth(double[] months) {
            for (double value : months) {
                if (value > 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
