package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.model.EchoedText;
import dev.hourglass.model.actuals.Ledger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a ledger kept as a sheet with one column per month ({@link MonthColumns}): a finance team's MRR sheet, an
 * accounting tool's revenue by customer with the months as columns (QuickBooks' "Sales by Customer Summary"). Each
 * customer's cell of a month is that customer-month's row of the ledger; a blank cell is no MRR. The other columns
 * (a "Total", a plan) are not read, and neither are the sheet's total rows: "Total" (or "TOTAL", "Grand Total") and a
 * parent customer's "Total &lt;name&gt;" under its sub-customers — the import report names both. A cell that is not
 * a number is left out with its line and column; the rest of its row is read.
 */
final class MonthColumnsLedgerReader {
    private static final Set<String> TOTAL_NAMES = Set.of("total", "totals", "grand total", "gesamt", "summe");
    private static final String TOTAL_PREFIX = "total ";
    private static final int TOTALS_NAMED = 2;

    private final CsvFile csv;
    private final List<String> header;
    private final int customer;
    private final int segment;
    private final int[] monthColumns;
    private final YearMonth[] months;
    private final RowProblems problems;
    private final Ledger.Builder ledger = Ledger.builder();
    private final TextPool names = new TextPool();
    /** The line and column of each cell given to the ledger, in order, to name the cells of a month left out. */
    private final List<long[]> cells = new ArrayList<>();
    /** Names of the rows without a value: a parent customer's line, whose "Total …" row follows its sub-customers. */
    private final Set<String> headings = new HashSet<>();
    private final List<String> totals = new ArrayList<>();
    private long rowsRead;

    private MonthColumnsLedgerReader(CsvFile csv, int customer, List<Integer> monthColumns) {
        this.csv = csv;
        this.header = csv.header();
        this.customer = customer;
        int segmentColumn = csv.column("segment");
        this.segment = monthColumns.contains(segmentColumn) ? -1 : segmentColumn;
        this.monthColumns = monthColumns.stream().mapToInt(Integer::intValue).toArray();
        this.months = monthColumns.stream().map(c -> MonthColumns.month(header.get(c))).toArray(YearMonth[]::new);
        this.problems = new RowProblems(csv.fileName());
    }

    /** Whether a ledger file has no month column but months as columns: a sheet this reader takes. */
    static boolean applies(CsvFile csv) {
        return csv.column("month") < 0 && MonthColumns.isSheet(csv.header());
    }

    static LedgerCsvReader.Result read(CsvFile csv) throws BadInputException {
        List<Integer> monthColumns = MonthColumns.columns(csv.header());
        int customer = customerColumn(csv, monthColumns);
        MonthColumnsLedgerReader reader = new MonthColumnsLedgerReader(csv, customer, monthColumns);
        csv.forEachRow(reader::accept);
        return reader.result();
    }

    /**
     * The column naming each row's customer: the one recognised as the customer's, else the first column before
     * the months (QuickBooks leaves its name blank). A sheet whose first column is a month has none.
     */
    private static int customerColumn(CsvFile csv, List<Integer> monthColumns) throws BadInputException {
        int named = csv.column("customer");
        if (named >= 0 && !monthColumns.contains(named)) {
            return named;
        }
        if (monthColumns.get(0) > 0) {
            return 0;
        }
        List<String> months = MonthColumns.of(csv.header());
        String shown = String.join(", ", months.subList(0, 2).stream().map(m -> "'" + EchoedText.of(m) + "'")
                .toList());
        long more = months.size() - 2L;
        throw new BadInputException(csv.fileName() + ", line 1: the months are columns here (" + shown
                + (more > 0 ? " and " + more + " more" : "") + ") but no column before them names the customer: a"
                + " sheet with a column per month needs the customer in its first column",
                FileProblem.of(FileProblem.Code.MONTHS_AS_COLUMNS, csv.fileName(), shown, more));
    }

    private void accept(CsvRow row) {
        rowsRead++;
        long line = row.line();
        if (row.fieldCount() < header.size()) {
            problems.add(line, null, RowProblems.SHORT_ROW, RowProblems.shortRowDetail(row, header.size()));
            return;
        }
        String name = row.text(customer, names).strip();
        boolean anyValue = false;
        for (int column : monthColumns) {
            anyValue |= !row.isBlank(column);
        }
        if (!anyValue) {
            if (!name.isEmpty()) {
                headings.add(name.toLowerCase(Locale.ROOT));
            }
            return; // a parent customer's line, or a blank one: no MRR in any month
        }
        if (isTotal(name)) {
            totals.add(name);
            return;
        }
        if (name.isEmpty()) {
            problems.add(line, header.get(customer), RowReason.empty("customer"), RowDetail.NONE);
            return;
        }
        String segmentName = segment < 0 ? null : row.text(segment, names);
        for (int i = 0; i < monthColumns.length; i++) {
            cell(row, line, name, segmentName, i);
        }
    }

    private void cell(CsvRow row, long line, String name, String segmentName, int i) {
        int column = monthColumns[i];
        if (row.isBlank(column)) {
            return;
        }
        double value = row.numberOrNaN(column);
        if (Double.isNaN(value)) {
            problems.add(line, header.get(column), RowReason.notANumber("mrr"), "'" + row.string(column) + "'");
            return;
        }
        if (NumberLimit.exceeded(value)) {
            problems.add(line, header.get(column), RowReason.tooLarge("mrr"), "'" + row.string(column) + "'");
            return;
        }
        ledger.add(name, months[i], value, segmentName);
        cells.add(new long[] {line, column});
    }

    /** The sheet's total ("Total", "Grand Total"), or a parent customer's total under its sub-customers. */
    private boolean isTotal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TOTAL_NAMES.contains(lower)
                || lower.startsWith(TOTAL_PREFIX) && headings.contains(lower.substring(TOTAL_PREFIX.length()).strip());
    }

    private LedgerCsvReader.Result result() throws BadInputException {
        Ledger built = ledger.build(this::leaveOut);
        if (cells.isEmpty()) {
            throw problems.noUsable("month value", rowsRead);
        }
        if (built.isEmpty()) {
            throw new BadInputException(csv.fileName() + ": no customer has MRR above 0 in " + rowsRead + " rows",
                    FileProblem.of(FileProblem.Code.NO_MRR_ABOVE_ZERO, csv.fileName(), rowsRead));
        }
        List<Detection> detections = new ArrayList<>(csv.detections());
        detections.add(sheetDetection());
        if (!totals.isEmpty()) {
            detections.add(totalsDetection());
        }
        return new LedgerCsvReader.Result(built, problems, rowsRead, detections);
    }

    /** Counts each cell of a customer-month whose sum is negative as left out, naming all its cells' lines. */
    private void leaveOut(Ledger.NegativeMonth month) {
        List<long[]> summed = month.rows().stream().map(cells::get).toList();
        List<Long> lines = summed.stream().map(c -> c[0]).sorted().toList();
        RowDetail detail = RowDetail.monthSum(month.customer(), month.month().toString(), plain(month.total()), lines);
        for (long[] cell : summed) {
            problems.add(cell[0], header.get((int) cell[1]), RowReason.of(RowReason.Code.MONTH_BELOW_ZERO,
                    "the month's MRR adds up to less than 0 (credits exceed charges)"), detail);
        }
    }

    private Detection sheetDetection() {
        String first = "'" + EchoedText.of(header.get(monthColumns[0])) + "'";
        String last = "'" + EchoedText.of(header.get(monthColumns[monthColumns.length - 1])) + "'";
        String customerColumn = header.get(customer).isBlank() ? "column " + (customer + 1)
                : "'" + EchoedText.of(header.get(customer)) + "'";
        List<String> unused = new ArrayList<>();
        for (int c = 0; c < csv.header().size(); c++) {
            if (c != customer && c != segment && !contains(monthColumns, c) && !header.get(c).isBlank()) {
                unused.add("'" + EchoedText.of(header.get(c)) + "'");
            }
        }
        String notUsed = String.join(", ", unused);
        return Detection.of(Detection.Code.MONTH_COLUMNS_READ, csv.fileName() + ": a column per month ("
                + monthColumns.length + " months, " + first + " to " + last + "), the customer in " + customerColumn
                + ": each customer's month is a row of the ledger, a blank cell no MRR"
                + (notUsed.isEmpty() ? "" : "; " + notUsed + " not used") + ".",
                csv.fileName(), monthColumns.length, first, last, customerColumn, notUsed);
    }

    private Detection totalsDetection() {
        String shown = String.join(", ", totals.subList(0, Math.min(TOTALS_NAMED, totals.size())).stream()
                .map(t -> "'" + EchoedText.of(t) + "'").toList()) + (totals.size() > TOTALS_NAMED ? ", …" : "");
        int n = totals.size();
        return Detection.of(Detection.Code.TOTAL_ROWS_NOT_READ, csv.fileName() + ": " + (n == 1 ? "the row " + shown
                + " is a total" : "the " + n + " rows " + shown + " are totals") + " of the customers above, not "
                + (n == 1 ? "a customer" : "customers") + "; not read.", csv.fileName(), n, shown);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
