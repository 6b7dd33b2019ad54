package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import java.util.List;
import java.util.Optional;

/** The rows of one table file, header first, each handed out in the same reused {@link CsvRow}. */
interface RowSource extends AutoCloseable {
    /** The next non-blank row, or null after the last; the message of a failure names the file and line. */
    CsvRow next() throws BadInputException;

    /** The width of the header, once found: a sheet pads shorter rows (trailing blank cells) to it. */
    default void headerWidth(int width) {
    }

    /** Where else to look when the columns are not in what was read (another sheet of a workbook); "" if nowhere. */
    default String otherSheetsHint() {
        return "";
    }

    /** The sentence naming the sheet read among the workbook's others, when there are others to look in. */
    default Optional<Detection> otherSheets() {
        return Optional.empty();
    }

    /** Plain sentences on how the file was read (its encoding, its sheet), for the import report. */
    List<Detection> detections();

    @Override
    void close();
}
