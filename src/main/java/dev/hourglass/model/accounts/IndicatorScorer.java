package dev.hourglass.model.accounts;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Scores one indicator of one account 0–1 against the thresholds of the settings (metrics.md §7), and says in
 * figures what the account did. An unknown indicator has no score (NaN internally, empty outside); an empty
 * activation of an account whose activation is known is not unknown: the account has not activated and scores 0.
 */
public final class IndicatorScorer {
    private IndicatorScorer() {
    }

    public static OptionalDouble score(Indicator indicator, Account account, HealthSettings settings) {
        double score = scoreOrNaN(indicator, account, settings);
        return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** The score 0–1, or NaN when the indicator is unknown for this account. */
    static double scoreOrNaN(Indicator indicator, Account a, HealthSettings s) {
        return switch (indicator) {
            case ACTIVATION -> {
                OptionalInt days = a.daysToActivation();
                yield !a.activationKnown() ? Double.NaN : days.isEmpty() ? 0
                        : steps(days.getAsInt(), s.activationFullDays(), s.activationHalfDays());
            }
            case TIME_TO_FIRST_VALUE -> {
                OptionalInt days = a.daysToFirstValue();
                yield days.isEmpty() ? Double.NaN
                        : steps(days.getAsInt(), s.firstValueFullDays(), s.firstValueHalfDays());
            }
            case ADOPTION -> Usage.adoption(a);
            case SEAT_UTILISATION -> Usage.seatUtilisation(a);
            case SUPPORT_LOAD -> {
                OptionalDouble tickets = a.ticketsPerActiveUser();
                yield tickets.isEmpty() ? Double.NaN
                        : 1 - Math.min(1, Math.max(0, tickets.getAsDouble()) / s.ticketsPerUserAtZero());
            }
            case STAKEHOLDERS -> {
                OptionalInt count = a.activeStakeholders();
                yield count.isEmpty() ? Double.NaN : share((double) count.getAsInt() / s.stakeholdersFull());
            }
            case NPS -> {
                OptionalInt nps = a.nps();
                yield nps.isEmpty() ? Double.NaN : (nps.getAsInt() + 100) / 200.0;
            }
        };
    }

    /** What the account did on this indicator, as a reason costing {@code pointsLost}. Only for a known indicator. */
    static Reason reason(Indicator indicator, double pointsLost, Account a, HealthSettings s) {
        return switch (indicator) {
            case ACTIVATION -> a.daysToActivation().isEmpty() || a.daysToActivation().getAsInt() > s.activationHalfDays()
                    ? new Reason(indicator, pointsLost, Reason.Code.NOT_ACTIVATED, s.activationHalfDays(), 0, 0)
                    : new Reason(indicator, pointsLost, Reason.Code.ACTIVATED_AFTER, a.daysToActivation().getAsInt(), 0, 0);
            case TIME_TO_FIRST_VALUE -> new Reason(indicator, pointsLost, Reason.Code.FIRST_VALUE_AFTER,
                    a.daysToFirstValue().getAsInt(), 0, 0);
            case ADOPTION -> new Reason(indicator, pointsLost, Reason.Code.FEATURES_ADOPTED,
                    a.featuresAdopted().getAsInt(), a.featuresAvailable().getAsInt(), Usage.adoption(a));
            case SEAT_UTILISATION -> new Reason(indicator, pointsLost, Reason.Code.SEATS_ACTIVE,
                    a.activeUsers().getAsInt(), a.seats().getAsInt(), Usage.seatUtilisation(a));
            case SUPPORT_LOAD -> new Reason(indicator, pointsLost, Reason.Code.SUPPORT_TICKETS,
                    a.ticketsPerActiveUser().getAsDouble(), 0, 0);
            case STAKEHOLDERS -> new Reason(indicator, pointsLost, Reason.Code.ACTIVE_STAKEHOLDERS,
                    a.activeStakeholders().getAsInt(), s.stakeholdersFull(), 0);
            case NPS -> new Reason(indicator, pointsLost, Reason.Code.NPS, a.nps().getAsInt(), 0, 0);
        };
    }

    private static double steps(int days, int fullDays, int halfDays) {
        if (days <= fullDays) {
            return 1;
        }
        return days <= halfDays ? 0.5 : 0;
    }

    private static double share(double value) {
        return Double.isNaN(value) ? value : Math.max(0, Math.min(1, value));
    }
}
