package dev.hourglass.model.actuals;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription ledger (metrics.md §6): each customer's MRR by month. A month without a row is 0 MRR; several
 * rows of one customer and month are summed. Held compactly, one array per customer over its own months, so a
 * million rows stay small.
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
        return new Builder();
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
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
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
     * without MRR are skipped (the ledger reads them as 0 anyway), except a customer's first month, so a customer
     * whose rows are all 0 is kept.
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

    double mrrAt(int customer, int month) {
        int offset = month - firstMonth[customer];
        double[] values = mrr[customer];
        return offset < 0 || offset >= values.length ? 0 : values[offset];
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

    /** Collects rows in any order; {@link #build()} sums duplicates and lays each customer's months out. */
    public static final class Builder {
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final Map<Integer, String> segmentByCustomer = new HashMap<>();
        private int[] rowCustomer = new int[1024];
        private int[] rowMonth = new int[1024];
        private double[] rowMrr = new double[1024];
        private int rows;

        private Builder() {
        }

        /** A row with the customer's segment; the first non-empty segment given for a customer is kept. */
        public Builder add(String customer, YearMonth month, double mrr, String segment) {
            add(customer, month, mrr);
            if (segment != null && !segment.isBlank()) {
                segmentByCustomer.putIfAbsent(indexByName.get(customer), segment.strip());
            }
            return this;
        }

        public Builder add(String customer, YearMonth month, double mrr) {
            if (customer == null || customer.isBlank()) {
                throw new InvalidInputException("customer", "customer must not be empty");
            }
            Require.present("month", month);
            if (!(mrr >= 0) || Double.isInfinite(mrr)) {
                Require.nonNegative("MRR of " + customer + " in " + month, mrr);
            }
            Integer index = indexByName.get(customer);
            if (index == null) {
                index = names.size();
                indexByName.put(customer, index);
                names.add(customer);
            }
            if (rows == rowCustomer.length) {
                int size = rows * 2;
                rowCustomer = Arrays.copyOf(rowCustomer, size);
                rowMonth = Arrays.copyOf(rowMonth, size);
                rowMrr = Arrays.copyOf(rowMrr, size);
            }
            rowCustomer[rows] = index;
            rowMonth[rows] = toIndex(month);
            rowMrr[rows] = mrr;
            rows++;
            return this;
        }

        public Ledger build() {
            int customers = names.size();
            int[] first = new int[customers];
            int[] last = new int[customers];
            Arrays.fill(first, Integer.MAX_VALUE);
            Arrays.fill(last, Integer.MIN_VALUE);
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int r = 0; r < rows; r++) {
                int c = rowCustomer[r];
                first[c] = Math.min(first[c], rowMonth[r]);
                last[c] = Math.max(last[c], rowMonth[r]);
                min = Math.min(min, rowMonth[r]);
                max = Math.max(max, rowMonth[r]);
            }
            double[][] mrr = new double[customers][];
            for (int c = 0; c < customers; c++) {
                mrr[c] = new double[last[c] - first[c] + 1];
            }
            for (int r = 0; r < rows; r++) {
                int c = rowCustomer[r];
                mrr[c][rowMonth[r] - first[c]] += rowMrr[r];
            }
            String[] segments = new String[customers];
            for (int c = 0; c < customers; c++) {
                segments[c] = segmentByCustomer.getOrDefault(c, "");
            }
            return new Ledger(List.copyOf(names), segments, first, mrr, min, max, rows);
        }
    }
}
