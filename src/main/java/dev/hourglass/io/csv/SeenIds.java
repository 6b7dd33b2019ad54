package dev.hourglass.io.csv;

/**
 * Remembers which ids a file has used and on which line, to reject duplicate rows. A million ids held as
 * strings in a HashMap cost the garbage collector more than the whole parse; this keeps two independent
 * 64-bit hashes per id and its line in one flat array, side by side, so a look-up touches one cache line. Two
 * different ids would have to collide on all 128 bits to be mistaken for each other.
 */
final class SeenIds {
    private static final long EMPTY = 0;
    private static final int LONGS_PER_SLOT = 3;
    /** Slot i: {@code [3i]} first hash, {@code [3i + 1]} second hash, {@code [3i + 2]} line. */
    private long[] slots;
    private int capacity;
    private int size;

    SeenIds() {
        this(1 << 16);
    }

    /** @param expected ids the caller expects, so a large file does not regrow the table again and again */
    SeenIds(long expected) {
        capacity = Integer.highestOneBit((int) Math.min(1 << 26, Math.max(1 << 10, expected * 2)) - 1) << 1;
        slots = new long[capacity * LONGS_PER_SLOT];
    }

    /** Records the id; returns the line it was first seen on, or -1 when it is new. */
    long addOrFirstLine(String id, long line) {
        long h1 = hash(id, 0x9E3779B97F4A7C15L);
        long h2 = hash(id, 0xC2B2AE3D27D4EB4FL);
        if (h1 == EMPTY) {
            h1 = 1;
        }
        int mask = capacity - 1;
        int slot = (int) (h2 ^ (h2 >>> 32)) & mask;
        while (slots[slot * LONGS_PER_SLOT] != EMPTY) {
            int at = slot * LONGS_PER_SLOT;
            if (slots[at] == h1 && slots[at + 1] == h2) {
                return slots[at + 2];
            }
            slot = (slot + 1) & mask;
        }
        int at = slot * LONGS_PER_SLOT;
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = line;
        if (++size * 2 > capacity) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] old = slots;
        int oldCapacity = capacity;
        capacity = oldCapacity * 2;
        slots = new long[capacity * LONGS_PER_SLOT];
        int mask = capacity - 1;
        for (int i = 0; i < oldCapacity; i++) {
            int from = i * LONGS_PER_SLOT;
            if (old[from] != EMPTY) {
                long h2 = old[from + 1];
                int slot = (int) (h2 ^ (h2 >>> 32)) & mask;
                while (slots[slot * LONGS_PER_SLOT] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, from, slots, slot * LONGS_PER_SLOT, LONGS_PER_SLOT);
            }
        }
    }

    /** A 64-bit hash of the characters, mixed per character with a seed (a variant of wyhash/murmur mixing). */
    private static long hash(String s, long seed) {
        long h = seed ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
