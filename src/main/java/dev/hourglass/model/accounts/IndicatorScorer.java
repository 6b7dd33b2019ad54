package dev.hourglass.model.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Scores one indicator of one account 0–1 against the thresholds of the settings (metrics.md §7), and says in
 * words what the account did. An unknown indicator has no score (NaN internally, empty outside); an empty
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

    /** What the account did on this indicator, in words, for a reason code. Only for a known indicator. */
    static String describe(Indicator indicator, Account a, HealthSettings s) {
        return switch (indicator) {
            case ACTIVATION -> a.daysToActivation().isEmpty() || a.daysToActivation().getAsInt() > s.activationHalfDays()
                    ? "no activation within " + s.activationHalfDays() + " days"
                    : "activated after " + a.daysToActivation().getAsInt() + " days";
            case TIME_TO_FIRST_VALUE -> "first value after " + a.daysToFirstValue().getAsInt() + " days";
            case ADOPTION -> a.featuresAdopted().getAsInt() + " of " + a.featuresAvailable().getAsInt()
                    + " features adopted (" + percent(Usage.adoption(a)) + ")";
            case SEAT_UTILISATION -> a.activeUsers().getAsInt() + " of " + a.seats().getAsInt()
                    + " seats active (" + percent(Usage.seatUtilisation(a)) + ")";
            case SUPPORT_LOAD -> {
                double tickets = a.ticketsPerActiveUser().getAsDouble();
                yield number(tickets) + (tickets == 1 ? " support ticket" : " support tickets") + " per active user";
            }
            case STAKEHOLDERS -> {
                int count = a.activeStakeholders().getAsInt();
                yield count + (count == 1 ? " active stakeholder" : " active stakeholders")
                        + " (" + s.stakeholdersFull() + " wanted)";
            }
            case NPS -> "NPS " + (a.nps().getAsInt() < 0 ? "\u2212" + -a.nps().getAsInt() : a.nps().getAsInt());
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

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    /** Plain digits, at most two decimals, no grouping: the same text in every locale. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
