package dev.hourglass.io.csv;

/**
 * Remembers which ids a file has used and on which line, to reject duplicate rows. A million ids held as
 * strings in a HashMap cost the garbage collector more than the whole parse; this keeps two independent
 * 64-bit hashes per id in flat arrays instead. Two different ids would have to collide on all 128 bits to
 * be mistaken for each other.
 */
final class SeenIds {
    private static final long EMPTY = 0;
    private long[] first = new long[1 << 16];
    private long[] second = new long[1 << 16];
    private long[] lines = new long[1 << 16];
    private int size;

    /** Records the id; returns the line it was first seen on, or -1 when it is new. */
    long addOrFirstLine(String id, long line) {
        long h1 = hash(id, 0x9E3779B97F4A7C15L);
        long h2 = hash(id, 0xC2B2AE3D27D4EB4FL);
        if (h1 == EMPTY) {
            h1 = 1;
        }
        int mask = first.length - 1;
        int slot = (int) (h2 ^ (h2 >>> 32)) & mask;
        while (first[slot] != EMPTY) {
            if (first[slot] == h1 && second[slot] == h2) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        first[slot] = h1;
        second[slot] = h2;
        lines[slot] = line;
        if (++size * 2 > first.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        long[] oldLines = lines;
        first = new long[oldFirst.length * 2];
        second = new long[oldFirst.length * 2];
        lines = new long[oldFirst.length * 2];
        int mask = first.length - 1;
        for (int i = 0; i < oldFirst.length; i++) {
            if (oldFirst[i] != EMPTY) {
                int slot = (int) (oldSecond[i] ^ (oldSecond[i] >>> 32)) & mask;
                while (first[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                first[slot] = oldFirst[i];
                second[slot] = oldSecond[i];
                lines[slot] = oldLines[i];
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
