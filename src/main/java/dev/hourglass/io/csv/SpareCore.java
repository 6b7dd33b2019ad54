package dev.hourglass.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether a second reading thread would find a core to run on. Measured on 2 cores (bench/README.md): with the
 * second core free, reading a million deals in two parts takes 0.4 s off the reading thread; with the machine
 * busy, the second thread only adds its own work (+0.3 s CPU, +1.4 s wall at a load average of 20). The system
 * property {@code hourglass.csv.parts} ({@code 1} or {@code 2}) overrides the choice, for measuring both.
 *
 * <p>The question is about now, so it is asked of the number of threads running or waiting for a core at this
 * moment (Linux's {@code /proc/loadavg}, fourth field), not of the load average: that is a minute's mean, which
 * still counts the runs that just ended — a script analysing ten files one after the other would read all but the
 * first in one part on an idle machine. The count includes this thread, and a compiler thread of this JVM may be
 * busy at the moment it is read, so it is read a few times, a fraction of a millisecond apart, and the lowest
 * count decides. Where the system does not tell, the answer is yes.
 */
final class SpareCore {
    private static final Path LOAD = Path.of("/proc/loadavg");
    private static final int READINGS = 5;
    private static final long BETWEEN_READINGS_NANOS = 200_000;

    private SpareCore() {
    }

    static boolean available() {
        String parts = System.getProperty("hourglass.csv.parts", "");
        if (!parts.isEmpty()) {
            return parts.equals("2");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return false;
        }
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < READINGS && fewest >= cores; i++) {
            if (i > 0) {
                LockSupport.parkNanos(BETWEEN_READINGS_NANOS);
            }
            int running = runningNow();
            if (running < 0) {
                return true;
            }
            fewest = Math.min(fewest, running);
        }
        return spareFor(fewest, cores);
    }

    /** With {@code running} threads running or runnable, this one among them: is there a core for one more? */
    static boolean spareFor(int running, int cores) {
        return running + 1 <= cores;
    }

    /** Threads running or waiting for a core now, this one included, or -1 where the system does not tell. */
    private static int runningNow() {
        try {
            String text = Files.readString(LOAD);
            int afterThird = nthSpace(text, 3);
            int slash = text.indexOf('/', afterThird);
            return afterThird < 0 || slash < 0 ? -1 : Integer.parseInt(text.substring(afterThird + 1, slash));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static int nthSpace(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(' ', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
