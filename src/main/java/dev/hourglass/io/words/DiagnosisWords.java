package dev.hourglass.io.words;

import dev.hourglass.model.pipeline.DiagnosisReason;
import dev.hourglass.model.pipeline.DiagnosisReason.CloseRateLow;
import dev.hourglass.model.pipeline.DiagnosisReason.CoverageShort;
import dev.hourglass.model.pipeline.DiagnosisReason.Healthy;
import dev.hourglass.model.pipeline.DiagnosisReason.NoClosedDeal;
import dev.hourglass.model.pipeline.DiagnosisReason.WinRateLow;
import java.util.Locale;

/** The reason of a pipeline diagnosis in English, as the command line and the JSON output write it. */
public final class DiagnosisWords {
    private DiagnosisWords() {
    }

    public static String english(DiagnosisReason reason) {
        if (reason instanceof CoverageShort r) {
            return String.format(Locale.ROOT, "%s coverage %.2f× is below the %.2f× required", r.motion().label(),
                    r.coverage(), r.required());
        }
        if (reason instanceof NoClosedDeal) {
            return "no deal at or past the SAL stage closed in the period";
        }
        if (reason instanceof CloseRateLow r) {
            return String.format(Locale.ROOT, "close rate%s %.1f%% is below %.1f%%; lost %s%s to no decision, %s to"
                            + " competition", basis(r.byCount()), 100 * r.closeRate(), 100 * r.threshold(),
                    amount(r.lostNoDecision()), r.byCount() ? " deals" : "", amount(r.lostCompetition()));
        }
        if (reason instanceof WinRateLow r) {
            return String.format(Locale.ROOT, "win rate%s %.1f%% is below %.1f%%", basis(r.byCount()),
                    100 * r.winRate(), 100 * r.threshold());
        }
        Healthy r = (Healthy) reason;
        return String.format(Locale.ROOT,
                "coverage %.2f× meets the %s required, close rate %.1f%% and win rate %s meet their thresholds",
                r.coverage(), r.required().isPresent()
                        ? String.format(Locale.ROOT, "%.2f×", r.required().getAsDouble()) : "(no data)",
                100 * r.closeRate(), r.winRate().isPresent()
                        ? String.format(Locale.ROOT, "%.1f%%", 100 * r.winRate().getAsDouble()) : "(no data)");
    }

    private static String basis(boolean byCount) {
        return byCount ? " by count" : "";
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
