package dev.hourglass.io.words;

import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The words of customer health (metrics.md §7) in English, as the command line and the JSON output write them. */
public final class HealthWords {
    private HealthWords() {
    }

    /** What the account did: "12 of 40 seats active (30 %)". */
    public static String reason(Reason r) {
        return switch (r.code()) {
            case NOT_ACTIVATED -> "no activation within " + whole(r.value()) + " days";
            case ACTIVATED_AFTER -> "activated after " + whole(r.value()) + " days";
            case FIRST_VALUE_AFTER -> "first value after " + whole(r.value()) + " days";
            case FEATURES_ADOPTED -> whole(r.value()) + " of " + whole(r.outOf()) + " features adopted ("
                    + Math.round(r.share() * 100) + " %)";
            case SEATS_ACTIVE -> whole(r.value()) + " of " + whole(r.outOf()) + " seats active ("
                    + Math.round(r.share() * 100) + " %)";
            case SUPPORT_TICKETS -> number(r.value()) + (r.value() == 1 ? " support ticket" : " support tickets")
                    + " per active user";
            case ACTIVE_STAKEHOLDERS -> whole(r.value()) + (r.value() == 1 ? " active stakeholder" : " active stakeholders")
                    + " (" + whole(r.outOf()) + " wanted)";
            case NPS -> "NPS " + (r.value() < 0 ? "\u2212" + whole(-r.value()) : whole(r.value()));
        };
    }

    /** What meeting a predictor's threshold means: "activated within 30 days", "active users ÷ seats ≥ 70 %". */
    public static String meaning(Indicator indicator, double threshold) {
        return switch (indicator) {
            case ACTIVATION -> "activated within " + whole(threshold) + " days";
            case TIME_TO_FIRST_VALUE -> "first value within " + whole(threshold) + " days";
            case ADOPTION -> "features adopted ÷ available ≥ " + number(threshold * 100) + " %";
            case SEAT_UTILISATION -> "active users ÷ seats ≥ " + number(threshold * 100) + " %";
            case SUPPORT_LOAD -> "support tickets per active user ≤ " + number(threshold);
            case STAKEHOLDERS -> "active stakeholders ≥ " + whole(threshold);
            case NPS -> "NPS ≥ " + whole(threshold);
        };
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /** Plain digits, at most two decimals, no grouping: the same text in every locale. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
