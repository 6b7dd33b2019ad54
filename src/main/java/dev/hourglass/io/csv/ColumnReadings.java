package dev.hourglass.io.csv;

import java.util.List;

/**
 * How each column of a file writes its dates and amounts, as detected when the file was opened, and the sentences
 * that tell the user what was decided. A column without a reading of its own is read as ISO dates and plain
 * numbers with a decimal point.
 */
final class ColumnReadings {
    static final ColumnReadings DEFAULT = new ColumnReadings(new DateReading[0], new char[0], List.of());

    private final DateReading[] dates;
    private final char[] decimalMarks;
    private final List<Detection> detections;

    ColumnReadings(DateReading[] dates, char[] decimalMarks, List<Detection> detections) {
        this.dates = dates;
        this.decimalMarks = decimalMarks;
        this.detections = List.copyOf(detections);
    }

    /** The column's date reading, or null for ISO dates. */
    DateReading date(int column) {
        return column < dates.length ? dates[column] : null;
    }

    char decimalMark(int column) {
        return column < decimalMarks.length && decimalMarks[column] != 0 ? decimalMarks[column] : '.';
    }

    List<Detection> detections() {
        return detections;
    }
}
