package dev.hourglass.cli;

import dev.hourglass.io.csv.ExportPresets;
import dev.hourglass.io.json.JsonOut;

/**
 * What every plain run needs after opening its file, done beforehand on the other core, which is idle until the rows
 * are read in two parts: the export presets (about 12 ms to build) and Jackson's JSON writer (about 10 ms to load and
 * link on first use). The run does not wait for it: a class the run needs while this is building it, it waits for,
 * and it would have built it itself anyway.
 */
final class WarmUp implements Runnable {
    private WarmUp() {
    }

    static void start() {
        Thread thread = new Thread(new WarmUp(), "hourglass-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            ExportPresets.warmUp();
            JsonOut.warmUp();
        } catch (RuntimeException e) {
            // nothing is lost: the run does this work itself when it gets there
        }
    }
}
