package dev.hourglass.io.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.FileProblem.Code;
import dev.hourglass.model.EchoedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV file through FastCSV: quoted fields, {@code ,} {@code ;} or tab as separator (whichever the
 * header uses most), blank lines skipped, in the encoding {@link TextEncoding} found.
 */
final class CsvRows implements RowSource {
    private static final char REPLACEMENT = '\uFFFD';
    private final Path path;
    private final String fileName;
    private final TextEncoding encoding;
    private final CsvReader<CsvRow> reader;
    private final Iterator<CsvRow> records;
    private final String unusedSheet;
    private long lastLine;
    private long firstReplacedLine;
    private long replacedLines;

    private CsvRows(Path path, String fileName, TextEncoding encoding, CsvReader<CsvRow> reader, String unusedSheet) {
        this.path = path;
        this.fileName = fileName;
        this.encoding = encoding;
        this.unusedSheet = unusedSheet;
        this.reader = reader;
        this.records = reader.iterator();
    }

    /**
     * Opens a CSV file; a missing or unreadable file is an {@link IOException} for the caller to word. UTF-8 text
     * is read as bytes ({@link Utf8CsvRows}, the same rows faster), any other encoding through FastCSV.
     *
     * @param sheet a sheet asked for, which a CSV file cannot have (the detections say it was not used)
     */
    static RowSource open(Path path, String fileName, String sheet) throws IOException {
        return open(path, fileName, sheet, Utf8CsvRows.BUFFER);
    }

    /** @param bufferSize the bytes a UTF-8 file is read by at a time (grown for a longer row) */
    static RowSource open(Path path, String fileName, String sheet, int bufferSize) throws IOException {
        TextEncoding encoding = TextEncoding.of(path);
        char separator = detectSeparator(headText(path, encoding));
        if (encoding.charset().equals(StandardCharsets.UTF_8)) {
            return Utf8CsvRows.open(path, fileName, sheet, encoding, separator, bufferSize);
        }
        return openFastCsv(path, fileName, sheet, encoding, separator);
    }

    /** Opens a CSV file to be read through FastCSV. */
    static CsvRows openFastCsv(Path path, String fileName, String sheet, TextEncoding encoding, char separator)
            throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            in.skipNBytes(encoding.bomLength());
            // Windows-1252 has five unassigned bytes, replaced and reported by line (replaces()); anything else that
            // fails to decode must stop the import.
            CodingErrorAction onError = replaces(encoding) ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            CharsetDecoder decoder = encoding.charset().newDecoder()
                    .onMalformedInput(onError).onUnmappableCharacter(onError);
            CsvReader<CsvRow> reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .ignoreDifferentFieldCount(true)
                    .build(new CsvRowHandler(), new InputStreamReader(in, decoder));
            return new CsvRows(path, fileName, encoding, reader, sheet == null ? "" : sheet.strip());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public CsvRow next() throws BadInputException {
        try {
            CsvRow row;
            do {
                if (!records.hasNext()) {
                    return null;
                }
                row = records.next();
            } while (row.allBlank()); // separators only
            lastLine = row.line();
            if (replaces(encoding) && row.contains(REPLACEMENT)) {
                firstReplacedLine = replacedLines == 0 ? row.line() : firstReplacedLine;
                replacedLines++;
            }
            return row;
        } catch (CsvParseException e) {
            throw new BadInputException(fileName + ", after line " + lastLine + ": not a readable CSV row ("
                    + e.getMessage() + ")", e, FileProblem.of(Code.NOT_CSV_AFTER, fileName, lastLine,
                    String.valueOf(e.getMessage())));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw undecodable(path, fileName, encoding, lastLine, e);
            }
            throw new BadInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e,
                    FileProblem.of(Code.CANNOT_BE_READ, fileName, String.valueOf(e.getMessage())));
        }
    }

    /** The error of bytes that do not decode in the encoding the start of the file has. */
    static BadInputException undecodable(Path path, String fileName, TextEncoding encoding, long lastLine,
                                         Exception cause) {
        long line = lineOfFirstUndecodable(path, encoding);
        String charset = encoding.charset().displayName();
        return new BadInputException(fileName + (line > 0 ? ", line " + line : ", after line " + lastLine)
                + ": not valid " + charset + " although the start of the file is; save the whole"
                + " file in one encoding (UTF-8 is best)", cause, line > 0
                ? FileProblem.of(Code.UNDECODABLE_AT, fileName, line, charset)
                : FileProblem.of(Code.UNDECODABLE_AFTER, fileName, lastLine, charset));
    }

    /** The reader decodes ahead of the rows it hands out, so the faulty line is found in the file itself (0: not found). */
    private static long lineOfFirstUndecodable(Path path, TextEncoding encoding) {
        try {
            return encoding.lineOfFirstUndecodable(path);
        } catch (IOException e) {
            return 0; // fall back to the last row read
        }
    }

    @Override
    public List<Detection> detections() {
        List<Detection> sentences = encodingDetections(fileName, encoding);
        if (replacedLines > 0) {
            sentences.add(Detection.of(Detection.Code.BYTES_REPLACED, fileName + ", line " + firstReplacedLine
                    + ": bytes that are not Windows-1252 text were replaced (" + REPLACEMENT + ")"
                    + (replacedLines == 1 ? "." : "; so were bytes on " + (replacedLines - 1) + " more line"
                    + (replacedLines == 2 ? "." : "s.")), fileName, firstReplacedLine, replacedLines - 1));
        }
        sentences.addAll(sheetDetections(fileName, unusedSheet));
        return sentences;
    }

    /** What the import report says of a file's encoding: nothing for plain UTF-8. */
    static List<Detection> encodingDetections(String fileName, TextEncoding encoding) {
        List<Detection> sentences = new ArrayList<>();
        if (!(encoding.charset().equals(StandardCharsets.UTF_8) && encoding.bomLength() == 0)) { // plain UTF-8: nothing to say
            sentences.add(Detection.of(Detection.Code.ENCODING, fileName + ": read as " + encoding.description() + ".",
                    fileName, encoding.charset().displayName() + (encoding.bomLength() > 0 ? " (BOM)" : "")));
        }
        return sentences;
    }

    /** What the import report says of a sheet asked of a CSV file. */
    static List<Detection> sheetDetections(String fileName, String unusedSheet) {
        if (unusedSheet.isEmpty()) {
            return List.of();
        }
        return List.of(Detection.of(fileName + " is a CSV file, which has no sheets: the sheet '" + EchoedText.of(unusedSheet)
                + "' was not used."));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether undecodable bytes are replaced: only Windows-1252 has bytes that mean nothing, and its decoder makes no
     * U+FFFD of its own, so a row holding one had such a byte.
     */
    private static boolean replaces(TextEncoding encoding) {
        return encoding.charset().equals(TextEncoding.WINDOWS_1252);
    }

    /** The separator of a file's header line (see {@link #detectSeparator(String)}). */
    static char detectSeparator(Path path) throws IOException {
        return detectSeparator(headText(path, TextEncoding.of(path)));
    }

    private static String headText(Path path, TextEncoding encoding) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(64 * 1024);
        }
        int from = Math.min(encoding.bomLength(), head.length);
        return new String(head, from, head.length - from, encoding.charset());
    }

    /**
     * The separator the header line uses most, outside quotes; a comma when the header has none. A first line
     * {@code sep=;} (Excel's, see {@link SeparatorLine}) names it instead.
     */
    static char detectSeparator(String text) {
        int lineEnd = text.indexOf('\n');
        char named = SeparatorLine.named((lineEnd < 0 ? text : text.substring(0, lineEnd)).replace("\uFEFF", ""));
        if (named != 0) {
            return named;
        }
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
