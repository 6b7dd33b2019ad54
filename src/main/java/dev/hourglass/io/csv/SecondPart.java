package dev.hourglass.io.csv;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads the second part of a file on its own thread for {@link CsvFile#forEachRow(java.util.function.Consumer,
 * PartReading)}. Anything unexpected — a row FastCSV must read, bytes that are not UTF-8, a failure of the
 * reader — leaves the part unread: the calling thread then reads it itself and meets the problem where it is.
 */
final class SecondPart<P> implements Runnable {
    private final Utf8RowScanner scanner;
    private final PartReading<P> reading;
    private final ColumnReadings readings;
    private final ReportFooter footer;
    private volatile boolean cancelled;
    private P result;

    SecondPart(Utf8RowScanner scanner, PartReading<P> reading, ColumnReadings readings, int headerWidth) {
        this.scanner = scanner;
        this.reading = reading;
        this.readings = readings;
        this.footer = new ReportFooter(headerWidth);
    }

    @Override
    public void run() {
        try {
            P part = reading.newPart();
            Consumer<CsvRow> read = r -> reading.read(part, r); // made once: C1 code makes a capturing lambda each time
            for (CsvRow row = scanner.next(); row != null && !cancelled; row = scanner.next()) {
                row.use(readings);
                footer.accept(row, read);
            }
            footer.end();
            if (!cancelled) {
                result = part;
            }
        } catch (IOException | Utf8RowScanner.Unusual | RuntimeException | Error e) {
            result = null; // the calling thread reads the part again and meets this where it is
        }
    }

    /** The part read, once the thread has finished; null when it could not be. */
    P await(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    /** The footer lines at the end of the part (read once the part is). */
    ReportFooter footer() {
        return footer;
    }

    void cancel() {
        cancelled = true;
    }
}
