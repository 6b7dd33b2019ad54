package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A command line of a plain shape, run without picocli. Building picocli's model of even one command costs about a
 * fifth of a second before the first row is read — its classes are too old for the class-data archive, and it
 * reflects over every option — which is a sixth to a quarter of a million-row {@code pipeline} or {@code cohorts}
 * run. Only shapes whose meaning leaves nothing to decide are taken here; everything else (any other option, help, a
 * value that looks like an option or an {@code @file}, a repeated argument, a value picocli would refuse) goes
 * through picocli as before, so usage errors and their messages stay picocli's.
 */
public abstract class DirectCommand {
    private final String name;

    DirectCommand(String name) {
        this.name = name;
    }

    /** The command these arguments ask for, when they are one of the plain shapes. */
    static Optional<DirectCommand> of(String[] args) {
        Optional<DirectCommand> cohorts = DirectCohorts.command(args);
        return cohorts.isPresent() ? cohorts : DirectPipeline.command(args);
    }

    /**
     * Runs a command line of a plain shape, printing to standard output and error as {@link HourglassCli#run(String[])}
     * does; empty, having done nothing, for any other command line. This path loads no picocli class: picocli's are
     * too old for the class-data archive, so one of them opens the 25,000-entry jar (10-20 ms).
     */
    public static OptionalInt runPlain(String[] args) {
        Optional<DirectCommand> direct = of(args);
        if (direct.isEmpty()) {
            return OptionalInt.empty();
        }
        WarmUp.start();
        PrintWriter err = standardErr();
        return OptionalInt.of(HeldOutput.run(held -> direct.get().run(held, err), standardOut(), err));
    }

    static PrintWriter standardOut() {
        return new PrintWriter(System.out, false);
    }

    static PrintWriter standardErr() {
        return new PrintWriter(System.err, true);
    }

    /** Runs the command as picocli would: its exit code, and a failure worded as {@link HourglassCli} words it. */
    final int run(PrintWriter out, PrintWriter err) {
        try {
            return runCommand(out, err);
        } catch (Exception e) {
            return HourglassCli.failed(e, "hourglass " + name, err);
        }
    }

    abstract int runCommand(PrintWriter out, PrintWriter err) throws BadInputException, WorkbookException;

    /** A value picocli reads as it is: not empty, not an option, not an argument file. */
    static boolean isPlainValue(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }
}
