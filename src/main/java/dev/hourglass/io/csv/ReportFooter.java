package dev.hourglass.io.csv;

import dev.hourglass.model.EchoedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines a report export writes under its table — "Grand Totals (60 records)", "Confidential Information - Do Not
 * Distribute", a copyright line — each a row with only its first field — and a spreadsheet's total line (a blank
 * first field, "Total" beside the sums). Such rows are held back while they come;
 * a table row after them hands them on as rows after all, the end of the file makes them the footer, which is named
 * in the import report instead of being left out row by row.
 */
final class ReportFooter {
    /** More one-field rows than this in a row are a column of the table, not a footer. */
    private static final int MOST_LINES = 20;
    private final boolean applies;
    private final List<CsvRow> held = new ArrayList<>();
    private final List<CsvRow> footer = new ArrayList<>();

    /** @param headerWidth a footer is told apart only under a table of three or more columns */
    ReportFooter(int headerWidth) {
        this.applies = headerWidth >= 3;
    }

    void accept(CsvRow row, Consumer<CsvRow> action) {
        if (applies && row.footerLine() && held.size() < MOST_LINES) {
            held.add(row.copy());
            return;
        }
        handOnHeld(action);
        action.accept(row);
    }

    /** The rows held back were followed by more of the file: they are rows. */
    void handOnHeld(Consumer<CsvRow> action) {
        if (held.isEmpty()) {
            return; // every row comes here: no iterator for nothing (C1 code, the CLI's, makes each one it is asked for)
        }
        for (CsvRow row : held) {
            action.accept(row);
        }
        held.clear();
    }

    /** Whether rows are held back: a footer may be starting. */
    boolean holdsRows() {
        return !held.isEmpty();
    }

    /** The end of the file: the rows held back are the footer. */
    void end() {
        footer.addAll(held);
        held.clear();
    }

    /** A footer line's text: its fields that hold any, one after the other. */
    private static String shown(CsvRow row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.fieldCount(); i++) {
            String text = row.string(i).strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join(", ", texts);
    }

    List<Detection> detections(String fileName) {
        if (footer.isEmpty()) {
            return List.of();
        }
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < Math.min(2, footer.size()); i++) {
            examples.add("'" + EchoedText.of(shown(footer.get(i))) + "'");
        }
        int lines = footer.size();
        String shown = String.join(", ", examples) + (lines > 2 ? ", …" : "");
        return List.of(Detection.of(Detection.Code.FOOTER, fileName + ": " + (lines == 1 ? "the line" : "the " + lines
                + " lines") + " under the table (" + shown + ") " + (lines == 1 ? "is" : "are")
                + " a report's footer, not rows; not read.", fileName, lines, shown));
    }
}
