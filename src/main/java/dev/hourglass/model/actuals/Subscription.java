package dev.hourglass.model.actuals;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One subscription (or subscription item) of a billing export: a customer pays {@code mrr} a month from
 * {@code start} until {@code end}, or on when {@code end} is null; a negative {@code mrr} is a credit or discount.
 * A trial pays nothing, whatever its price; a subscription whose trial ended pays from that day, not from its start.
 *
 * @param segment  the customer's segment, "" when none
 * @param plan     the plan or product, "" when none
 * @param trialEnd the day its trial ended (or ends), null when it had none; one on or before {@code start} is none
 */
public record Subscription(String customer, LocalDate start, LocalDate end, double mrr, String segment, String plan,
                           boolean trial, LocalDate trialEnd) {
    public Subscription {
        Require.notBlank("customer", customer);
        Require.present("start", start);
        if (end != null && end.isBefore(start)) {
            throw new InvalidInputException("end", "end " + end + " is before start " + start, Rule.END_BEFORE_START, start, end);
        }
        Require.finite("MRR", mrr);
        segment = segment == null ? "" : segment.strip();
        plan = plan == null ? "" : plan.strip();
    }

    /** A subscription without a trial end. */
    public Subscription(String customer, LocalDate start, LocalDate end, double mrr, String segment, String plan,
                        boolean trial) {
        this(customer, start, end, mrr, segment, plan, trial, null);
    }

    /** The day it starts paying: the end of its trial when that comes after its start, else its start. */
    public LocalDate paidFrom() {
        return trialEnd != null && trialEnd.isAfter(start) ? trialEnd : start;
    }

    /** The MRR the subscription adds to a month it is active in: 0 for a trial. */
    public double paidMrr() {
        return trial ? 0 : mrr;
    }

    /**
     * Whether the subscription is active and paying on the month's last day: paying from on or before it (its start,
     * or its trial's end) and not ended by then (an end on the last day itself means it is gone at the month end).
     */
    public boolean activeAtEndOf(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        return !paidFrom().isAfter(lastDay) && (end == null || end.isAfter(lastDay));
    }

    /** The first month at whose last day it is active, if it is active at any: the month it starts paying in. */
    YearMonth firstMonth() {
        return YearMonth.from(paidFrom());
    }

    /** The last month at whose last day it is active, if it ends; the month before the one it ends in. */
    YearMonth lastMonthBeforeEnd() {
        return YearMonth.from(end).minusMonths(1);
    }
}
