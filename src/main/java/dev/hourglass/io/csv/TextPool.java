package dev.hourglass.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Shares one string per distinct value of a repetitive column (segment, owner, customer…), found from the
 * characters without building a string first. Stops remembering new values past a limit, so a column of
 * unique values costs no more than plain strings.
 */
public final class TextPool {
    private static final int LIMIT = 1 << 18;
    private String[] table = new String[1 << 8];
    private int size;
    /** The string {@link #get(byte[], int, int)} gave last, and its bytes. */
    private String last;
    private byte[] lastBytes = new byte[64];
    private int lastLength = -1;

    public String get(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (s.hashCode() == hash && same(s, chars, offset, length)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String value = new String(chars, offset, length);
        if (size < LIMIT) {
            table[slot] = value;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return value;
    }

    /**
     * The same for ASCII bytes (each byte its character): equal texts give the same string either way. The value
     * given last is tried first, from a copy of its bytes, without hashing: an export lists a customer's rows
     * together, so in a pool of one column most rows repeat the row before.
     */
    public String get(byte[] bytes, int offset, int length) {
        if (length == lastLength && last != null && Arrays.equals(lastBytes, 0, length, bytes, offset, offset + length)) {
            return last;
        }
        String value = find(bytes, offset, length);
        if (length > lastBytes.length) {
            lastBytes = new byte[Math.max(length, lastBytes.length * 2)];
        }
        System.arraycopy(bytes, offset, lastBytes, 0, length);
        lastLength = length;
        last = value;
        return value;
    }

    private String find(byte[] bytes, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (s.hashCode() == hash && same(s, bytes, offset, length)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String value = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        if (size < LIMIT) {
            table[slot] = value;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return value;
    }

    private static boolean same(String s, byte[] bytes, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = mix(s.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    int size() {
        return size;
    }
}
