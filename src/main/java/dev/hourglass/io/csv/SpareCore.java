package dev.hourglass.io.csv;

import java.io.IOException;
import java.nio.file.DirectoryStream;
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
 * count decides. This process's own threads other than the caller are not counted against it: at the moment a
 * million-row file's read starts, the JVM's compiler thread is nearly always compiling the reader, and counting it
 * made an idle two-core machine read in one part in most runs (the compiling is over within a few hundred
 * milliseconds, long before the read). Where the system does not tell, the answer is yes.
 */
final class SpareCore {
    private static final Path LOAD = Path.of("/proc/loadavg");
    private static final Path OWN_THREADS = Path.of("/proc/self/task");
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
            if (running >= cores) {
                // this process's own threads counted as near the same moment as possible: a compiler thread that
                // had just gone idle when counted once, after all the readings, left its running counted against it
                running -= Math.max(0, ownRunningNow() - 1);
            }
            fewest = Math.min(fewest, running);
        }
        return spareFor(fewest, cores);
    }

    /** This process's threads running or waiting for a core now, the caller included; 1 where the system does not tell. */
    private static int ownRunningNow() {
        int running = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(OWN_THREADS)) {
            for (Path thread : threads) {
                running += isRunning(thread.resolve("stat")) ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return Math.max(running, 1);
    }

    /** A thread's state is the letter after the closing bracket of its name, which may itself hold brackets. */
    private static boolean isRunning(Path stat) {
        try {
            String text = Files.readString(stat);
            return stateOf(text) == 'R';
        } catch (IOException | RuntimeException e) {
            return false; // the thread ended while being counted
        }
    }

    static char stateOf(String stat) {
        int close = stat.lastIndexOf(')');
        return close < 0 || close + 2 >= stat.length() ? '?' : stat.charAt(close + 2);
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
