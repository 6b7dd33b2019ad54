package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line of cli.md. Exit codes: 0 success, 1 bad input (a message on stderr naming the
 * file, line and column), 2 bad usage.
 */
@Command(name = "hourglass", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Revenue planning from the command line. Without a command, java -jar hourglass.jar opens the desktop app.",
        subcommands = {CalcCommand.class, CompareCommand.class, ReportCommand.class, SensitivityCommand.class, AccountsCommand.class,
            DataTableCommand.class, GoalSeekCommand.class, PipelineCommand.class, PlanCommand.class, BacktestCommand.class, CohortsCommand.class, FunnelCommand.class, ListCommand.class,
            ExportCommand.class, ImportCommand.class, ImportDataCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class})
public final class HourglassCli implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int BAD_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static int run(String[] args) {
        return run(args, DirectCommand.standardOut(), DirectCommand.standardErr());
    }

    /**
     * Runs a command. What it prints is held until it has finished and passed on only when it succeeded: a failure
     * half-way (an unreadable row, a figure that cannot be computed) must not leave half a JSON document on stdout.
     * ({@code generate} writes its millions of rows straight to standard output: it computes no figure.)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Optional<DirectCommand> direct = DirectCommand.of(args);
        return HeldOutput.run(held -> direct.isPresent() ? direct.get().run(held, err) : execute(args, held, err),
                out, err);
    }

    private static int execute(String[] args, PrintWriter held, PrintWriter err) {
        CommandLine cli = commandLineFor(args);
        cli.setOut(held);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(HourglassCli::failed);
        return cli.execute(args);
    }

    /**
     * The command tree for these arguments. picocli models every option of every command it is given, which costs a
     * third of a second and loads the PDF library for {@code report}'s options; a run of one sub-command needs only
     * that one, under the same top-level name (so usage, errors and exit codes read the same). Help and unknown
     * commands get the whole tree.
     */
    static CommandLine commandLineFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : HourglassCli.class.getAnnotation(Command.class).subcommands()) {
                Command annotation = command.getAnnotation(Command.class);
                if (annotation.name().equals(args[0]) && command != CommandLine.HelpCommand.class) {
                    CommandLine top = new CommandLine(new OneCommand());
                    top.addSubcommand(annotation.name(), instance(command));
                    return top;
                }
            }
        }
        return new CommandLine(new HourglassCli());
    }

    private static Object instance(Class<?> command) {
        try {
            return CommandLine.defaultFactory().create(command);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + command.getSimpleName(), e);
        }
    }

    /** The top level when one sub-command runs: the same name as the whole tree's, nothing else. */
    @Command(name = "hourglass")
    static final class OneCommand implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a sub-command always follows");
        }
    }

    /**
     * A command's failure: bad input, a workbook that cannot be used or a file that cannot be written is the user's
     * to fix, so it prints {@code hourglass <command>: <message>}; anything else is a bug, printed as one.
     * {@code commandLine} is the command that failed (the subcommand's, not the top level's).
     */
    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return failed(e, commandLine.getCommandSpec().qualifiedName(), commandLine.getErr());
    }

    /** {@code command}: the command's qualified name, e.g. {@code hourglass cohorts}. */
    static int failed(Exception e, String command, PrintWriter err) {
        if (e instanceof BadInputException || e instanceof WorkbookException || e instanceof CannotWriteException) {
            err.println(command + ": " + e.getMessage());
        } else {
            err.println("hourglass: unexpected error: " + e);
        }
        return BAD_INPUT;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: calc, compare, report, sensitivity, goal-seek, pipeline, plan, cohorts, funnel, list, export, import, import-data or generate");
    }
}
