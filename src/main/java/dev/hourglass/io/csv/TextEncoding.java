package dev.hourglass.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a text export, decided from its first bytes: a byte order mark (UTF-8, UTF-16 LE/BE)
 * wins; UTF-16 without one shows as zero bytes in every other position; otherwise the file is UTF-8 when its first
 * non-ASCII bytes are valid UTF-8, else Windows-1252 (what Excel's "Save as CSV" writes on Windows).
 *
 * @param bomLength the bytes of the byte order mark, skipped before decoding
 * @param description one sentence naming the encoding and why, for the import report
 */
record TextEncoding(Charset charset, int bomLength, String description) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * How far to look for the first non-ASCII byte: far enough for the header and thousands of rows. The file is
     * opened twice (detection, then the read), so a 16 MB scan of an all-ASCII million-row export had cost two
     * reads of 16 MB for nothing; a later Windows-1252 byte stops the read at its line instead.
     */
    static final int SCAN_LIMIT = 1024 * 1024;
    /** How many bytes after the first non-ASCII one decide between UTF-8 and Windows-1252. */
    static final int SAMPLE_AFTER_FIRST = 64 * 1024;

    static TextEncoding of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            TextEncoding marked = byMark(head);
            if (marked != null) {
                return marked;
            }
            TextEncoding wide = utf16WithoutMark(head);
            if (wide != null) {
                return wide;
            }
            return utf8OrWindows1252(file, head, in);
        }
    }

    /**
     * The line holding the first bytes that do not decode in this encoding, or -1 when all of the file does. Line
     * breaks are counted as the CSV reader counts them ({@code \r\n}, {@code \n} or {@code \r}).
     */
    long lineOfFirstUndecodable(Path file) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long line = 1;
        char previous = 0;
        boolean end = false;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(bomLength);
            while (true) {
                end |= !end && channel.read(in) < 0;
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\r' || (c == '\n' && previous != '\r')) {
                        line++;
                    }
                    previous = c;
                }
                out.clear();
                if (result.isError()) {
                    return line;
                }
                in.compact();
                if (end && result.isUnderflow()) {
                    return -1;
                }
            }
        }
    }

    private static TextEncoding byMark(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (with a byte order mark)");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16 LE (byte order mark)");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16 BE (byte order mark)");
        }
        return null;
    }

    /** Text in UTF-16 has a zero byte beside nearly every Latin character; UTF-8 and Windows-1252 text has none. */
    private static TextEncoding utf16WithoutMark(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            zeroFirst += head[i] == 0 ? 1 : 0;
            zeroSecond += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroSecond * 10 >= pairs * 3 && zeroFirst == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0, "UTF-16 LE (no byte order mark; told by its zero bytes)");
        }
        if (zeroFirst * 10 >= pairs * 3 && zeroSecond == 0) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0, "UTF-16 BE (no byte order mark; told by its zero bytes)");
        }
        return null;
    }

    /**
     * Line breaks are counted only once a byte that is not UTF-8 is found, by reading the file again up to it: an
     * all-ASCII export, the usual one, then costs one look at each byte of its first megabyte.
     */
    private static TextEncoding utf8OrWindows1252(Path file, byte[] head, InputStream rest) throws IOException {
        long offset = 0;
        byte[] chunk = head;
        int length = head.length;
        byte[] buffer = null; // one buffer for every read: readNBytes(n) makes a new array, in 8 KB pieces, each time
        while (length > 0 && offset < SCAN_LIMIT) {
            int first = firstNonAscii(chunk, length);
            if (first >= 0) {
                byte[] sample = concat(chunk, first, length, rest.readNBytes(SAMPLE_AFTER_FIRST));
                int bad = firstInvalidUtf8(sample);
                if (bad < 0) {
                    return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
                }
                long at = offset + first + bad;
                return new TextEncoding(WINDOWS_1252, 0, "Windows-1252, as it is not valid UTF-8 (line "
                        + (lineBreaksBefore(file, at) + 1) + ", byte " + (at + 1) + ")");
            }
            offset += length;
            if (buffer == null) {
                buffer = new byte[64 * 1024];
            }
            chunk = buffer;
            length = rest.readNBytes(buffer, 0, buffer.length);
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
    }

    /** The line breaks in the file's first {@code end} bytes. */
    private static long lineBreaksBefore(Path file, long end) throws IOException {
        long count = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long left = end;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    count += buffer[i] == '\n' ? 1 : 0;
                }
                left -= read;
            }
        }
        return count;
    }

    private static int firstNonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] chunk, int from, int length, byte[] more) {
        byte[] all = new byte[length - from + more.length];
        System.arraycopy(chunk, from, all, 0, length - from);
        System.arraycopy(more, 0, all, length - from, more.length);
        return all;
    }

    /**
     * The offset of the first byte that breaks UTF-8, or -1. A sequence cut off by the end of the sample is not a
     * fault: the sample ends where the reading stopped, not where the file does.
     */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int continuation;
            int min;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
                min = 0x10000;
            } else {
                return i;
            }
            int code = b & (0x3F >> continuation);
            for (int k = 1; k <= continuation; k++) {
                if (i + k >= bytes.length) {
                    return -1;
                }
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return i;
            }
            i += continuation + 1;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
