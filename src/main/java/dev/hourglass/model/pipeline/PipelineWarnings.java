package dev.hourglass.model.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warnings of one analysis, from the deals alone (so a workbook warns as the file it came from did). "Most" is
 * more than half by count: of the lost (or won) deals closed in the period at or past the SAL stage, more than half
 * have an amount of 0 — CRMs often export lost deals without one, which makes every rate by amount look perfect.
 */
public final class PipelineWarnings {
    private PipelineWarnings() {
    }

    static List<PipelineWarning> of(ConversionRates rates, long wonWithoutAmount, long lostWithoutAmount) {
        long lost = rates.lostCompetition().count() + rates.lostNoDecision().count();
        return of("in the period", rates.won().count(), wonWithoutAmount, lost, lostWithoutAmount,
                rates.slippageMeasured());
    }

    /**
     * The same warnings from counts — an import warns of the whole file with them, before any period is chosen.
     *
     * @param where which deals the counts are of, in words ("in the period", "in the file")
     */
    public static List<PipelineWarning> of(String where, long won, long wonWithoutAmount, long lost,
                                           long lostWithoutAmount, boolean slippageMeasured) {
        List<PipelineWarning> warnings = new ArrayList<>();
        if (isMost(lostWithoutAmount, lost)) {
            warnings.add(new PipelineWarning(PipelineWarning.Code.LOST_WITHOUT_AMOUNT, String.format(Locale.ROOT,
                    "%d of %d lost deals %s have no amount: rates by amount are not meaningful here; "
                            + "use the rates by count", lostWithoutAmount, lost, where)));
        }
        if (isMost(wonWithoutAmount, won)) {
            warnings.add(new PipelineWarning(PipelineWarning.Code.WON_WITHOUT_AMOUNT, String.format(Locale.ROOT,
                    "%d of %d won deals %s have no amount: bookings, coverage, forecasts and rates by "
                            + "amount understate the wins; use the rates by count", wonWithoutAmount, won, where)));
        }
        if (!slippageMeasured) {
            warnings.add(new PipelineWarning(PipelineWarning.Code.NO_ORIGINAL_CLOSE_DATE,
                    "no deal has an original close date, so slippage cannot be measured: slipped deals and the "
                            + "slippage-adjusted close rate are no data"));
        }
        return warnings;
    }

    private static boolean isMost(long part, long whole) {
        return whole > 0 && 2 * part > whole;
    }
}
