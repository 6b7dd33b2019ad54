package dev.hourglass.model.actuals;

import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Subscriptions expanded into the monthly MRR ledger (imports.md §4): a subscription adds its MRR to every calendar
 * month at whose last day it is active, up to the last complete month on the as-of date; a customer's MRR in a
 * month is the sum of its subscriptions, credits (a negative MRR) included; a month whose sum is negative is left
 * out (0 MRR) and named. Customer-months without MRR (only trials, or nothing active) are not rows, so a customer is
 * counted from its first paid month and a trial-only customer is no customer. A customer's segment is the first one
 * its subscriptions give, in file order.
 */
public final class SubscriptionLedger {
    /** The rule in one line, for reports. */
    public static final String RULE = "a subscription counts in every month at whose last day it is active "
            + "(start, or the end of its trial, on or before it; no end or an end after it); trials count 0";

    /**
     * The ledger and the months it covers.
     *
     * @param asOf the date the data is complete to
     * @param lastMonth the last complete month on {@code asOf}: no month after it is counted
     * @param subscriptions the subscriptions expanded
     * @param negativeMonths the customer-months left out because their subscriptions add up to less than 0, each
     *                       with the positions of those subscriptions
     */
    public record Expanded(Ledger ledger, LocalDate asOf, YearMonth lastMonth, int subscriptions,
                           List<Ledger.NegativeMonth> negativeMonths) {
        public Expanded {
            negativeMonths = List.copyOf(negativeMonths);
        }
    }

    private SubscriptionLedger() {
    }

    /** The latest start or end date of any subscription (the default as-of date); null when there are none. */
    public static LocalDate latestDate(List<Subscription> subscriptions) {
        Require.present("subscriptions", subscriptions);
        LocalDate latest = null;
        for (Subscription s : subscriptions) {
            LocalDate last = s.end() != null && s.end().isAfter(s.start()) ? s.end() : s.start();
            latest = latest == null || last.isAfter(latest) ? last : latest;
        }
        return latest;
    }

    /** The last month whose last day is on or before the date. */
    public static YearMonth lastCompleteMonth(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        return asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    /** Expands up to the last complete month on the latest date of the subscriptions. */
    public static Expanded expand(List<Subscription> subscriptions) {
        return expand(subscriptions, latestDate(subscriptions));
    }

    public static Expanded expand(List<Subscription> subscriptions, LocalDate asOf) {
        Require.present("subscriptions", subscriptions);
        Require.present("as-of date", asOf);
        YearMonth lastMonth = lastCompleteMonth(asOf);
        Map<String, String> segmentByCustomer = new LinkedHashMap<>();
        Map<String, TreeMap<YearMonth, MonthSum>> mrrByCustomer = new LinkedHashMap<>();
        for (Subscription s : subscriptions) {
            if (!s.segment().isEmpty()) {
                segmentByCustomer.putIfAbsent(s.customer(), s.segment());
            }
            if (s.paidMrr() == 0) {
                continue;
            }
            YearMonth last = s.end() == null ? lastMonth : min(s.lastMonthBeforeEnd(), lastMonth);
            for (YearMonth month = s.firstMonth(); !month.isAfter(last); month = month.plusMonths(1)) {
                mrrByCustomer.computeIfAbsent(s.customer(), c -> new TreeMap<>())
                        .computeIfAbsent(month, m -> new MonthSum()).add(s.paidMrr());
            }
        }
        Ledger.Builder ledger = Ledger.builder();
        mrrByCustomer.forEach((customer, months) -> months.forEach((month, sum) -> {
            if (sum.settled() != 0) {
                ledger.add(customer, month, sum.settled(), segmentByCustomer.get(customer));
            }
        }));
        List<Ledger.NegativeMonth> negativeMonths = new ArrayList<>();
        Ledger built = ledger.build(month -> negativeMonths.add(new Ledger.NegativeMonth(month.customer(),
                month.month(), month.total(), subscriptionsIn(subscriptions, month.customer(), month.month()))));
        return new Expanded(built, asOf, lastMonth, subscriptions.size(), negativeMonths);
    }

    /** The positions of the customer's paying subscriptions active at the end of the month. */
    private static List<Integer> subscriptionsIn(List<Subscription> subscriptions, String customer, YearMonth month) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (s.customer().equals(customer) && s.paidMrr() != 0 && s.activeAtEndOf(month)) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** One customer-month's MRR being summed, and the size of its parts (to tell a credit's rounding noise). */
    private static final class MonthSum {
        private double sum;
        private double size;

        void add(double mrr) {
            sum += mrr;
            size += Math.abs(mrr);
        }

        double settled() {
            return Ledger.settled(sum, size);
        }
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
