package dev.hourglass.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code cohorts FILE} and {@code cohorts FILE --json} (either order) run without picocli. Building picocli's model
 * of even one command costs about a fifth of a second before the first row is read — its classes are too old for
 * the class-data archive, and it reflects over every option — which is a quarter of a million-row {@code cohorts}
 * run. Only these two shapes, whose meaning leaves nothing to decide, are taken here; everything else (any other
 * option, help, a value that looks like an option or an {@code @file}, a repeated argument) goes through picocli as
 * before, so usage errors and their messages stay picocli's.
 */
final class DirectCohorts {
    private static final String NAME = "cohorts";
    private static final String JSON = "--json";

    private DirectCohorts() {
    }

    /** The command these arguments ask for, when they are one of the two plain shapes. */
    static Optional<CohortsCommand> command(String[] args) {
        if (args.length < 2 || args.length > 3 || !args[0].equals(NAME)) {
            return Optional.empty();
        }
        String file = null;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(JSON) && !json) {
                json = true;
            } else if (file == null && isPlainValue(arg)) {
                file = arg;
            } else {
                return Optional.empty();
            }
        }
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CohortsCommand.of(Path.of(file), json));
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli words the conversion error
        }
    }

    /** A positional value picocli reads as it is: not empty, not an option, not an argument file. */
    private static boolean isPlainValue(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }

    /** Runs the command as picocli would: its exit code, and a failure worded as {@link HourglassCli} words it. */
    static int run(CohortsCommand command, PrintWriter out, PrintWriter err) {
        try {
            return command.run(out, err);
        } catch (Exception e) {
            return HourglassCli.failed(e, "hourglass " + NAME, err);
        }
    }
}
