package dev.hourglass.ui.accounts;

import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.Reason;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.ui.common.UiText;

/** The words of customer health in the desktop's language: why an account lost points, what a threshold means. */
final class HealthText {
    private HealthText() {
    }

    /** "12 of 40 seats active (30 %)". */
    static String reason(Reason r, FigureFormatter f) {
        String key = "accounts.reason." + r.code().name()
                + (r.value() == 1 && (r.code() == Reason.Code.SUPPORT_TICKETS || r.code() == Reason.Code.ACTIVE_STAKEHOLDERS)
                ? ".one" : "");
        String value = r.code() == Reason.Code.NPS && r.value() < 0 ? "\u2212" + f.number(-r.value(), 0)
                : f.number(r.value(), 2);
        return UiText.text(key, value, f.number(r.outOf(), 0), f.percent(r.share(), 0));
    }

    /** "activated within 30 days", "active users ÷ seats ≥ 70 %". */
    static String meaning(Indicator indicator, double threshold, FigureFormatter f) {
        String value = switch (indicator) {
            case ADOPTION, SEAT_UTILISATION -> f.percent(threshold, 2);
            case SUPPORT_LOAD -> f.number(threshold, 2);
            default -> f.number(threshold, 0);
        };
        return UiText.text("accounts.meaning." + indicator.name(), value);
    }
}
