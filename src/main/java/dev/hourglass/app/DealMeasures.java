package dev.hourglass.app;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** What the revenue plan measures from deals: the sales cycle, the close rates and the sellers' productivity. */
final class DealMeasures {
    /** Days in an average month. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private DealMeasures() {
    }

    /** Won deals with both a created and a close date. */
    static List<Deal> wonWithCreatedDate(List<Deal> deals) {
        return deals.stream().filter(d -> d.outcome() == Outcome.WON && d.createdDate() != null
                && d.closeDate() != null && !d.closeDate().isBefore(d.createdDate())).toList();
    }

    /** The median days from created to closed of won deals; empty without such deals. */
    static OptionalDouble medianCycleDays(List<Deal> deals) {
        double[] days = wonWithCreatedDate(deals).stream()
                .mapToDouble(d -> ChronoUnit.DAYS.between(d.createdDate(), d.closeDate())).sorted().toArray();
        if (days.length == 0) {
            return OptionalDouble.empty();
        }
        int mid = days.length / 2;
        return OptionalDouble.of(days.length % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2);
    }

    /** Won amount / closed amount; empty when nothing closed. */
    static OptionalDouble closeRateByAmount(List<Deal> deals) {
        double won = 0;
        double closed = 0;
        for (Deal d : deals) {
            if (d.outcome().isClosed()) {
                closed += d.amount();
                if (d.outcome() == Outcome.WON) {
                    won += d.amount();
                }
            }
        }
        return won > 0 ? OptionalDouble.of(won / closed) : OptionalDouble.empty();
    }

    /** Won deals / closed deals, by count; empty when none was won. */
    static OptionalDouble closeRateByCount(List<Deal> deals) {
        long won = deals.stream().filter(d -> d.outcome() == Outcome.WON).count();
        long closed = deals.stream().filter(d -> d.outcome().isClosed()).count();
        return won > 0 ? OptionalDouble.of((double) won / closed) : OptionalDouble.empty();
    }

    /** The latest close date of a won deal, or null. */
    static LocalDate lastWon(List<Deal> deals) {
        return deals.stream().filter(d -> d.outcome() == Outcome.WON).map(Deal::closeDate)
                .max(LocalDate::compareTo).orElse(null);
    }

    /**
     * Won bookings per seller per month over the twelve months up to the last won deal: the won amount of those
     * months / the owners who won in them / 12. Empty without won deals that name an owner.
     */
    static OptionalDouble productivityPerSeller(List<Deal> deals) {
        LocalDate last = lastWon(deals);
        if (last == null) {
            return OptionalDouble.empty();
        }
        LocalDate from = last.minusMonths(12);
        double won = 0;
        Set<String> owners = new HashSet<>();
        for (Deal d : deals) {
            if (d.outcome() == Outcome.WON && d.closeDate().isAfter(from) && !d.owner().isEmpty()) {
                won += d.amount();
                owners.add(d.owner());
            }
        }
        return owners.isEmpty() || won == 0 ? OptionalDouble.empty() : OptionalDouble.of(won / owners.size() / 12);
    }

    /** Owners with a won deal in the twelve months up to the last one. */
    static int sellers(List<Deal> deals) {
        LocalDate last = lastWon(deals);
        if (last == null) {
            return 0;
        }
        LocalDate from = last.minusMonths(12);
        return (int) deals.stream().filter(d -> d.outcome() == Outcome.WON && d.closeDate().isAfter(from)
                && !d.owner().isEmpty()).map(Deal::owner).distinct().count();
    }
}
