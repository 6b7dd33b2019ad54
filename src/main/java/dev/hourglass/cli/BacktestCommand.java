package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.app.Backtests;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.WorkbookSnapshots;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.io.json.BacktestJson;
import dev.hourglass.model.forecast.BacktestPeriod;
import dev.hourglass.model.forecast.OddsCalibration;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Were the odds of past periods right? For each month or quarter between the workbook's imports "
                + "of one deals source (snapshots), the odds as of its first day — from the latest import taken on or "
                + "before it, learning only from deals closed before that day — against what closed won in it by the "
                + "latest import (forecast.md §2).",
            "Calibration: how often the actual fell below P10, P50 and P90; the method is called not calibrated when "
                + "one of these counts lies outside the central 90 %% of its binomial distribution (README, Odds of a period and the backtest).",
            "Exit codes: 0 ok, 1 bad input (the message names the file), 2 bad usage."})
final class BacktestCommand implements Callable<Integer> {
    enum Length { quarter, month }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK.hourglass",
            description = "A workbook holding several imports of the same deals export, taken on different days.")
    private Path file;

    @Option(names = "--period", required = true, paramLabel = "LENGTH", description = "${COMPLETION-CANDIDATES}.")
    private Length length;

    @Option(names = "--data", paramLabel = "NAME",
            description = "An import of the deals source to test (default: the latest import); all imports from a file "
                    + "of the same name are its snapshots.")
    private String dataName;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Test only periods starting on or after this day.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Test only periods ending on or before this day.")
    private LocalDate to;

    @Option(names = "--target", paramLabel = "AMOUNT",
            description = "Bookings target of each period: adds each period's probability of reaching it and the "
                    + "Brier score of \"target reached\".")
    private Double target;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10000",
            description = "Monte Carlo runs per period (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print JSON (forecast.md §2) instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        if (runs < 1 || runs > OddsSimulation.MAX_RUNS) {
            throw UsageError.of(spec, "--runs must be between 1 and " + OddsSimulation.MAX_RUNS + ", got " + runs);
        }
        if (target != null && !(target > 0 && target < Double.POSITIVE_INFINITY)) {
            throw UsageError.of(spec, "--target must be a positive amount, got " + target);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw UsageError.of(spec, "--to " + to + " is before --from " + from);
        }
        file = ReadableFiles.readable(file);
        if (!Workbooks.isWorkbook(file)) {
            throw new BadInputException(file.getFileName() + " is not a workbook: backtest needs a workbook holding "
                    + "several imports of the same deals export (import-data WORKBOOK DEALS.csv --as-of DATE)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OptionalDouble goal = target == null ? OptionalDouble.empty() : OptionalDouble.of(target);
        Backtests.Backtest backtest;
        try (Workbook workbook = Workbooks.openReadOnly(file, err)) {
            Dataset deals = DatasetChoice.named(workbook, String.valueOf(file.getFileName()), Dataset.Kind.DEALS, dataName,
                    "import them with import-data WORKBOOK DEALS.csv --as-of DATE, once per export");
            WorkbookSnapshots snapshots = WorkbookSnapshots.all(workbook, deals);
            backtest = Backtests.run(snapshots, length == Length.month ? PeriodLength.MONTH : PeriodLength.QUARTER,
                    from, to, PipelineSettings.defaults(target == null ? 1 : target), goal, runs, seed);
        }
        if (json) {
            BacktestJson.write(backtest.periods(), backtest.calibration(), goal.isPresent(), out);
            out.println();
        } else {
            print(backtest, out);
        }
        out.flush();
        return HourglassCli.OK;
    }

    private static void print(Backtests.Backtest backtest, PrintWriter out) {
        boolean withTarget = backtest.target().isPresent();
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("From", "To", "As of", "P10", "P50", "P90", "Actual", "Method"));
        if (withTarget) {
            header.add("P(target)");
        }
        table.add(header);
        for (BacktestPeriod p : backtest.periods()) {
            List<String> row = new ArrayList<>(List.of(p.period().start().toString(), p.period().end().toString(),
                    p.asOf().toString(), TEXT.fixed(p.odds().p10(), 0), TEXT.fixed(p.odds().p50(), 0),
                    TEXT.fixed(p.odds().p90(), 0), TEXT.fixed(p.actual(), 0), p.odds().method().key()));
            if (withTarget) {
                row.add(TEXT.percent(p.odds().probabilityOfTarget()));
            }
            table.add(row);
        }
        if (backtest.periods().isEmpty()) {
            out.println("No period starts after the first snapshot and ends by the latest one: import more exports of "
                    + "the deals source, taken on different days (import-data … --as-of DATE).");
        } else {
            TextTable.printColumns(out, table);
        }
        OddsCalibration c = backtest.calibration();
        out.println();
        TextTable t = new TextTable();
        t.section("Calibration over " + c.periods() + " period" + (c.periods() == 1 ? "" : "s")
                + " (a calibrated method: about 10 % / 50 % / 90 %)");
        t.row("Actual below P10", TEXT.percent(c.belowP10()));
        t.row("Actual below P50", TEXT.percent(c.belowP50()));
        t.row("Actual below P90", TEXT.percent(c.belowP90()));
        if (withTarget) {
            t.row("Brier score of \"target reached\" (0 best)", TEXT.fixed(c.brier(), 3));
        }
        t.print(out);
        out.println();
        out.println(verdictWords(c));
    }

    static String verdictWords(OddsCalibration c) {
        return switch (c.verdict()) {
            case CALIBRATED -> "The odds are calibrated on this data: the actuals fell below P10, P50 and P90 about as "
                    + "often as they should.";
            case NOT_CALIBRATED -> "The odds are NOT calibrated on this data: the actuals fell below P10, P50 or P90 "
                    + "more or less often than chance allows (outside the binomial 90 % interval).";
            case TOO_FEW_PERIODS -> "Too few periods (fewer than " + OddsCalibration.MIN_PERIODS
                    + ") to say whether the odds are calibrated.";
        };
    }
}
