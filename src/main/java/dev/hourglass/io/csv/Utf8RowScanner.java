package dev.hourglass.io.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits the bytes of a UTF-8 CSV file, from a line start on, into rows the way FastCSV splits its characters
 * (quotes as in RFC 4180, a row ends at {@code \n}, {@code \r\n} or {@code \r}, empty lines skipped, a line counted
 * for every line break, also inside quotes). A row of ASCII bytes is handed out as bytes in place, any other row is
 * decoded. What FastCSV reads in a way of its own — text after a closing quote, a lone {@code \r} or the end of
 * the file inside quotes, a row longer than {@link #MAX_BUFFER} — is {@link Unusual}: the caller reads the file
 * with FastCSV instead.
 */
final class Utf8RowScanner {
    /** The row needs FastCSV's reading. */
    static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super("a row FastCSV reads in a way of its own", null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();
    static final int MAX_BUFFER = 1 << 22;
    private static final int MORE = -1;
    private final FileChannel channel;
    private final byte separator;
    private final CsvRow row = new CsvRow();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private long fileEnd;
    private byte[] buf;
    /** The file offset of {@code buf[0]}. */
    private long bufStart;
    /** The next row starts at {@code buf[pos]}; {@code buf[len]} and on are not read yet. */
    private int pos;
    private int len;
    /** The line the next row starts on. */
    private long line;
    private long stopAt = Long.MAX_VALUE;
    private boolean firstQuoted;
    private int[] doubledQuotes = new int[8];
    private int doubledCount;

    /**
     * @param from      the offset of a line start (after a byte order mark, or after a line break outside quotes)
     * @param firstLine the number of the line at {@code from}
     */
    Utf8RowScanner(FileChannel channel, long from, long firstLine, char separator, int bufferSize)
            throws IOException {
        this.channel = channel;
        this.fileEnd = channel.size();
        this.separator = (byte) separator;
        this.bufStart = from;
        this.line = firstLine;
        this.buf = new byte[bufferSize];
    }

    /** Rows end before the first row that starts at or after this offset. */
    void stopAt(long offset) {
        stopAt = offset;
    }

    /** Reads on from the row starting at {@code offset} on {@code line}, to the end of the file. */
    void moveTo(long offset, long line) {
        bufStart = offset;
        pos = 0;
        len = 0;
        this.line = line;
        stopAt = Long.MAX_VALUE;
    }

    /** The offset the next row starts at. */
    long position() {
        return bufStart + pos;
    }

    /** The line the next row starts on. */
    long line() {
        return line;
    }

    /**
     * The next non-empty row, or null at the end of the file or at the stop offset.
     *
     * @throws CharacterCodingException when the row's bytes are not UTF-8 (the row's line is {@link #line()}
     *     before the call)
     */
    CsvRow next() throws IOException, Unusual, CharacterCodingException {
        while (true) {
            if (bufStart + pos >= stopAt || bufStart + pos >= fileEnd) {
                return null;
            }
            int end = scan();
            if (end == MORE) {
                fill();
                continue;
            }
            pos = end;
            if (row.fieldCount() == 1 && !firstQuoted && row.byteLengthOf(0) == 0) {
                continue; // an empty line
            }
            removeDoubledQuotes();
            if (row.allBlank()) {
                continue; // separators only
            }
            return row;
        }
    }

    /**
     * Reads the row at {@code pos} into {@link #row}; returns the offset after its line break, or {@link #MORE}
     * when the buffer ends before the row does. Sets {@link #line} to the next row's line.
     */
    private int scan() throws Unusual, CharacterCodingException {
        final byte[] b = buf;
        final int limit = len;
        final byte sep = separator;
        final boolean eof = bufStart + limit >= fileEnd;
        int i = pos;
        int breaks = 0;
        boolean ascii = true;
        doubledCount = 0;
        row.beginBytes(b, line);
        while (true) {
            int fieldStart = i;
            if (i < limit && b[i] == '"') {
                i++;
                boolean doubled = false;
                while (true) {
                    if (i >= limit) {
                        if (eof) {
                            throw UNUSUAL;
                        }
                        return MORE;
                    }
                    byte c = b[i];
                    if (c == '"') {
                        if (i + 1 >= limit) {
                            if (!eof) {
                                return MORE;
                            }
                            i++;
                            break;
                        }
                        if (b[i + 1] == '"') {
                            doubled = true;
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    } else if (c == '\n') {
                        breaks++;
                        i++;
                    } else if (c == '\r') {
                        if (i + 1 >= limit && !eof) {
                            return MORE;
                        }
                        if (i + 1 >= limit || b[i + 1] != '\n') {
                            throw UNUSUAL; // FastCSV would take a line break after the closing quote as part of it
                        }
                        breaks++;
                        i += 2;
                    } else {
                        ascii &= c >= 0;
                        i++;
                    }
                }
                if (i < limit && b[i] != sep && b[i] != '\n' && b[i] != '\r') {
                    throw UNUSUAL;
                }
                if (row.fieldCount() == 0) {
                    firstQuoted = true;
                }
                if (doubled) {
                    markDoubled(row.fieldCount());
                }
                row.addBytes(fieldStart + 1, i - 1 - (fieldStart + 1));
            } else {
                while (i < limit) {
                    byte c = b[i];
                    if (c > '\r' && c != sep) {
                        i++; // an ASCII byte that ends nothing, most of a file: two comparisons (C1 keeps each one)
                        continue;
                    }
                    if (c == sep || c == '\n' || c == '\r') {
                        break;
                    }
                    ascii &= c >= 0;
                    i++;
                }
                if (row.fieldCount() == 0) {
                    firstQuoted = false;
                }
                row.addBytes(fieldStart, i - fieldStart);
            }
            if (i >= limit) {
                if (!eof) {
                    return MORE;
                }
                break;
            }
            byte c = b[i];
            if (c == sep) {
                i++;
                continue;
            }
            if (c == '\n') {
                i++;
                break;
            }
            if (i + 1 >= limit && !eof) {
                return MORE;
            }
            i += i + 1 < limit && b[i + 1] == '\n' ? 2 : 1;
            break;
        }
        line += 1 + breaks;
        if (!ascii) {
            removeDoubledQuotes();
            doubledCount = 0;
            row.decodeUtf8(decoder);
        }
        return i;
    }

    private void markDoubled(int field) {
        if (doubledCount == doubledQuotes.length) {
            doubledQuotes = Arrays.copyOf(doubledQuotes, doubledCount * 2);
        }
        doubledQuotes[doubledCount++] = field;
    }

    /** A quoted field's {@code ""} stands for one quote; the field is shortened in place. */
    private void removeDoubledQuotes() {
        for (int k = 0; k < doubledCount; k++) {
            int field = doubledQuotes[k];
            int from = row.byteStart(field);
            int end = from + row.byteLengthOf(field);
            int to = from;
            for (int i = from; i < end; i++) {
                buf[to++] = buf[i];
                if (buf[i] == '"') {
                    i++;
                }
            }
            row.setByteLength(field, to - from);
        }
        doubledCount = 0;
    }

    /** Keeps the row being read and reads more of the file after it. */
    private void fill() throws IOException, Unusual {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            bufStart += pos;
            len -= pos;
            pos = 0;
        } else if (len == buf.length) {
            if (buf.length >= MAX_BUFFER) {
                throw UNUSUAL;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = channel.read(ByteBuffer.wrap(buf, len, buf.length - len), bufStart + len);
        if (read < 0) {
            fileEnd = bufStart + len; // the file became shorter while read
        } else {
            len += read;
        }
    }
}
