package dev.hourglass.model.accounts;

import java.util.OptionalInt;

/**
 * How much of what it bought an account uses (metrics.md §7): adoption = features adopted ÷ available and seat
 * utilisation = active users ÷ seats, each capped at 1. The one rule the score, the predictor table, the expansion
 * list and the adoption rate by source all take, so that no figure shows 125 % where another counts 100 %.
 */
public final class Usage {
    private Usage() {
    }

    /** Features adopted ÷ available, at most 1; NaN when either is unknown or nothing is available. */
    public static double adoption(Account a) {
        return cappedShare(a.featuresAdopted(), a.featuresAvailable());
    }

    /** Active users ÷ seats, at most 1; NaN when either is unknown or there are no seats. */
    public static double seatUtilisation(Account a) {
        return cappedShare(a.activeUsers(), a.seats());
    }

    /** Whether the account claims more features adopted than there are to adopt: impossible, reported. */
    public static boolean adoptionImpossible(Account a) {
        OptionalInt adopted = a.featuresAdopted();
        OptionalInt available = a.featuresAvailable();
        return adopted.isPresent() && available.isPresent() && adopted.getAsInt() > available.getAsInt();
    }

    private static double cappedShare(OptionalInt part, OptionalInt whole) {
        return part.isPresent() && whole.isPresent() && whole.getAsInt() > 0
                ? Math.min(1, (double) part.getAsInt() / whole.getAsInt()) : Double.NaN;
    }
}
