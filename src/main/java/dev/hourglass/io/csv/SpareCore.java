package dev.hourglass.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a second reading thread would find a core to run on. Measured on 2 cores (bench/README.md): with the
 * second core free, reading a million deals in two parts takes 0.4 s off the reading thread; with the machine
 * busy, the second thread only adds its own work (+0.3 s CPU, +1.4 s wall at a load average of 20). The system
 * property {@code hourglass.csv.parts} ({@code 1} or {@code 2}) overrides the choice, for measuring both.
 */
final class SpareCore {
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

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
        double load = loadAverage();
        return Double.isNaN(load) || load < cores;
    }

    /** The last minute's load average where the system tells it cheaply (Linux), else NaN. */
    private static double loadAverage() {
        try {
            String text = Files.readString(LOAD_AVERAGE);
            return Double.parseDouble(text.substring(0, text.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
