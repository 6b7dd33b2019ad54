package dev.hourglass.model.actuals;

import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Subscriptions expanded into the monthly MRR ledger (imports.md §4): a subscription adds its MRR to every calendar
 * month at whose last day it is active, up to the last complete month on the as-of date; a customer's MRR in a
 * month is the sum of its subscriptions. Customer-months without MRR (only trials, or nothing active) are not
 * rows, so a customer is counted from its first paid month and a trial-only customer is no customer. A customer's
 * segment is the first one its subscriptions give, in file order.
 */
public final class SubscriptionLedger {
    /** The rule in one line, for reports. */
    public static final String RULE = "a subscription counts in every month at whose last day it is active "
            + "(start on or before it, no end or an end after it); trials count 0";

    /**
     * The ledger and the months it covers.
     *
     * @param asOf the date the data is complete to
     * @param lastMonth the last complete month on {@code asOf}: no month after it is counted
     * @param subscriptions the subscriptions expanded
     */
    public record Expanded(Ledger ledger, LocalDate asOf, YearMonth lastMonth, int subscriptions) {
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
        Map<String, TreeMap<YearMonth, Double>> mrrByCustomer = new LinkedHashMap<>();
        for (Subscription s : subscriptions) {
            if (!s.segment().isEmpty()) {
                segmentByCustomer.putIfAbsent(s.customer(), s.segment());
            }
            if (s.paidMrr() == 0) {
                continue;
            }
            YearMonth last = s.end() == null ? lastMonth : min(s.lastMonthBeforeEnd(), lastMonth);
            for (YearMonth month = s.firstMonth(); !month.isAfter(last); month = month.plusMonths(1)) {
                mrrByCustomer.computeIfAbsent(s.customer(), c -> new TreeMap<>()).merge(month, s.paidMrr(), Double::sum);
            }
        }
        Ledger.Builder ledger = Ledger.builder();
        mrrByCustomer.forEach((customer, months) -> months.forEach((month, mrr) ->
                ledger.add(customer, month, mrr, segmentByCustomer.get(customer))));
        return new Expanded(ledger.build(), asOf, lastMonth, subscriptions.size());
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
