package dev.hourglass.store;

import java.util.concurrent.CancellationException;

/** An import stopped because its thread was interrupted (the app closing, say): nothing of it was written. */
public final class ImportInterruptedException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public ImportInterruptedException() {
        super("the import was interrupted");
    }
}
