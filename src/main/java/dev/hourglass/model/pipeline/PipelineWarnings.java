package dev.hourglass.model.pipeline;

import java.util.ArrayList;
import java.util.List;

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
        return of(PipelineWarning.Scope.PERIOD, rates.won().count(), wonWithoutAmount, lost, lostWithoutAmount,
                rates.slippageMeasured());
    }

    /** The same warnings from counts — an import warns of the whole file with them, before any period is chosen. */
    public static List<PipelineWarning> of(PipelineWarning.Scope scope, long won, long wonWithoutAmount, long lost,
                                           long lostWithoutAmount, boolean slippageMeasured) {
        List<PipelineWarning> warnings = new ArrayList<>();
        if (isMost(lostWithoutAmount, lost)) {
            warnings.add(new PipelineWarning(PipelineWarning.Code.LOST_WITHOUT_AMOUNT, lostWithoutAmount, lost, scope));
        }
        if (isMost(wonWithoutAmount, won)) {
            warnings.add(new PipelineWarning(PipelineWarning.Code.WON_WITHOUT_AMOUNT, wonWithoutAmount, won, scope));
        }
        if (!slippageMeasured) {
            warnings.add(new PipelineWarning(PipelineWarning.Code.NO_ORIGINAL_CLOSE_DATE, 0, 0, scope));
        }
        return warnings;
    }

    private static boolean isMost(long part, long whole) {
        return whole > 0 && 2 * part > whole;
    }
}
