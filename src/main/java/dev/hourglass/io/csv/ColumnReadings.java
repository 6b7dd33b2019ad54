package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * How each column of a file writes its dates and amounts, as detected when the file was opened, and the sentences
 * that tell the user what was decided. A column without a reading of its own is read as ISO dates and plain
 * numbers with a decimal point.
 */
final class ColumnReadings {
    static final ColumnReadings DEFAULT = new ColumnReadings(new DateReading[0], new char[0], new String[0], List.of());

    private final DateReading[] dates;
    private final char[] decimalMarks;
    private final String[] fractionExamples;
    private final List<Detection> detections;
    private final MinorUnits minorUnits;

    /** @param fractionExamples per column, a value the detection saw written with a decimal fraction, or null */
    ColumnReadings(DateReading[] dates, char[] decimalMarks, String[] fractionExamples, List<Detection> detections) {
        this(dates, decimalMarks, fractionExamples, detections, null);
    }

    private ColumnReadings(DateReading[] dates, char[] decimalMarks, String[] fractionExamples, List<Detection> detections,
                           MinorUnits minorUnits) {
        this.dates = dates;
        this.decimalMarks = decimalMarks;
        this.fractionExamples = fractionExamples;
        this.detections = List.copyOf(detections);
        this.minorUnits = minorUnits;
    }

    /** These readings with the money columns in cents, said first among the detections; themselves for null. */
    ColumnReadings inCents(MinorUnits cents) {
        if (cents == null) {
            return this;
        }
        List<Detection> all = new ArrayList<>();
        all.add(cents.detection());
        all.addAll(detections);
        return new ColumnReadings(dates, decimalMarks, fractionExamples, all, cents);
    }

    /** The money columns in cents, or null when the file's amounts are in units (almost every file). */
    MinorUnits minorUnits() {
        return minorUnits;
    }

    /** The column's date reading, or null for ISO dates. */
    DateReading date(int column) {
        return column < dates.length ? dates[column] : null;
    }

    /** A value of the column written with a decimal fraction ({@code 49.50}), or null when the detection saw none. */
    String fractionExample(int column) {
        return column < fractionExamples.length ? fractionExamples[column] : null;
    }

    char decimalMark(int column) {
        return column < decimalMarks.length && decimalMarks[column] != 0 ? decimalMarks[column] : '.';
    }

    List<Detection> detections() {
        return detections;
    }
}
