package dev.hourglass.model.accounts;

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
        return cappedShare(a.featuresAdopted().orElse(-1), a.featuresAvailable().orElse(-1),
                a.featuresAdopted().isPresent() && a.featuresAvailable().isPresent());
    }

    /** Active users ÷ seats, at most 1; NaN when either is unknown or there are no seats. */
    public static double seatUtilisation(Account a) {
        return cappedShare(a.activeUsers().orElse(-1), a.seats().orElse(-1),
                a.activeUsers().isPresent() && a.seats().isPresent());
    }

    /** Whether the account claims more features adopted than there are to adopt: impossible, reported. */
    public static boolean adoptionImpossible(Account a) {
        return a.featuresAdopted().isPresent() && a.featuresAvailable().isPresent()
                && a.featuresAdopted().getAsInt() > a.featuresAvailable().getAsInt();
    }

    private static double cappedShare(int part, int whole, boolean known) {
        return known && whole > 0 ? Math.min(1, (double) part / whole) : Double.NaN;
    }
}
