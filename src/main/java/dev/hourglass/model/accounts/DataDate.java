package dev.hourglass.model.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day a set of accounts describes: its latest start, churn or known renewal. Analysed "as of" this day, an
 * export looked at a month later does not count renewals it could not know about as still open.
 */
public final class DataDate {
    private DataDate() {
    }

    /** Empty when there are no accounts. */
    public static Optional<LocalDate> of(List<Account> accounts) {
        LocalDate latest = null;
        for (Account a : accounts) {
            latest = later(latest, a.startDate());
            if (a.churnDate().isPresent()) {
                latest = later(latest, a.churnDate().get());
            }
            if (a.renewed().isPresent() && a.renewalDate().isPresent()) {
                latest = later(latest, a.renewalDate().get());
            }
        }
        return Optional.ofNullable(latest);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
