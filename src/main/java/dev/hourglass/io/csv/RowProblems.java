package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.model.EchoedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows an import left out and why. Every row is counted under its reason; the first few of each reason
 * keep their full message (file, line, column, value) so a user can find and fix them.
 */
public final class RowProblems {
    public static final int EXAMPLES_PER_REASON = 10;
    static final RowReason SHORT_ROW = RowReason.of(RowReason.Code.SHORT_ROW, "row has fewer fields than the header");

    private final String fileName;
    private final Map<String, Reason> byReason = new LinkedHashMap<>();
    private long total;

    public RowProblems(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Counts one excluded row.
     *
     * @param reason the kind of problem, the same for all rows that share it, e.g. "amount is not a number"
     * @param detail the row's own value, e.g. "'12,5O0'"
     */
    public void add(long line, String column, String reason, String detail) {
        add(line, column, RowReason.of(reason), detail);
    }

    /** Counts one excluded row, its reason coded for the desktop; the rows are grouped by the reason's English. */
    public void add(long line, String column, RowReason reason, String detail) {
        add(line, column, reason, RowDetail.value(detail));
    }

    /** Counts one excluded row, its reason and detail coded for the desktop. */
    public void add(long line, String column, RowReason reason, RowDetail detail) {
        total++;
        Reason r = byReason.computeIfAbsent(reason.english(), english -> new Reason(reason));
        r.count++;
        if (r.examples.size() < EXAMPLES_PER_REASON) {
            String where = fileName + ", line " + line + (column == null ? "" : ", column '" + column + "'");
            String shown = EchoedText.of(detail.english());
            r.examples.add(where + ": " + reason.english() + (shown.isEmpty() ? "" : " (" + shown + ")"));
            r.lines.add(line);
            r.places.add(new Place(line, column, shown, detail));
        }
    }

    /**
     * The error of a file none of whose rows could be used: "deals.csv: no usable deal in 3 rows; first problem: …".
     *
     * @param what what a usable row would have given, e.g. "deal", "ledger row" (its code: DEAL, LEDGER_ROW)
     */
    public BadInputException noUsable(String what, long rowsRead) {
        Reason first = isEmpty() ? null : reasons().get(0);
        FileProblem problem = FileProblem.of(FileProblem.Code.NO_USABLE_ROWS, fileName,
                what.toUpperCase(Locale.ROOT).replace(' ', '_'), rowsRead, first == null ? null : first.coded(),
                first == null ? null : first.places().get(0));
        return new BadInputException(fileName + ": no usable " + what + " in " + rowsRead + " row"
                + (rowsRead == 1 ? "" : "s")
                + (first == null ? "" : "; first problem: " + first.examples().get(0)), problem);
    }

    /** Counts the row as left out when it has fewer fields than the header; true when it did. */
    public boolean leftOutIfShort(CsvRow row, int headerWidth) {
        if (row.fieldCount() >= headerWidth) {
            return false;
        }
        add(row.line(), null, SHORT_ROW, shortRowDetail(row, headerWidth));
        return true;
    }

    static RowDetail shortRowDetail(CsvRow row, int headerWidth) {
        return RowDetail.of(row.fieldCount(), headerWidth);
    }

    /** Counts rows left out for one reason as a kept report recorded them (count, and the first examples' lines). */
    public void restore(RowReason reason, long count, List<Long> lines, List<String> examples) {
        Reason r = byReason.computeIfAbsent(reason.english(), english -> new Reason(reason));
        r.count += count;
        total += count;
        for (int i = 0; i < examples.size() && r.examples.size() < EXAMPLES_PER_REASON; i++) {
            r.examples.add(examples.get(i));
            r.lines.add(lines.get(i));
        }
    }

    public String fileName() {
        return fileName;
    }

    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public List<Reason> reasons() {
        return List.copyOf(byReason.values());
    }

    /**
     * Where a row left out is, for the desktop to say in its words: line, column (null: the row), the detail in
     * English as the CLI shows it (shortened; "" for none) and coded.
     */
    public record Place(long line, String column, String detail, RowDetail coded) {
        /** A place whose detail is only its English (or a value, the same in every language). */
        public Place(long line, String column, String detail) {
            this(line, column, detail, RowDetail.value(detail));
        }
    }

    /** The rows left out for one reason: their count and the first few, with their line numbers. */
    public static final class Reason {
        private final RowReason coded;
        private long count;
        private final List<String> examples = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();

        private Reason(RowReason coded) {
            this.coded = coded;
        }

        public String reason() {
            return coded.english();
        }

        public RowReason coded() {
            return coded;
        }

        /** Where the first rows are, as far as read in this run (a kept report has only its English examples). */
        public List<Place> places() {
            return List.copyOf(places);
        }

        public long count() {
            return count;
        }

        public List<String> examples() {
            return List.copyOf(examples);
        }

        public List<Long> lines() {
            return List.copyOf(lines);
        }
    }
}
