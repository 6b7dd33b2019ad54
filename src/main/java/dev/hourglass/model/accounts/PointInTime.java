package dev.hourglass.model.accounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accounts as they were known on the as-of date (metrics.md §7 "As of a date"): a churn date after it, and the
 * outcome of a renewal dated after it, had not happened yet and are left out; an account that started after it was
 * not a customer yet and is left out of every output (counted in {@code startedLater}, so the output can say so).
 * {@code expansionArr} has no date and counts as given, and so does a renewal outcome without a renewal date.
 *
 * @param accounts     the accounts started on or before {@code asOf}, each as known then, in input order
 * @param startedLater the accounts left out because they started after {@code asOf}
 */
public record PointInTime(LocalDate asOf, List<Account> accounts, int startedLater) {
    public PointInTime {
        accounts = List.copyOf(accounts);
    }

    public static PointInTime of(List<Account> all, LocalDate asOf) {
        List<Account> known = new ArrayList<>(all.size());
        int startedLater = 0;
        for (Account account : all) {
            if (account.startDate().isAfter(asOf)) {
                startedLater++;
            } else {
                known.add(asKnownOn(account, asOf));
            }
        }
        return new PointInTime(asOf, known, startedLater);
    }

    /** The account itself when nothing about it lies after {@code asOf} (the usual case costs no copy). */
    static Account asKnownOn(Account a, LocalDate asOf) {
        boolean churnLater = a.churnDate().isPresent() && a.churnDate().get().isAfter(asOf);
        boolean outcomeLater = a.renewed().isPresent() && a.renewalDate().isPresent()
                && a.renewalDate().get().isAfter(asOf);
        if (!churnLater && !outcomeLater) {
            return a;
        }
        return new Account(a.account(), a.source(), a.campaign(), a.segment(), a.startDate(), a.arr(), a.renewalDate(),
                a.daysToActivation(), a.activationKnown(), a.daysToFirstValue(), a.featuresAdopted(),
                a.featuresAvailable(), a.activeUsers(), a.seats(), a.ticketsPerActiveUser(), a.activeStakeholders(),
                a.nps(), outcomeLater ? Optional.empty() : a.renewed(), a.expansionArr(),
                churnLater ? Optional.empty() : a.churnDate());
    }

    /** "3 accounts started after 2025-06-30 and are left out (not customers yet at that date)". */
    public static String explainStartedLater(int count, LocalDate asOf) {
        return count + (count == 1 ? " account started" : " accounts started") + " after " + asOf
                + (count == 1 ? " and is left out (not a customer yet" : " and are left out (not customers yet")
                + " at that date)";
    }
}
