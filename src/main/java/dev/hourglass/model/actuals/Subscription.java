package dev.hourglass.model.actuals;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One subscription (or subscription item) of a billing export: a customer pays {@code mrr} a month from
 * {@code start} until {@code end}, or on when {@code end} is null; a negative {@code mrr} is a credit or discount.
 * A trial pays nothing, whatever its price.
 *
 * @param segment the customer's segment, "" when none
 * @param plan the plan or product, "" when none
 */
public record Subscription(String customer, LocalDate start, LocalDate end, double mrr, String segment, String plan,
                           boolean trial) {
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

    /** The MRR the subscription adds to a month it is active in: 0 for a trial. */
    public double paidMrr() {
        return trial ? 0 : mrr;
    }

    /**
     * Whether the subscription is active on the month's last day: started on or before it and not ended by then
     * (an end on the last day itself means it is gone at the month end).
     */
    public boolean activeAtEndOf(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        return !start.isAfter(lastDay) && (end == null || end.isAfter(lastDay));
    }

    /** The first month at whose last day it is active, if it is active at any: the month it starts in. */
    YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    /** The last month at whose last day it is active, if it ends; the month before the one it ends in. */
    YearMonth lastMonthBeforeEnd() {
        return YearMonth.from(end).minusMonths(1);
    }
}
