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
    /** Values {@link #get(byte[], int, int)} gave lately, one slot per few of their bytes, with a copy of their bytes. */
    private static final int RECENT = 256;
    private final byte[][] recentBytes = new byte[RECENT][];
    private final String[] recentValues = new String[RECENT];
    /** Texts up to this long are compared in a plain loop; longer ones with the JDK's vectorised comparison. */
    private static final int SHORT = 16;

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
     * The same for ASCII bytes (each byte its character): equal texts give the same string either way. Values met
     * lately are found first from a few of their bytes — length, first, middle and last — and one comparison, without
     * hashing every byte: the stages, outcomes, segments and owners of a deal export are a few dozen values met again
     * and again (a customer's rows listed together hit as well).
     */
    public String get(byte[] bytes, int offset, int length) {
        int slot = length == 0 ? 0
                : (length * 31 + bytes[offset] * 7 + bytes[offset + (length >> 1)] * 131 + bytes[offset + length - 1])
                & (RECENT - 1);
        byte[] seen = recentBytes[slot];
        if (seen != null && seen.length == length) {
            // a short text compared byte by byte here: Arrays.equals' range checks and calls, which the command
            // line's compiler (C1) does not inline, cost more than the few bytes of a customer id or a stage
            int i = 0;
            if (length <= SHORT) {
                while (i < length && seen[i] == bytes[offset + i]) {
                    i++;
                }
            } else if (Arrays.equals(seen, 0, length, bytes, offset, offset + length)) {
                i = length;
            }
            if (i == length) {
                return recentValues[slot];
            }
        }
        String value = find(bytes, offset, length);
        if (seen == null || seen.length != length) {
            seen = new byte[length];
            recentBytes[slot] = seen;
        }
        System.arraycopy(bytes, offset, seen, 0, length);
        recentValues[slot] = value;
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
