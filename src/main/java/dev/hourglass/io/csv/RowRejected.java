package dev.hourglass.io.csv;

/**
 * Signals that a row was left out and already counted in {@link RowProblems}. One shared instance without a
 * stack trace: a file with a million bad rows must not pay for a million stack traces.
 */
final class RowRejected extends Exception {
    private static final long serialVersionUID = 1L;
    static final RowRejected INSTANCE = new RowRejected();

    private RowRejected() {
        super("row rejected", null, false, false);
    }
}
