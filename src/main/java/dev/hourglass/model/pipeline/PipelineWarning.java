package dev.hourglass.model.pipeline;

/**
 * Something in the deals that makes some figures of an analysis misleading (imports.md §3): a code for programs and
 * a sentence for people, saying which figures to distrust and what to read instead.
 */
public record PipelineWarning(Code code, String message) {
    public enum Code {
        /** Most lost deals of the period have no amount: rates by amount are not meaningful. */
        LOST_WITHOUT_AMOUNT,
        /** Most won deals of the period have no amount: bookings and rates by amount understate the wins. */
        WON_WITHOUT_AMOUNT,
        /** No deal has an original close date: slippage cannot be measured. */
        NO_ORIGINAL_CLOSE_DATE
    }
}
