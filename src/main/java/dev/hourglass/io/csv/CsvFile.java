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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file with a header row, read through FastCSV: quoted fields, a UTF-8 BOM, {@code ,} {@code ;} or tab
 * as separator (whichever the header uses most), blank lines skipped. Columns are found by field name after
 * renaming through a mapping; names match ignoring case, spaces, underscores and hyphens, so "Close Date",
 * "close_date" and "closeDate" all find {@code closeDate}.
 */
public final class CsvFile implements AutoCloseable {
    private final Path path;
    private final CsvReader<CsvRow> reader;
    private final Iterator<CsvRow> records;
    private final List<String> header;
    private final Map<String, Integer> columnByField = new HashMap<>();
    private ColumnReadings readings = ColumnReadings.DEFAULT;

    private CsvFile(Path path, CsvReader<CsvRow> reader, List<String> header, Map<String, String> renames,
                    List<String> fields) {
        this.path = path;
        this.reader = reader;
        this.records = reader.iterator();
        this.header = header;
        Map<String, String> fieldByKey = new HashMap<>();
        for (String field : fields) {
            fieldByKey.put(key(field), field);
        }
        Map<String, String> renameByKey = new HashMap<>();
        renames.forEach((column, field) -> renameByKey.put(key(column), field));
        for (int i = 0; i < header.size(); i++) {
            String column = key(header.get(i));
            String field = fieldByKey.get(key(renameByKey.getOrDefault(column, column)));
            if (field != null) {
                columnByField.putIfAbsent(field, i);
            }
        }
    }

    /**
     * Opens a file and reads its header.
     *
     * @param fields the field names the caller understands
     * @param mapping how to read the file; its {@code columns} rename the file's columns to field names
     */
    public static CsvFile open(Path path, List<String> fields, ImportMapping mapping) throws BadInputException {
        Map<String, String> renames = mapping.columns();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            char separator = detectSeparator(path);
            CsvReader<CsvRow> reader = reader(path, separator);
            Iterator<CsvRow> it = reader.iterator();
            if (!it.hasNext()) {
                reader.close();
                throw new BadInputException(name + ": the file is empty (no header row)");
            }
            List<String> header = it.next().fields();
            CsvFile csv = new CsvFile(path, reader, header, renames, fields);
            try {
                csv.readings = csv.detectReadings(separator, mapping.dateFormat());
            } catch (IOException e) {
                reader.close();
                throw e;
            }
            return csv;
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (CsvParseException e) {
            throw new BadInputException(name + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
    }

    private static CsvReader<CsvRow> reader(Path path, char separator) throws IOException {
        return CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .detectBomHeader(true)
                .build(new CsvRowHandler(), path, StandardCharsets.UTF_8);
    }

    /** A second reader, over the first rows and only when needed further, decides how columns write values. */
    private ColumnReadings detectReadings(char separator, DateFormats dateFormat) throws IOException {
        Map<Integer, String> fieldByColumn = new HashMap<>();
        columnByField.forEach((field, column) -> fieldByColumn.put(column, field));
        try (CsvReader<CsvRow> second = reader(path, separator)) {
            Iterator<CsvRow> rows = second.iterator();
            rows.next();
            return ReadingsDetector.detect(rows, header, fieldByColumn, dateFormat,
                    LocaleConventions.of(Locale.getDefault(Locale.Category.FORMAT)));
        } catch (CsvParseException | UncheckedIOException e) {
            // the main pass reports the malformed row with its line
            return ColumnReadings.DEFAULT;
        }
    }

    /**
     * Sentences for the import report on how date and amount columns are read where a file left a choice or
     * does not use ISO dates: "Close Date: dates read as D/M/YYYY (26/02/2018 on line 4 has a day above 12)".
     */
    public List<String> detections() {
        return readings.detections();
    }

    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    public List<String> header() {
        return header;
    }

    /** The column index holding a field, or -1 when the file has no such column. */
    public int column(String field) {
        return columnByField.getOrDefault(field, -1);
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
                row.use(readings);
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
