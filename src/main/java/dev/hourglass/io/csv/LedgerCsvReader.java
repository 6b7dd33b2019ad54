package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.actuals.Ledger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a subscription ledger (cli.md "Subscription ledger"): customer, month (YYYY-MM or a date, whose month
 * is kept), MRR; several rows of one customer and month are summed, credits (negative MRR) included. Unusable rows
 * are counted with their line, column and reason, and so are the rows of a customer-month whose sum is negative; a
 * file with no usable row, or without a customer with MRR, is an error.
 */
public final class LedgerCsvReader {
    public static final List<String> FIELDS = List.of("customer", "month", "mrr", "segment");
    public static final List<String> REQUIRED = List.of("customer", "month", "mrr");

    /** The ledger read, the rows left out, and how the file was read ({@link CsvFile#detections()}). */
    public record Result(Ledger ledger, RowProblems problems, long rowsRead, List<String> detections) {
        public Result {
            detections = List.copyOf(detections);
        }
    }

    private LedgerCsvReader() {
    }

    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportKind.LEDGER, mapping)) {
            csv.requireColumns(REQUIRED);
            RowReader rows = new RowReader(csv);
            csv.forEachRow(rows::accept);
            Ledger ledger = rows.ledger.build(rows::leaveOut);
            if (rows.used == 0) {
                throw rows.problems.noUsable("ledger row", rows.rowsRead);
            }
            if (ledger.isEmpty()) {
                throw new BadInputException(csv.fileName() + ": no customer has MRR above 0 in " + rows.rowsRead
                        + " rows");
            }
            return new Result(ledger, rows.problems, rows.rowsRead, csv.detections());
        }
    }

    private static final class RowReader {
        private final Ledger.Builder ledger = Ledger.builder();
        private final RowProblems problems;
        private final TextPool texts = new TextPool();
        private final List<String> header;
        private final int customer;
        private final int month;
        private final int mrr;
        private final int segment;
        private long rowsRead;
        private long used;
        /** The line of each row given to the ledger, in order, to name the rows of a month left out. */
        private long[] usedLines = new long[1024];

        RowReader(CsvFile csv) {
            problems = new RowProblems(csv.fileName());
            header = csv.header();
            customer = csv.column("customer");
            month = csv.column("month");
            mrr = csv.column("mrr");
            segment = csv.column("segment");
        }

        void accept(CsvRow row) {
            rowsRead++;
            long line = row.line();
            if (problems.leftOutIfShort(row, header.size())) {
                return;
            }
            String name = row.text(customer, texts);
            if (name.isEmpty()) {
                problems.add(line, header.get(customer), "customer is empty", null);
                return;
            }
            YearMonth when = row.month(month);
            if (when == null) {
                problems.add(line, header.get(month), "month is not YYYY-MM or a date", "'" + row.string(month) + "'");
                return;
            }
            Double value = row.number(mrr);
            if (value == null) {
                problems.add(line, header.get(mrr), "mrr is not a number", "'" + row.string(mrr) + "'");
                return;
            }
            if (NumberLimit.exceeded(value)) {
                problems.add(line, header.get(mrr), NumberLimit.reason("mrr"), "'" + row.string(mrr) + "'");
                return;
            }
            ledger.add(name, when, value, segment >= 0 ? row.text(segment, texts) : null);
            if (used == usedLines.length) {
                usedLines = Arrays.copyOf(usedLines, usedLines.length * 2);
            }
            usedLines[(int) used++] = line;
        }

        /** Counts each row of a customer-month whose sum is negative as left out, naming all its rows. */
        void leaveOut(Ledger.NegativeMonth month) {
            List<Long> lines = month.rows().stream().map(r -> usedLines[r]).sorted().toList();
            String detail = "customer '" + month.customer() + "', " + month.month() + ": " + plain(month.total())
                    + " from line" + (lines.size() == 1 ? " " : "s ")
                    + String.join(", ", lines.stream().map(String::valueOf).toList());
            for (long line : lines) {
                problems.add(line, header.get(mrr), "the month's MRR adds up to less than 0 (credits exceed charges)",
                        detail);
            }
            used -= lines.size();
        }

        private static String plain(double value) {
            return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
        }
    }
}
