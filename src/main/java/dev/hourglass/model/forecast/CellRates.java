package dev.hourglass.model.forecast;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The share of deals with an event (won, or slipped) in cells of stage, segment and amount band, each cell falling
 * back to a wider one while it holds fewer than {@link #MIN_DEALS} deals: stage × segment × band, stage × segment,
 * stage, then segment × band, segment, and every deal. The stage cells are used only when the stage is known.
 */
public final class CellRates {
    public static final int MIN_DEALS = 30;

    private record Cell(String stage, String segment, int band) {
    }

    private static final int ANY_BAND = -1;

    private final Map<Cell, long[]> cells = new HashMap<>();

    /** Counts one deal; {@code stage} null when it is not known. */
    public void add(String stage, String segment, int band, boolean event) {
        if (stage != null) {
            count(new Cell(stage, segment, band), event);
            count(new Cell(stage, segment, ANY_BAND), event);
            count(new Cell(stage, null, ANY_BAND), event);
        }
        count(new Cell(null, segment, band), event);
        count(new Cell(null, segment, ANY_BAND), event);
        count(new Cell(null, null, ANY_BAND), event);
    }

    private void count(Cell cell, boolean event) {
        long[] counts = cells.computeIfAbsent(cell, c -> new long[2]);
        counts[0] += event ? 1 : 0;
        counts[1]++;
    }

    /** The share in the narrowest cell with enough deals, or empty when even all deals together are too few. */
    public OptionalDouble rate(String stage, String segment, int band) {
        Cell[] widening = stage == null
                ? new Cell[] {new Cell(null, segment, band), new Cell(null, segment, ANY_BAND), new Cell(null, null, ANY_BAND)}
                : new Cell[] {new Cell(stage, segment, band), new Cell(stage, segment, ANY_BAND),
                    new Cell(stage, null, ANY_BAND), new Cell(null, segment, band), new Cell(null, segment, ANY_BAND),
                    new Cell(null, null, ANY_BAND)};
        for (Cell cell : widening) {
            long[] counts = cells.get(cell);
            if (counts != null && counts[1] >= MIN_DEALS) {
                return OptionalDouble.of((double) counts[0] / counts[1]);
            }
        }
        return OptionalDouble.empty();
    }

    /** Whether all deals together are enough to learn from. */
    public boolean enough() {
        long[] all = cells.get(new Cell(null, null, ANY_BAND));
        return all != null && all[1] >= MIN_DEALS;
    }
}
