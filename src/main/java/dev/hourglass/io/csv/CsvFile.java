package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.model.EchoedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A table file with a header row: CSV text (see {@link CsvRows}; UTF-8, UTF-16 or Windows-1252) or a sheet of an
 * xlsx workbook (see {@link XlsxRows}), handed to readers row by row in one reused {@link CsvRow}. Columns are found
 * by field name after renaming through a mapping; names match ignoring case, spaces, underscores and hyphens, so
 * "Close Date", "close_date" and "closeDate" all find {@code closeDate}; opened for a kind, the names common exports
 * use are recognised too ({@link ColumnMatching}). The mapping's lookups add columns joined from other files (see
 * {@link LookupJoin}).
 */
public final class CsvFile implements AutoCloseable {
    private final Path path;
    private final RowSource rows;
    private final int width;
    private final List<String> header;
    private final ColumnMatching columns;
    /** The kind the file was opened for, or null when only the fields' own names count. */
    private final ImportKind kind;
    private final Map<String, Integer> joinedColumnByField = new HashMap<>();
    private final LookupJoin join;
    private ColumnReadings readings = ColumnReadings.DEFAULT;
    /** The line the header is on: below the title lines a report may have above its table. */
    private long headerLine;
    private List<String> titleLines = List.of();
    private final ReportFooter footer;
    /** A ledger without a month column whose months are columns ({@link MonthColumnsLedgerReader}): their amounts. */
    private final List<Integer> monthColumns;
    private List<Detection> secondPartFooter = List.of();
    /** The grouped report the file is, or null for an ordinary table (almost every file). */
    private GroupedReport grouped;
    /** Excel's separator line ("sep=;") above the header, or null. */
    private SeparatorLine separatorLine;
    /** The share of the file's bytes this thread reads: its first part's once it is read in two. */
    private double shareReadHere = 1;
    /** {@link #estimatedRows()} once worked out, else -1; the same on every thread that works it out. */
    private volatile long estimatedRows = -1;
    /**
     * Where the second part of a large file starts: the thread reading the first part also hands both parts'
     * rows on, so it gets the smaller share.
     */
    static final double SECOND_PART_FROM = 0.45;
    /** A report's title, date and notes above its table: more single-cell lines than this are not a title. */
    private static final int MOST_TITLE_LINES = 10;
    /** The bytes read at a time for a header alone: a header and a few title lines fit. */
    private static final int HEADER_BUFFER = 16 * 1024;

    private CsvFile(Path path, RowSource rows, List<String> ownHeader, ImportMapping mapping, List<String> fields,
                    ColumnNames names) throws BadInputException {
        this.path = path;
        this.rows = rows;
        this.width = ownHeader.size();
        this.footer = new ReportFooter(width);
        this.kind = names.kind();
        this.columns = ColumnMatching.of(ownHeader, fields, names, mapping.columns());
        this.monthColumns = names.kind() == ImportKind.LEDGER && columns.column("month") < 0
                ? MonthColumns.columns(ownHeader) : List.of();
        if (mapping.lookups().isEmpty()) {
            this.join = null;
            this.header = ownHeader;
        } else {
            this.join = new LookupJoin(mapping.lookups(), fileName(), ownHeader, this::column, fields);
            List<String> joined = new ArrayList<>(ownHeader);
            joined.addAll(join.columnNames());
            this.header = List.copyOf(joined);
            List<String> added = join.fields();
            for (int i = 0; i < added.size(); i++) {
                joinedColumnByField.put(added.get(i), width + i);
            }
        }
    }

    /**
     * Opens a file and reads its header.
     *
     * @param fields the field names the caller understands
     * @param mapping how to read the file; its {@code columns} rename the file's columns to field names, its
     *     {@code sheet} chooses the sheet of a workbook, its {@code lookups} join other files
     */
    public static CsvFile open(Path path, List<String> fields, ImportMapping mapping) throws BadInputException {
        return open(path, fields, ColumnNames.none(), mapping);
    }

    /**
     * Opens a file of a kind and reads its header; besides their own names, fields are found by the names common
     * exports give them ({@link ColumnNames}).
     */
    public static CsvFile open(Path path, List<String> fields, ImportKind kind, ImportMapping mapping)
            throws BadInputException {
        return open(path, fields, ColumnNames.of(kind), mapping);
    }

    private static CsvFile open(Path path, List<String> fields, ColumnNames names, ImportMapping mapping)
            throws BadInputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Optional<String> ambiguous = ColumnRenames.problem(mapping.columns());
        if (ambiguous.isPresent()) {
            throw new BadInputException(name + ": the mapping's columns are ambiguous: " + ambiguous.get());
        }
        RowSource rows = TableFiles.open(path, name, mapping.sheet());
        try {
            CsvRow first = rows.next();
            if (first == null) {
                throw new BadInputException(name + ": the file is empty (no header row)",
                        FileProblem.of(FileProblem.Code.EMPTY_FILE, name));
            }
            SeparatorLine separator = SeparatorLine.of(first, path);
            if (separator != null) {
                first = rows.next();
                if (first == null) {
                    throw new BadInputException(name + ": the file has only Excel's separator line ('"
                            + separator.shown() + "'), no header row", FileProblem.of(FileProblem.Code.EMPTY_FILE,
                            name));
                }
            }
            List<String> firstFields = first.fields();
            long firstLine = first.line();
            List<String> titles = new ArrayList<>();
            while (first != null && first.onlyFirstField() && titles.size() < MOST_TITLE_LINES) {
                titles.add(first.string(0).strip());
                first = rows.next();
            }
            boolean titled = first != null && !titles.isEmpty() && !first.onlyFirstField();
            if (!titled && !titles.isEmpty()) {
                // one-column rows all along: a one-column table, read again from its first row
                rows.close();
                rows = TableFiles.open(path, name, mapping.sheet());
                rows.next();
                if (separator != null) {
                    rows.next();
                }
            }
            List<String> header = titled ? first.fields() : firstFields;
            rows.headerWidth(header.size());
            CsvFile csv = new CsvFile(path, rows, header, mapping, fields, names);
            csv.headerLine = titled ? first.line() : firstLine;
            csv.titleLines = titled ? titles : List.of();
            csv.separatorLine = separator;
            csv.readings = csv.detectReadings(mapping);
            return csv;
        } catch (BadInputException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /**
     * Only the header of a file (below any title lines), for a look at a file that may not be read: the file's first
     * rows only, neither its encoding's whole check nor its dates. {@code sheet}: an xlsx file's; blank for the first.
     */
    public static List<String> headerOf(Path path, String sheet) throws BadInputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (RowSource rows = TableFiles.open(path, name, sheet == null ? "" : sheet, HEADER_BUFFER)) {
            CsvRow first = rows.next();
            if (first == null) {
                throw new BadInputException(name + ": the file is empty (no header row)",
                        FileProblem.of(FileProblem.Code.EMPTY_FILE, name));
            }
            List<String> firstFields = first.fields();
            int titles = 0;
            while (first != null && first.onlyFirstField() && titles < MOST_TITLE_LINES) {
                titles++;
                first = rows.next();
            }
            return first != null && titles > 0 && !first.onlyFirstField() ? first.fields() : firstFields;
        }
    }

    private Detection titleDetection() {
        String first = "'" + EchoedText.of(titleLines.get(0)) + "'";
        String english = fileName() + ": " + (titleLines.size() == 1 ? "the line " + first + " is a title above the table"
                : "the " + titleLines.size() + " lines above the table (" + first + ", …) are its title")
                + ", not the header; the header is on line " + headerLine + ".";
        return titleLines.size() == 1
                ? Detection.of(Detection.Code.TITLE_LINE, english, fileName(), first, headerLine)
                : Detection.of(Detection.Code.TITLE_LINES, english, fileName(), titleLines.size(), first, headerLine);
    }

    /**
     * A second pass over the first rows (and further only for columns still undecided) says how each column writes
     * dates and amounts (ISO or M/D/YYYY …, a decimal point or comma).
     */
    private ColumnReadings detectReadings(ImportMapping mapping) {
        Map<Integer, String> fieldByColumn = new HashMap<>();
        for (ColumnMatch match : columns.matches()) {
            fieldByColumn.put(match.column(), match.field());
        }
        if (monthColumns.size() >= MonthColumns.FEWEST) {
            monthColumns.forEach(c -> fieldByColumn.putIfAbsent(c, "mrr"));
        }
        ColumnReadings detected;
        GroupedReport.Finder groups = new GroupedReport.Finder();
        try (RowSource second = secondPass(mapping)) {
            Iterator<CsvRow> rows = iterator(second);
            while (rows.next().line() < headerLine) {
                // a title line above the header
            }
            Iterator<CsvRow> seen = groups.watching(rows);
            detected = ReadingsDetector.detect(seen, header.subList(0, width), fieldByColumn, mapping.dateFormat(),
                    LocaleConventions.of(Locale.getDefault(Locale.Category.FORMAT)));
            groups.readOn(seen);
            grouped = groups.report(header);
        } catch (IOException | BadInputException | UncheckedBadInput | NoSuchElementException e) {
            // the main pass reports the unreadable row with its line
            detected = ColumnReadings.DEFAULT;
        }
        return mapping.amountUnit().cents() ? detected.inCents(MinorUnits.of(header.subList(0, width), fieldByColumn,
                currencyColumn(), mapping.amountUnit(), detected)) : detected;
    }

    /** The column naming each row's currency ({@code currency}, {@code plan_currency} …), or -1. */
    private int currencyColumn() {
        return headerColumn(MinorUnits.currencyColumnNames());
    }

    /** The file's rows again from the header; a UTF-8 file's without sniffing its encoding and separator again. */
    private RowSource secondPass(ImportMapping mapping) throws IOException, BadInputException {
        if (rows instanceof Utf8CsvRows utf8) {
            return utf8.fromStart();
        }
        return TableFiles.open(path, fileName(), mapping.sheet());
    }

    /**
     * A row source as an iterator, for the detector; a failure surfaces as {@link UncheckedBadInput}. Rows are read
     * only when asked for: the source reuses one row, so reading ahead would overwrite the one just handed out.
     */
    private static Iterator<CsvRow> iterator(RowSource source) {
        return new Iterator<>() {
            private CsvRow next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    try {
                        next = source.next();
                    } catch (BadInputException e) {
                        throw new UncheckedBadInput(e);
                    }
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return next;
            }
        };
    }

    private static final class UncheckedBadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedBadInput(BadInputException cause) {
            super(cause);
        }
    }

    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /**
     * A rough count of the data rows, to size tables up front: the file's size over the mean length of its first
     * lines (an export's rows are much alike), or 64 bytes a row when they hold no line break; 0 if unknown. Worked
     * out once: both reading threads' readers ask for it.
     */
    public long estimatedRows() {
        long known = estimatedRows;
        if (known < 0) {
            known = estimateRows();
            estimatedRows = known;
        }
        return known;
    }

    private long estimateRows() {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(64 * 1024);
            long lineBreaks = 0;
            for (byte b : head) {
                lineBreaks += b == '\n' ? 1 : 0;
            }
            long size = Files.size(path);
            return lineBreaks == 0 ? size / 64 : size * lineBreaks / head.length;
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@link #estimatedRows()} of the part this thread reads; all of them until the file is split in two. */
    long estimatedRowsReadHere() {
        return (long) (estimatedRows() * shareReadHere);
    }

    public List<String> header() {
        return header;
    }

    /** The column index holding a field, or -1 when the file has no such column. */
    public int column(String field) {
        Integer joined = joinedColumnByField.get(field);
        return joined != null ? joined : columns.column(field);
    }

    /** Which column of the file's own header feeds which field and why, and the columns that could have but did not. */
    public ColumnMatching columns() {
        return columns;
    }

    /** Where else the columns may be when they are not here: the other sheets of a workbook; "" for none. */
    public String otherSheetsHint() {
        return rows.otherSheetsHint();
    }

    public void requireColumns(List<String> required) throws BadInputException {
        List<String> missing = new ArrayList<>();
        for (String field : required) {
            if (column(field) < 0) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            Optional<BadInputException> otherExport = UnreadableExports.refusal(fileName(), header);
            if (otherExport.isPresent()) {
                throw otherExport.get();
            }
            String lacking = kind == null ? "" : ExportPresets.incomplete(header, kind).map(s -> "; it " + s)
                    .orElse("");
            throw new BadInputException(fileName() + ", line 1: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + " (the header has: " + String.join(", ", header.stream().map(EchoedText::of).toList()) + ")"
                    + lacking + rows.otherSheetsHint(), FileProblem.of(FileProblem.Code.MISSING_COLUMNS, fileName(),
                    String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()),
                    String.join(", ", header.stream().map(EchoedText::of).toList()), rows.otherSheets().orElse(null)));
        }
    }

    /** The column of the file's own header with the first of these names that it has ({@link #headerColumn}), or -1. */
    int headerColumn(List<String> names) {
        for (String name : names) {
            int column = headerColumn(name);
            if (column >= 0) {
                return column;
            }
        }
        return -1;
    }

    /** The column of the file's own header with this name (case, spaces, {@code _} and {@code -} ignored), or -1. */
    int headerColumn(String name) {
        String wanted = key(name);
        for (int i = 0; i < width; i++) {
            if (key(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Streams every data row with its line number; a malformed CSV structure stops with the line it is on. */
    public void forEachRow(Consumer<CsvRow> action) throws BadInputException {
        readRows(action);
        footer.end();
    }

    /** Streams the rows up to the end of the file or of its first part; a report's footer lines are held back. */
    private void readRows(Consumer<CsvRow> action) throws BadInputException {
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
            if (join != null) {
                join.extend(row, width);
            }
            row.use(readings);
            if (grouped != null && !grouped.pass(row)) {
                continue; // a group's subtotal line
            }
            footer.accept(row, action);
        }
    }

    /**
     * Streams every data row like {@link #forEachRow(Consumer)}, but reads a large UTF-8 file in two parts at once
     * when a second core is free ({@link SpareCore}):
     * the rows of the first go to {@code action} on this thread while another thread gives those of the second to
     * {@code second}, which hands them on after the first part's, piece by piece as they are read. The result is
     * the same as reading it in one part, which is what happens to a smaller file, an xlsx sheet, a file with
     * lookups, and whenever the second part did not start where a row does (a quoted line break across the split);
     * where the other thread could not read on, this thread reads the rest after the last piece handed on.
     */
    <P> void forEachRow(Consumer<CsvRow> action, PartReading<P> second) throws BadInputException {
        forEachRow(action, second, SECOND_PART_FROM, Utf8CsvRows.SPLIT_FROM);
    }

    /**
     * @param from        where the second part starts, as a share of the file's size
     * @param minimumSize the bytes a file needs to be read in two parts
     */
    <P> void forEachRow(Consumer<CsvRow> action, PartReading<P> second, double from, long minimumSize)
            throws BadInputException {
        Utf8RowScanner part = null;
        // a grouped report's group runs on across rows, so it is read in order, in one part
        if (join == null && grouped == null && rows instanceof Utf8CsvRows utf8 && SpareCore.available()) {
            try {
                part = utf8.splitOff(from, minimumSize);
            } catch (IOException e) {
                part = null; // read in one part, which reports what cannot be read
            }
        }
        if (part == null) {
            forEachRow(action);
            return;
        }
        Utf8CsvRows utf8 = (Utf8CsvRows) rows;
        long start = part.position();
        shareReadHere = from;
        SecondPart<P> task = new SecondPart<>(part, second, readings, width);
        Thread worker = new Thread(task, "csv-second-part");
        worker.setDaemon(true);
        worker.start();
        try {
            readRows(action);
            if (!utf8.endedAt(start)) {
                task.cancel();
                utf8.readOn();
                forEachRow(action);
                return;
            }
            footer.handOnHeld(action);
            long linesBefore = utf8.nextLine() - 1;
            SecondPart.Piece<P> last = null;
            for (SecondPart.Piece<P> piece = task.next(); piece != null; piece = task.next()) {
                second.handOn(piece.rows(), linesBefore);
                last = piece;
            }
            if (task.complete()) {
                secondPartFooter = task.footer().detections(fileName());
                return;
            }
            if (last != null) {
                utf8.readOnFrom(last.nextOffset(), linesBefore + last.nextLine(), last.rowsBefore());
            } else {
                utf8.readOn();
            }
            forEachRow(action);
        } finally {
            task.cancel();
            task.await(worker);
        }
    }

    /**
     * Plain sentences on how the file was read, for the import report: its encoding or sheet, columns that could
     * have fed a field but did not, and how each lookup joined (complete once every row has been read).
     */
    public List<Detection> detections() {
        List<Detection> sentences = new ArrayList<>(rows.detections());
        if (separatorLine != null) {
            sentences.add(separatorLine.detection(fileName(), headerLine));
        }
        if (!titleLines.isEmpty()) {
            sentences.add(titleDetection());
        }
        if (grouped != null) {
            sentences.addAll(grouped.detections(fileName()));
        }
        sentences.addAll(footer.detections(fileName()));
        sentences.addAll(secondPartFooter);
        sentences.addAll(readings.detections());
        sentences.addAll(columns.notes());
        if (join != null) {
            sentences.addAll(join.detections());
        }
        return sentences;
    }

    /** How each of the mapping's lookups joined the rows read so far; empty without lookups. */
    public List<LookupReport> lookupReports() {
        return join == null ? List.of() : join.reports();
    }

    @Override
    public void close() {
        rows.close();
    }

    /**
     * A column name as names are compared: without spaces, underscores, hyphens and a byte order mark, in lower case
     * ({@code Sales Agent} and {@code sales_agent} are one name).
     */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
