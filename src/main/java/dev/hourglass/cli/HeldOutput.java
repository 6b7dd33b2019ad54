package dev.hourglass.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What a command prints, held until it has finished. Kept as a list of small strings rather than one growing buffer:
 * the JSON of a million accounts is 800 MB, and a buffer doubling towards that copied it over and over and held
 * twice its size (strings of plain text take one byte a character).
 */
final class HeldOutput extends Writer {
    private static final int CHUNK = 64 * 1024;
    private final List<String> chunks = new ArrayList<>();
    private final char[] pending = new char[CHUNK];
    private int pendingLength;

    /**
     * Runs a command with what it prints held, then passed on to {@code out} unless it failed on bad input: a failure
     * half-way (an unreadable row, a figure that cannot be computed) must not leave half a JSON document on stdout.
     */
    static int run(ToIntFunction<PrintWriter> command, PrintWriter out, PrintWriter err) {
        HeldOutput held = new HeldOutput();
        int code = command.applyAsInt(new PrintWriter(held));
        if (code != HourglassCli.BAD_INPUT) {
            held.passOn(out);
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void write(char[] text, int offset, int length) {
        while (length > 0) {
            int taken = Math.min(length, CHUNK - pendingLength);
            System.arraycopy(text, offset, pending, pendingLength, taken);
            pendingLength += taken;
            offset += taken;
            length -= taken;
            if (pendingLength == CHUNK) {
                keepPending();
            }
        }
    }

    /** Writes everything held so far to {@code out}, in the order it was written. */
    void passOn(PrintWriter out) {
        keepPending();
        for (String chunk : chunks) {
            out.write(chunk);
        }
    }

    private void keepPending() {
        if (pendingLength > 0) {
            chunks.add(new String(pending, 0, pendingLength));
            pendingLength = 0;
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
