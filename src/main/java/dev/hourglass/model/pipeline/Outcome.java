package dev.hourglass.model.pipeline;

/** Where a deal ended, or that it is still open. */
public enum Outcome {
    OPEN,
    WON,
    LOST_COMPETITION,
    LOST_NO_DECISION;

    public boolean isClosed() {
        return this != OPEN;
    }
}
