package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.FieldParsers;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code pipeline FILE --from DATE --to DATE --target AMOUNT [--json]}, in any order, each once, run without picocli
 * ({@link DirectCommand}): the shape of a plain pipeline run, with every other option at its default.
 */
final class DirectPipeline extends DirectCommand {
    private static final String NAME = "pipeline";
    private static final int MOST_ARGUMENTS = 9;
    private final PipelineCommand command;
    private final Period period;
    private final PipelineSettings settings;

    private DirectPipeline(PipelineCommand command, Period period, PipelineSettings settings) {
        super(NAME);
        this.command = command;
        this.period = period;
        this.settings = settings;
    }

    /** The command these arguments ask for, when they are the plain shape and picocli would take every value. */
    static Optional<DirectCommand> command(String[] args) {
        if (args.length < 8 || args.length > MOST_ARGUMENTS || !args[0].equals(NAME)) {
            return Optional.empty();
        }
        String file = null;
        String from = null;
        String to = null;
        String target = null;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length && isPlainValue(args[i + 1]);
            if (arg.equals("--json") && !json) {
                json = true;
            } else if (arg.equals("--from") && from == null && hasValue) {
                from = args[++i];
            } else if (arg.equals("--to") && to == null && hasValue) {
                to = args[++i];
            } else if (arg.equals("--target") && target == null && hasValue) {
                target = args[++i];
            } else if (file == null && isPlainValue(arg)) {
                file = arg;
            } else {
                return Optional.empty();
            }
        }
        if (file == null || from == null || to == null || target == null) {
            return Optional.empty();
        }
        try {
            // picocli's conversions: LocalDate.parse for dates, Double.valueOf for numbers, Path.of for paths
            Period period = new Period(isoDate(from), isoDate(to));
            PipelineSettings settings = PipelineSettings.defaults(Double.valueOf(target));
            return Optional.of(new DirectPipeline(PipelineCommand.of(Path.of(file), json), period, settings));
        } catch (DateTimeParseException | NumberFormatException | InvalidPathException | InvalidInputException e) {
            return Optional.empty(); // picocli words the usage error
        }
    }

    /**
     * {@link LocalDate#parse} of a date: YYYY-MM-DD read here, anything else by the JDK. The JDK's parse first builds
     * its formatters, 8-13 ms of a run, which nothing else in a plain run needs.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = FieldParsers.digits(text, 0, 4);
            int month = FieldParsers.digits(text, 5, 7);
            int day = FieldParsers.digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // no such day: LocalDate.parse says so in its own words
                }
            }
        }
        return LocalDate.parse(text);
    }

    @Override
    int runCommand(PrintWriter out, PrintWriter err) throws BadInputException, WorkbookException {
        return command.run(period, settings, OddsSimulation.DEFAULT_RUNS, out, err);
    }
}
