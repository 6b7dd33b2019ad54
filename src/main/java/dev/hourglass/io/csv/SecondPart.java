package dev.hourglass.io.csv;

import dev.hourglass.model.Waits;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Reads the second part of a file on its own thread for {@link CsvFile#forEachRow(java.util.function.Consumer,
 * PartReading)}, in pieces the calling thread takes as they are ready. Anything unexpected — a row FastCSV must
 * read, bytes that are not UTF-8, a failure of the reader — ends the part after the last piece ready: the calling
 * thread reads the rest itself, from where that piece ends, and meets the problem where it is.
 */
final class SecondPart<P> implements Runnable {
    /**
     * A piece of the part with all its rows, and where the part's rows after it start: their offset in the file,
     * their line counted from 1 at the part's first line, and the rows of the part before them.
     */
    record Piece<P>(P rows, long nextOffset, long nextLine, long rowsBefore) {
    }

    private static final Object END = new Object();
    private final Utf8RowScanner scanner;
    private final PartReading<P> reading;
    private final ColumnReadings readings;
    private final ReportFooter footer;
    private final BlockingQueue<Object> ready = new LinkedBlockingQueue<>();
    private volatile boolean cancelled;
    private boolean complete;
    private boolean ended;
    private P piece;

    SecondPart(Utf8RowScanner scanner, PartReading<P> reading, ColumnReadings readings, int headerWidth) {
        this.scanner = scanner;
        this.reading = reading;
        this.readings = readings;
        this.footer = new ReportFooter(headerWidth);
    }

    @Override
    public void run() {
        try {
            piece = reading.newPiece();
            Consumer<CsvRow> read = r -> reading.read(piece, r); // made once: C1 code makes a capturing lambda each time
            int rowsAPiece = reading.rowsAPiece();
            int inPiece = 0;
            long rows = 0;
            for (CsvRow row = scanner.next(); row != null && !cancelled; row = scanner.next()) {
                rows++;
                row.use(readings);
                footer.accept(row, read);
                // a piece ends only where no footer line is held back: its rows are then all the part's up to there
                if (++inPiece >= rowsAPiece && !footer.holdsRows()) {
                    handOver(rows);
                    piece = reading.newPiece();
                    inPiece = 0;
                }
            }
            footer.end();
            if (!cancelled) {
                handOver(rows);
                complete = true;
            }
        } catch (IOException | Utf8RowScanner.Unusual | RuntimeException | Error e) {
            // the calling thread reads the rest of the part and meets this where it is
        } finally {
            ready.add(END);
        }
    }

    private void handOver(long rows) {
        reading.endPiece(piece);
        ready.add(new Piece<>(piece, scanner.position(), scanner.line(), rows));
    }

    /**
     * The next piece with all its rows, waiting for it while the part is read; null once there are no more: the
     * part is then {@link #complete()}, or the rest of it after the last piece must be read by the caller.
     */
    @SuppressWarnings("unchecked")
    Piece<P> next() {
        if (ended) {
            return null;
        }
        Object next = Waits.uninterruptibly(ready::take);
        if (next == END) {
            ended = true;
            return null;
        }
        return (Piece<P>) next;
    }

    /** Whether every row of the part is in the pieces handed out (known once {@link #next()} returned null). */
    boolean complete() {
        return complete;
    }

    /** Waits for the thread to end. */
    void await(Thread thread) {
        Waits.uninterruptibly(() -> {
            thread.join();
            return null;
        });
    }

    /** The footer lines at the end of the part (read once the part is complete). */
    ReportFooter footer() {
        return footer;
    }

    void cancel() {
        cancelled = true;
    }
}
