package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** {@code cohorts FILE} and {@code cohorts FILE --json} (either order), run without picocli ({@link DirectCommand}). */
final class DirectCohorts extends DirectCommand {
    private static final String NAME = "cohorts";
    private static final String JSON = "--json";
    private final CohortsCommand command;

    private DirectCohorts(CohortsCommand command) {
        super(NAME);
        this.command = command;
    }

    /** The command these arguments ask for, when they are one of the two plain shapes. */
    static Optional<DirectCommand> command(String[] args) {
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
            return Optional.of(new DirectCohorts(CohortsCommand.of(Path.of(file), json)));
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli words the conversion error
        }
    }

    @Override
    int runCommand(PrintWriter out, PrintWriter err) throws BadInputException, WorkbookException {
        return command.run(out, err);
    }
}
