package dev.hourglass.model.accounts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The indicators a set of accounts says nothing about: unknown for every account, because the export has no column
 * for them or leaves it empty (metrics.md §7). They are left out of every score and their weight shared over the
 * others; the output says so in words. Derived from the accounts alone, so an analysis of a workbook finds the same
 * ones as the analysis of the file it was imported from.
 */
public final class MissingIndicators {
    private static final HealthSettings ANY_THRESHOLDS = HealthSettings.defaults();

    private MissingIndicators() {
    }

    /** The indicators no account has a score for (none when there are no accounts), in the order of the enum. */
    public static Set<Indicator> of(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        EnumSet<Indicator> missing = EnumSet.allOf(Indicator.class);
        for (Account account : accounts) {
            // Whether an indicator is known does not depend on the thresholds, only its score does.
            missing.removeIf(indicator -> !Double.isNaN(IndicatorScorer.scoreOrNaN(indicator, account, ANY_THRESHOLDS)));
            if (missing.isEmpty()) {
                break;
            }
        }
        return Collections.unmodifiableSet(missing);
    }

    /**
     * What is missing and what follows, in one sentence: "The file has no daysToActivation column: activation is
     * left out of the score and its weight shared over the others".
     */
    public static String explain(Indicator indicator) {
        String what = switch (indicator) {
            // Activation is unknown only when the column is absent: an empty cell says "not activated".
            case ACTIVATION -> "The file has no daysToActivation column";
            case TIME_TO_FIRST_VALUE -> "No account has a daysToFirstValue";
            case ADOPTION -> "No account has both featuresAdopted and featuresAvailable (above 0)";
            case SEAT_UTILISATION -> "No account has both activeUsers and seats (above 0)";
            case SUPPORT_LOAD -> "No account has a ticketsPerActiveUser";
            case STAKEHOLDERS -> "No account has activeStakeholders";
            case NPS -> "No account has an nps";
        };
        String label = switch (indicator) {
            case NPS -> indicator.label();
            case SUPPORT_LOAD -> "support load"; // "support tickets is left out" would not read
            default -> indicator.label().toLowerCase(Locale.ROOT);
        };
        return what + ": " + label + " is left out of the score and its weight shared over the others";
    }
}
