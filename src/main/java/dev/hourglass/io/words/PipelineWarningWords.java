package dev.hourglass.io.words;

import dev.hourglass.model.pipeline.PipelineWarning;
import java.util.Locale;

/** A pipeline warning in English, as the command line, the JSON output and an import's report write it. */
public final class PipelineWarningWords {
    private PipelineWarningWords() {
    }

    public static String english(PipelineWarning warning) {
        String where = warning.scope() == PipelineWarning.Scope.FILE ? "in the file" : "in the period";
        return switch (warning.code()) {
            case LOST_WITHOUT_AMOUNT -> String.format(Locale.ROOT,
                    "%d of %d lost deals %s have no amount: rates by amount are not meaningful here; "
                            + "use the rates by count", warning.count(), warning.total(), where);
            case WON_WITHOUT_AMOUNT -> String.format(Locale.ROOT,
                    "%d of %d won deals %s have no amount: bookings, coverage, forecasts and rates by "
                            + "amount understate the wins; use the rates by count", warning.count(), warning.total(),
                    where);
            case NO_ORIGINAL_CLOSE_DATE -> "no deal has an original close date, so slippage cannot be measured: "
                    + "slipped deals and the slippage-adjusted close rate are no data";
        };
    }
}
