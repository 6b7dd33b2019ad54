package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line of cli.md. Exit codes: 0 success, 1 bad input (a message on stderr naming the
 * file, line and column), 2 bad usage.
 */
@Command(name = "hourglass", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Revenue planning from the command line. Without a command, java -jar hourglass.jar opens the desktop app.",
        subcommands = {CalcCommand.class, CompareCommand.class, ReportCommand.class, SensitivityCommand.class, AccountsCommand.class,
            DataTableCommand.class, GoalSeekCommand.class, PipelineCommand.class, CohortsCommand.class, FunnelCommand.class, ListCommand.class,
            ExportCommand.class, ImportCommand.class, ImportDataCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class})
public final class HourglassCli implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int BAD_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HourglassCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(HourglassCli::failed);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A command's failure: bad input, a workbook that cannot be used or a file that cannot be written is the user's
     * to fix, so it prints {@code hourglass <command>: <message>}; anything else is a bug, printed as one.
     * {@code commandLine} is the command that failed (the subcommand's, not the top level's).
     */
    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof BadInputException || e instanceof WorkbookException || e instanceof CannotWriteException) {
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        } else {
            commandLine.getErr().println("hourglass: unexpected error: " + e);
        }
        return BAD_INPUT;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: calc, compare, report, sensitivity, goal-seek, pipeline, cohorts, funnel, list, export, import, import-data or generate");
    }
}
