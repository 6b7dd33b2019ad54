package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a UTF-8 CSV file, read as bytes ({@link Utf8RowScanner}): the rows FastCSV would give, without
 * decoding the file into characters first. When a row is one FastCSV reads in a way of its own, the file is read
 * on from its start by {@link CsvRows} (FastCSV), the rows already handed out skipped, so the rows are always
 * FastCSV's. A large file can be split in two parts read at once ({@link #splitOff}).
 */
final class Utf8CsvRows implements RowSource {
    static final int BUFFER = 1 << 20;
    /** Smaller files are read in one part: a second thread would not pay for itself. */
    static final long SPLIT_FROM = 8L << 20;
    private final int bufferSize;
    private final Path path;
    private final String fileName;
    private final String sheet;
    private final TextEncoding encoding;
    private final char separator;
    private final FileChannel channel;
    private final Utf8RowScanner scanner;
    private CsvRows fallback;
    private long handedOut;
    private long lastLine;

    private Utf8CsvRows(Path path, String fileName, String sheet, TextEncoding encoding, char separator,
                        FileChannel channel, int bufferSize) throws IOException {
        this.path = path;
        this.bufferSize = bufferSize;
        this.fileName = fileName;
        this.sheet = sheet;
        this.encoding = encoding;
        this.separator = separator;
        this.channel = channel;
        this.scanner = new Utf8RowScanner(channel, encoding.bomLength(), 1, separator, bufferSize);
    }

    static Utf8CsvRows open(Path path, String fileName, String sheet, TextEncoding encoding, char separator)
            throws IOException {
        return open(path, fileName, sheet, encoding, separator, BUFFER);
    }

    /** @param bufferSize the bytes read at a time (grown for a longer row) */
    static Utf8CsvRows open(Path path, String fileName, String sheet, TextEncoding encoding, char separator,
                            int bufferSize) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new Utf8CsvRows(path, fileName, sheet, encoding, separator, channel, bufferSize);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The same file's rows again from its start, for a second pass while this one goes on: a new source to close,
     * read with the encoding and separator found for this one rather than looking for them again.
     */
    Utf8CsvRows fromStart() throws IOException {
        return open(path, fileName, sheet, encoding, separator, bufferSize);
    }

    @Override
    public CsvRow next() throws BadInputException {
        if (fallback != null) {
            return fallback.next();
        }
        try {
            CsvRow row = scanner.next();
            if (row != null) {
                handedOut++;
                lastLine = row.line();
            }
            return row;
        } catch (Utf8RowScanner.Unusual e) {
            return readOnWithFastCsv();
        } catch (CharacterCodingException e) {
            throw CsvRows.undecodable(path, fileName, encoding, lastLine, e);
        } catch (IOException e) {
            throw new BadInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private CsvRow readOnWithFastCsv() throws BadInputException {
        try {
            fallback = CsvRows.openFastCsv(path, fileName, sheet, encoding, separator);
        } catch (IOException e) {
            throw new BadInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        for (long i = 0; i < handedOut; i++) {
            fallback.next();
        }
        return fallback.next();
    }

    /**
     * The part of the file from the first line start after {@code fraction} of it, for another thread to read;
     * this source's rows then end before that offset (see {@link #endedAt}, {@link #readOn}). Null when the file is
     * smaller than {@code minimumSize}, already read that far, or read by FastCSV.
     */
    Utf8RowScanner splitOff(double fraction, long minimumSize) throws IOException {
        long size = channel.size();
        if (fallback != null || size < minimumSize) {
            return null;
        }
        long from = (long) (size * fraction);
        ByteBuffer probe = ByteBuffer.allocate(64 * 1024);
        channel.read(probe, from);
        for (int i = 0; i < probe.position(); i++) {
            if (probe.get(i) == '\n') {
                long start = from + i + 1;
                if (start <= scanner.position() || start >= size) {
                    return null;
                }
                scanner.stopAt(start);
                return new Utf8RowScanner(channel, start, 1, separator, bufferSize);
            }
        }
        return null;
    }

    /**
     * Whether the rows ended right at {@code offset}: a row starts there, so a part read from there holds the rows
     * that follow. Not so when a quoted field holds the line break before it, or when FastCSV took over.
     */
    boolean endedAt(long offset) {
        return fallback == null && scanner.position() == offset;
    }

    /** The line the next row starts on. */
    long nextLine() {
        return scanner.line();
    }

    /** Lifts the end set by {@link #splitOff}: the rows go on to the end of the file. */
    void readOn() {
        scanner.stopAt(Long.MAX_VALUE);
    }

    /**
     * Goes on to the end of the file from a row start after the split, the rows before it having been read by
     * another scanner (for {@link #readOn()} from the first row not handed on).
     *
     * @param offset     where the row starts
     * @param line       the line it starts on
     * @param rowsSkipped the rows from the split to it, which a switch to FastCSV must skip too
     */
    void readOnFrom(long offset, long line, long rowsSkipped) {
        scanner.moveTo(offset, line);
        handedOut += rowsSkipped;
    }

    @Override
    public List<Detection> detections() {
        if (fallback != null) {
            return fallback.detections();
        }
        List<Detection> sentences = new ArrayList<>(CsvRows.encodingDetections(fileName, encoding));
        sentences.addAll(CsvRows.sheetDetections(fileName, sheet == null ? "" : sheet.strip()));
        return sentences;
    }

    @Override
    public void close() {
        try {
            channel.close();
            if (fallback != null) {
                fallback.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
