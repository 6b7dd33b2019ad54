package dev.hourglass.io.csv;

import java.util.Arrays;

/**
 * The file line of each row a reader kept, in the order kept. Stored as runs: rows usually sit on consecutive lines,
 * so a run is only started where a line was skipped (a blank line, a row left out, a quoted line break). A
 * million-row ledger is one run instead of a million longs (8 MB the reader filled and the heap had to fault in).
 */
final class RowLines {
    /** Run k starts at row runRow[k], on line runLine[k]; the rows after it follow on the next lines. */
    private long[] runRow = new long[8];
    private long[] runLine = new long[8];
    private int runs;
    private long rows;

    void add(long line) {
        if (runs == 0 || line != runLine[runs - 1] + (rows - runRow[runs - 1])) {
            startRun(rows, line);
        }
        rows++;
    }

    /** The rows of {@code later} after these, their lines moved on by {@code linesBefore}. */
    void addAll(RowLines later, long linesBefore) {
        for (int k = 0; k < later.runs; k++) {
            long line = later.runLine[k] + linesBefore;
            long row = rows + later.runRow[k];
            if (runs == 0 || line != runLine[runs - 1] + (row - runRow[runs - 1])) {
                startRun(row, line);
            }
        }
        rows += later.rows;
    }

    /** The line of the {@code row}-th row kept (from 0). */
    long lineOf(long row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        int k = Arrays.binarySearch(runRow, 0, runs, row);
        if (k < 0) {
            k = -k - 2; // the run that started before it
        }
        return runLine[k] + (row - runRow[k]);
    }

    long size() {
        return rows;
    }

    private void startRun(long row, long line) {
        if (runs == runRow.length) {
            runRow = Arrays.copyOf(runRow, runs * 2);
            runLine = Arrays.copyOf(runLine, runs * 2);
        }
        runRow[runs] = row;
        runLine[runs] = line;
        runs++;
    }
}
