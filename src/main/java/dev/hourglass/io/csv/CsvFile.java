package dev.hourglass.io.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A CSV file with a header row, read through FastCSV: quoted fields, a UTF-8 BOM, {@code ,} {@code ;} or tab
 * as separator (whichever the header uses most), blank lines skipped. Columns are found by field name after
 * renaming through a mapping; names match ignoring case, spaces, underscores and hyphens, so "Close Date",
 * "close_date" and "closeDate" all find {@code closeDate}; opened for a kind, the names common exports use are
 * recognised too ({@link ColumnMatching}).
 */
public final class CsvFile implements AutoCloseable {
    private final Path path;
    private final CsvReader<CsvRow> reader;
    private final Iterator<CsvRow> records;
    private final List<String> header;
    private final ColumnMatching columns;

    private CsvFile(Path path, CsvReader<CsvRow> reader, List<String> header, ColumnMatching columns) {
        this.path = path;
        this.reader = reader;
        this.records = reader.iterator();
        this.header = header;
        this.columns = columns;
    }

    /**
     * Opens a file and reads its header.
     *
     * @param fields the field names the caller understands
     * @param mapping how to read the file; its {@code columns} rename the file's columns to field names
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
        Map<String, String> renames = mapping.columns();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Optional<String> ambiguous = ColumnRenames.problem(renames);
        if (ambiguous.isPresent()) {
            throw new BadInputException(name + ": the mapping's columns are ambiguous: " + ambiguous.get());
        }
        try {
            char separator = detectSeparator(path);
            CsvReader<CsvRow> reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .ignoreDifferentFieldCount(true)
                    .detectBomHeader(true)
                    .build(new CsvRowHandler(), path, StandardCharsets.UTF_8);
            Iterator<CsvRow> it = reader.iterator();
            if (!it.hasNext()) {
                reader.close();
                throw new BadInputException(name + ": the file is empty (no header row)");
            }
            List<String> header = it.next().fields();
            return new CsvFile(path, reader, header, ColumnMatching.of(header, fields, names, renames));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (CsvParseException e) {
            throw new BadInputException(name + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
    }

    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    public List<String> header() {
        return header;
    }

    /** The column index holding a field, or -1 when the file has no such column. */
    public int column(String field) {
        return columns.column(field);
    }

    /** Which column feeds which field and why, and the columns that could have but did not. */
    public ColumnMatching columns() {
        return columns;
    }

    public void requireColumns(List<String> required) throws BadInputException {
        List<String> missing = new ArrayList<>();
        for (String field : required) {
            if (column(field) < 0) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(fileName() + ", line 1: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + " (the header has: " + String.join(", ", header) + ")");
        }
    }

    /** Streams every data row with its line number; a malformed CSV structure stops with the line it is on. */
    public void forEachRow(Consumer<CsvRow> action) throws BadInputException {
        long lastLine = 1;
        try {
            while (records.hasNext()) {
                CsvRow row = records.next();
                lastLine = row.line();
                action.accept(row);
            }
        } catch (CsvParseException e) {
            throw new BadInputException(fileName() + ", after line " + lastLine + ": not a readable CSV row ("
                    + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(fileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The separator the header line uses most, outside quotes; a comma when the header has none. */
    static char detectSeparator(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(64 * 1024);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                seenContent |= c != '\uFEFF' && !Character.isWhitespace(c);
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
