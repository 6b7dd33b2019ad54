package dev.hourglass.model.pipeline;

/**
 * Something in the deals that makes some figures of an analysis misleading (imports.md §3): a code for programs
 * and the counts a sentence for people is written from, saying which figures to distrust and what to read instead.
 *
 * @param count the deals the warning is about (lost or won deals without an amount; 0 for no original close date)
 * @param total the deals they are counted among (all lost or all won deals; 0 for no original close date)
 * @param scope which deals were counted: those of the period analysed or the whole file imported
 */
public record PipelineWarning(Code code, long count, long total, Scope scope) {
    public enum Code {
        /** Most lost deals of the period have no amount: rates by amount are not meaningful. */
        LOST_WITHOUT_AMOUNT,
        /** Most won deals of the period have no amount: bookings and rates by amount understate the wins. */
        WON_WITHOUT_AMOUNT,
        /** No deal has an original close date: slippage cannot be measured. */
        NO_ORIGINAL_CLOSE_DATE
    }

    /** Which deals a warning counted. */
    public enum Scope {
        PERIOD,
        FILE
    }
}
