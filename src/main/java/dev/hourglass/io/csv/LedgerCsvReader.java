package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.model.actuals.Ledger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a subscription ledger (cli.md "Subscription ledger"): customer, month (YYYY-MM or a date, whose month
 * is kept), MRR — or a sheet with a column per month ({@link MonthColumnsLedgerReader}); several rows of one customer
 * and month are summed, credits (negative MRR) included. Unusable rows are counted with their line, column and reason,
 * and so are the rows of a customer-month whose sum is negative; a file with no usable row, or without a customer with
 * MRR, is an error.
 */
public final class LedgerCsvReader {
    public static final List<String> FIELDS = List.of("customer", "month", "mrr", "segment");
    public static final List<String> REQUIRED = List.of("customer", "month", "mrr");
    /** The most rows room is made for up front (about 50 MB); a larger file's arrays grow as it is read. */
    private static final int MOST_ROOM = 1 << 21;
    /**
     * Where the second part starts: half way, as each part's reader does all of a row's work into a ledger builder
     * of its own, and taking the second part on is a copy of its rows.
     */
    private static final double SECOND_PART_FROM = 0.5;

    /** The ledger read, the rows left out, and how the file was read ({@link CsvFile#detections()}). */
    public record Result(Ledger ledger, RowProblems problems, long rowsRead, List<Detection> detections) {
        public Result {
            detections = List.copyOf(detections);
        }
    }

    private LedgerCsvReader() {
    }

    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = open(file, mapping)) {
            return read(csv);
        }
    }

    /** Opens a ledger file and reads its header, for {@link #read(CsvFile)}; the caller closes it. */
    public static CsvFile open(Path file, ImportMapping mapping) throws BadInputException {
        return CsvFile.open(file, FIELDS, ImportKind.LEDGER, mapping);
    }

    /** Reads the rows of a ledger file {@link #open opened} for it. */
    public static Result read(CsvFile csv) throws BadInputException {
        if (MonthColumnsLedgerReader.applies(csv)) {
            return MonthColumnsLedgerReader.read(csv);
        }
        csv.requireColumns(REQUIRED);
        RowReader rows = new RowReader(csv);
        int currencyColumn = MrrCurrencies.columnOf(csv);
        MrrCurrencies currencies = currencyColumn < 0 ? null : MrrCurrencies.of(currencyColumn);
        if (currencies == null) {
            csv.forEachRow(rows::accept, new SecondPartReading(csv, rows), SECOND_PART_FROM, Utf8CsvRows.SPLIT_FROM);
        } else {
            // a file with a currency column counts its rows' currencies beside the reading; one without costs nothing
            csv.forEachRow(row -> {
                currencies.count(row);
                rows.accept(row);
            }, new CurrencySecondPartReading(csv, rows, currencies, currencyColumn), SECOND_PART_FROM,
                    Utf8CsvRows.SPLIT_FROM);
        }
        Ledger ledger = rows.ledger().build(rows::leaveOut);
        if (rows.used == 0) {
            throw rows.problems.noUsable("ledger row", rows.rowsRead);
        }
        if (ledger.isEmpty()) {
            throw new BadInputException(csv.fileName() + ": no customer has MRR above 0 in " + rows.rowsRead
                    + " rows", FileProblem.of(FileProblem.Code.NO_MRR_ABOVE_ZERO, csv.fileName(), rows.rowsRead));
        }
        List<Detection> detections = new ArrayList<>(csv.detections());
        Detection mixed = currencies == null ? null : currencies.detection(csv.header(), csv.column("mrr"));
        if (mixed != null) {
            detections.add(mixed);
        }
        return new Result(ledger, rows.problems, rows.rowsRead, detections);
    }

    /** A row of the second part left out, and why. */
    private record Rejection(long line, String column, RowReason reason, RowDetail detail) {
    }

    /**
     * The second part of a file, read on another thread ({@link CsvFile#forEachRow(java.util.function.Consumer,
     * PartReading)}) by a reader of its own into a ledger builder of its own, with line numbers from 1, and the rows
     * it left out, in row order.
     */
    private static final class LedgerPart {
        private final RowReader reader;
        private final List<Rejection> rejections = new ArrayList<>();
        /** The part's currencies, when the file has a currency column ({@link CurrencySecondPartReading}). */
        private MrrCurrencies currencies;

        LedgerPart(CsvFile csv, long expectedRows) {
            reader = new RowReader(csv, this, expectedRows);
        }
    }

    /** Reads the second part into a {@link LedgerPart}; the first part's reader takes it on in file order. */
    private static class SecondPartReading implements PartReading<LedgerPart> {
        private final CsvFile csv;
        private final RowReader first;

        SecondPartReading(CsvFile csv, RowReader first) {
            this.csv = csv;
            this.first = first;
        }

        @Override
        public LedgerPart newPiece() {
            return new LedgerPart(csv, (long) (first.expectedRows * (1 - SECOND_PART_FROM)));
        }

        @Override
        public void read(LedgerPart part, CsvRow row) {
            part.reader.accept(row);
        }

        @Override
        public void handOn(LedgerPart part, long linesBefore) {
            first.takeOn(part, linesBefore);
        }
    }

    /** The same, counting the second part's currencies too, and adding them to the first part's when it is taken on. */
    private static final class CurrencySecondPartReading extends SecondPartReading {
        private final MrrCurrencies first;
        private final int column;

        CurrencySecondPartReading(CsvFile csv, RowReader firstReader, MrrCurrencies first, int column) {
            super(csv, firstReader);
            this.first = first;
            this.column = column;
        }

        @Override
        public LedgerPart newPiece() {
            LedgerPart part = super.newPiece();
            part.currencies = MrrCurrencies.of(column);
            return part;
        }

        @Override
        public void read(LedgerPart part, CsvRow row) {
            part.currencies.count(row);
            super.read(part, row);
        }

        @Override
        public void handOn(LedgerPart part, long linesBefore) {
            first.addAll(part.currencies);
            super.handOn(part, linesBefore);
        }
    }

    /**
     * Room for a few rows more than the estimate ({@link CsvFile#estimatedRows}), which is taken from the first rows;
     * at most {@link #MOST_ROOM} rows, as a file whose first rows are much shorter than the rest is estimated too high.
     */
    private static int room(long expectedRows) {
        return (int) Math.min(Math.max(expectedRows + expectedRows / 16, 1024), MOST_ROOM);
    }

    private static final class RowReader {
        private final long expectedRows;
        /**
         * The rows, in a builder made at the first row: the first part's reader's with room for that part only, as
         * the second part's rows are taken on without a copy ({@link Ledger.Builder#addAll}).
         */
        private Ledger.Builder ledger;
        private final CsvFile csv;
        /** The part this reader reads for another, or null when it keeps its rows itself. */
        private final LedgerPart part;
        private final RowProblems problems;
        /** One pool a column: each then finds the previous row's value first ({@link TextPool#get}). */
        private final TextPool customers = new TextPool();
        private final TextPool segments = new TextPool();
        private final List<String> header;
        private final int customer;
        private final int month;
        private final int mrr;
        private final int segment;
        private long rowsRead;
        private long used;
        /**
         * The customer of the previous row (pooled, so compared by identity) and its segment when that was not blank.
         * The ledger keeps the first segment given for a customer, so a row that follows one of the same customer
         * with a segment need not read its own: an export lists a customer's rows together.
         */
        private String lastName;
        private String lastSegment;
        /** The line of each row given to the ledger, in order, to name the rows of a month left out. */
        private final RowLines usedLines = new RowLines();

        RowReader(CsvFile csv) {
            this(csv, null, csv.estimatedRows());
        }

        /**
         * @param part         the part this reader reads for the first part's reader, which keeps the rows it leaves
         *                     out; null for that reader
         * @param expectedRows the rows to make room for up front
         */
        RowReader(CsvFile csv, LedgerPart part, long expectedRows) {
            this.part = part;
            this.expectedRows = expectedRows;
            this.csv = csv;
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
            if (row.fieldCount() < header.size()) {
                leaveOut(line, null, RowProblems.SHORT_ROW, RowProblems.shortRowDetail(row, header.size()));
                return;
            }
            String name = row.text(customer, customers);
            if (name.isEmpty()) {
                leaveOut(line, header.get(customer), RowReason.empty("customer"), RowDetail.NONE);
                return;
            }
            YearMonth when = row.month(month);
            if (when == null) {
                leaveOut(line, header.get(month), RowReason.of(RowReason.Code.NOT_A_DATE,
                        "month is not YYYY-MM or a date", "month"), "'" + row.string(month) + "'");
                return;
            }
            double value = row.numberOrNaN(mrr);
            if (Double.isNaN(value)) {
                leaveOut(line, header.get(mrr), RowReason.notANumber("mrr"), "'" + row.string(mrr) + "'");
                return;
            }
            if (NumberLimit.exceeded(value)) {
                leaveOut(line, header.get(mrr), RowReason.tooLarge("mrr"), "'" + row.string(mrr) + "'");
                return;
            }
            String segmentName = null;
            if (segment >= 0) {
                if (name == lastName && lastSegment != null) {
                    segmentName = lastSegment;
                } else {
                    segmentName = row.text(segment, segments);
                    lastSegment = segmentName.isBlank() ? null : segmentName;
                }
            }
            lastName = name;
            use(name, when, value, segmentName, line);
        }

        private void use(String name, YearMonth when, double value, String segmentName, long line) {
            ledger().add(name, when, value, segmentName);
            usedLines.add(line);
            used++;
        }

        private Ledger.Builder ledger() {
            if (ledger == null) {
                ledger = Ledger.builder(room(part == null ? csv.estimatedRowsReadHere() : expectedRows));
            }
            return ledger;
        }

        /** Counts a row left out, or keeps it in the part for the first part's reader to count in order. */
        private void leaveOut(long line, String column, RowReason reason, String detail) {
            leaveOut(line, column, reason, RowDetail.value(detail));
        }

        private void leaveOut(long line, String column, RowReason reason, RowDetail detail) {
            if (part != null) {
                part.rejections.add(new Rejection(line, column, reason, detail));
            } else {
                problems.add(line, column, reason, detail);
            }
        }

        /** Takes on the second part's rows after this reader's own, as if it had read them itself. */
        void takeOn(LedgerPart second, long linesBefore) {
            for (Rejection r : second.rejections) {
                problems.add(r.line() + linesBefore, r.column(), r.reason(), r.detail());
            }
            RowReader read = second.reader;
            ledger().addAll(read.ledger());
            usedLines.addAll(read.usedLines, linesBefore);
            used += read.used;
            rowsRead += read.rowsRead;
        }

        /** Counts each row of a customer-month whose sum is negative as left out, naming all its rows. */
        void leaveOut(Ledger.NegativeMonth month) {
            List<Long> lines = month.rows().stream().map(usedLines::lineOf).sorted().toList();
            RowDetail detail = RowDetail.monthSum(month.customer(), month.month().toString(), plain(month.total()), lines);
            for (long line : lines) {
                problems.add(line, header.get(mrr), RowReason.of(RowReason.Code.MONTH_BELOW_ZERO,
                        "the month's MRR adds up to less than 0 (credits exceed charges)"),
                        detail);
            }
            used -= lines.size();
        }

        private static String plain(double value) {
            return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
        }
    }
}
