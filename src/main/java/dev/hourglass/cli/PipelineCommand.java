package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.model.figures.Unit;
import dev.hourglass.app.DataImports;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.app.PeriodOdds;
import dev.hourglass.app.WorkbookSnapshots;
import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.forecast.OddsLearner;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.forecast.PriorStates;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.json.PipelineResultJson;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.pipeline.AmountCount;
import dev.hourglass.model.pipeline.ConversionRates;
import dev.hourglass.model.pipeline.CoverageBasis;
import dev.hourglass.io.words.DiagnosisWords;
import dev.hourglass.io.words.PipelineWarningWords;
import dev.hourglass.model.pipeline.DiagnosisFinding;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.pipeline.PipelineWarning;
import dev.hourglass.model.pipeline.SalesMotion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Close and win rates, coverage, forecasts and a diagnosis for one period from a CRM deal export "
                + "(metrics.md §4).",
            "Columns: id, amount, stage, closeDate, outcome, segment, competitor, owner, team, source, "
                + "originalCloseDate, createdDate, include, listPrice (docs/mapping.md renames them); without an "
                + "outcome column the stage column says Won or Lost.",
            "Exit codes: 0 ok, 1 bad input (the message names the file, line and column), 2 bad usage."})
final class PipelineCommand implements Callable<Integer> {
    private static final String CURRENCY = "";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEALS.csv|WORKBOOK.hourglass",
            description = "Deals, one per row (',' ';' or tab separated), or a workbook holding imported deals.")
    private Path file;

    @Option(names = "--data", paramLabel = "NAME",
            description = "With a workbook: the imported deals to use (default: the latest import).")
    private String dataName;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period (included).")
    private LocalDate to;

    @Option(names = "--target", required = true, paramLabel = "AMOUNT", description = "Bookings target of the period.")
    private double target;

    @Option(names = "--mapping", paramLabel = "MAP.json", description = "Column, outcome and stage mapping (docs/mapping.md).")
    private Path mapping;

    @Mixin
    private LookupFiles lookups = new LookupFiles();

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of an xlsx file to read (default: the first; overrides the mapping's \"sheet\").")
    private String sheet;

    @Option(names = "--coverage-basis", paramLabel = "BASIS", defaultValue = "CLOSE_RATE",
            description = "Required coverage = 1 / this rate: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private CoverageBasis coverageBasis;

    @Option(names = "--coverage-floor", paramLabel = "TIMES", defaultValue = "3",
            description = "Required coverage = max(this floor, 1 / close rate) (default ${DEFAULT-VALUE}, the rule of "
                    + "thumb; 0 to follow the close rate alone).")
    private double coverageFloor;

    @Option(names = "--motion", paramLabel = "MOTION", defaultValue = "ENTERPRISE",
            description = "Coverage the diagnosis judges: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private SalesMotion motion;

    @Option(names = "--expected-creation", paramLabel = "AMOUNT", defaultValue = "0",
            description = "Pipeline expected to be created and closed within the period (SMB coverage and forecast).")
    private double expectedCreation;

    @Option(names = "--odds", description = "Add the odds of the period: a seeded Monte Carlo over its open deals, each "
            + "won with a probability learned from the closed deals (forecast.md §1).")
    private boolean odds;

    @Option(names = "--runs", paramLabel = "N", description = "With --odds: Monte Carlo runs (default 10000).")
    private Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "With --odds: the random seed; the same seed gives the "
            + "same figures (default 1).")
    private Long seed;

    @Option(names = "--json", description = "Print JSON (12 significant digits; keys as in metrics.md) instead of a table.")
    private boolean json;

    /** The plain shape {@link DirectPipeline} runs without picocli: a file, the period and the target. */
    static PipelineCommand of(Path file, boolean json) {
        PipelineCommand command = new PipelineCommand();
        command.file = file;
        command.json = json;
        return command;
    }

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        Period period;
        PipelineSettings settings;
        try {
            period = new Period(from, to);
            settings = PipelineSettings.defaults(target).withCoverageBasis(coverageBasis).withMotion(motion)
                    .withExpectedCreation(expectedCreation).withCoverageFloor(coverageFloor);
        } catch (InvalidInputException e) {
            throw UsageError.of(spec, e.getMessage());
        }
        if (!odds && (runs != null || seed != null)) {
            throw UsageError.of(spec, "--runs and --seed apply with --odds only");
        }
        int oddsRuns = runs != null ? runs : OddsSimulation.DEFAULT_RUNS;
        if (oddsRuns < 1 || oddsRuns > OddsSimulation.MAX_RUNS) {
            throw UsageError.of(spec, "--runs must be between 1 and " + OddsSimulation.MAX_RUNS + ", got " + oddsRuns);
        }
        return run(period, settings, oddsRuns, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the analysis once the options are known to make sense. */
    Integer run(Period period, PipelineSettings settings, int oddsRuns, PrintWriter out, PrintWriter err)
            throws BadInputException, WorkbookException {
        file = ReadableFiles.readable(file);
        OddsLearner learner = null;
        StageSetup stages;
        long rowsRead;
        RowProblems problems;
        Optional<DealsCsvReader.Filled> filled;
        List<Detection> detections;
        String sourceFile;
        PipelineAnalysis.Accumulator analysis;
        if (Workbooks.isWorkbook(file)) {
            lookups.refuseForWorkbook(spec);
            try (Workbook workbook = Workbooks.openReadOnly(file, err)) {
                Dataset deals = DatasetChoice.named(workbook, String.valueOf(file.getFileName()), Dataset.Kind.DEALS, dataName,
                        "import them with import-data WORKBOOK DEALS.csv --kind deals");
                stages = workbook.stageSetup(deals.id());
                analysis = new PipelineAnalysis.Accumulator(stages, period, settings);
                if (odds) {
                    WorkbookSnapshots snapshots = WorkbookSnapshots.upTo(workbook, deals);
                    learner = PeriodOdds.learner(snapshots, snapshots.dates().size() - 1, period, null, settings);
                }
                workbook.readDeals(deals.id(), learner == null ? analysis : analysis.andThen(learner));
                ImportReport report = DataImports.reportOf(deals);
                rowsRead = report.rowsRead();
                problems = report.excluded();
                detections = report.detections();
                sourceFile = report.sourceFile();
                filled = deals.report().isEmpty() ? Optional.empty() : Optional.of(new DealsCsvReader.Filled(
                        report.filled().getOrDefault(DataImports.AMOUNT_FROM_LIST_PRICE, 0L),
                        report.filled().getOrDefault(DataImports.AMOUNT_BLANK, 0L)));
            }
        } else {
            ExportRecognition.Reading reading = lookups.joined(ExportRecognition.reading(file, mapping, sheet), file,
                    ImportKind.DEALS, mapping != null);
            ImportMapping dealMapping = reading.mapping();
            stages = dealMapping.stageSetup();
            analysis = new PipelineAnalysis.Accumulator(stages, period, settings);
            if (odds) {
                learner = new OddsLearner(stages, period, DataImports.lastModifiedDay(file), null, PriorStates.none(),
                        settings);
            }
            DealsCsvReader.Summary read = DealsCsvReader.read(file, dealMapping,
                    learner == null ? analysis : analysis.andThen(learner));
            stages = read.stageSetup();
            rowsRead = read.rowsRead();
            problems = read.problems();
            filled = Optional.of(read.filled());
            sourceFile = String.valueOf(file.getFileName());
            detections = ExportRecognition.withDetections(DataImports.reportOf(sourceFile, read), reading).detections();
        }
        ProblemReport.print("pipeline", String.valueOf(file.getFileName()), problems, err);
        PipelineResult result = analysis.result();
        Optional<Odds> periodOdds = learner == null ? Optional.empty()
                : Optional.of(OddsSimulation.run(learner.result(), oddsRuns, seed != null ? seed : OddsSimulation.DEFAULT_SEED,
                        settings.target()));
        String salStage = stages.salStage();
        if (json) {
            PipelineResultJson.write(result, problems, rowsRead, salStage, filled, detections, periodOdds, out);
            out.println();
            out.flush();
        } else {
            print(result, rowsRead, problems, filled, salStage, fileWarnings(detections), out);
            periodOdds.ifPresent(o -> OddsText.print(o, out));
            ImportReportText.printDetectionsAfter(sourceFile,
                    Detection.english(Detection.readingsAmong(detections)), out);
            out.flush();
        }
        return HourglassCli.OK;
    }

    /** What the reading of the file found that makes figures mislead, in the words the Warnings list them in. */
    private static List<String> fileWarnings(List<Detection> detections) {
        return Detection.english(Detection.warningsAmong(detections));
    }

    private static void print(PipelineResult r, long rowsRead, RowProblems problems,
                              Optional<DealsCsvReader.Filled> filled, String salStage, List<String> fileWarnings,
                              PrintWriter out) {
        TextTable t = new TextTable();
        t.section("Pipeline " + r.period().start() + " to " + r.period().end() + ", target " + TEXT.fixed(r.target(), 0));
        ConversionRates rates = r.rates();
        t.row("Won", amountCount(rates.won()));
        t.row("Lost to competition", amountCount(rates.lostCompetition()));
        t.row("Lost to no decision", amountCount(rates.lostNoDecision()));
        t.row("Slipped out of the period", rates.slippedIfMeasured().map(PipelineCommand::amountCount).orElse("no data"));
        t.row("Close rate (amount / count)", TEXT.percent(rates.closeRate()) + " / " + TEXT.percent(rates.closeRateByCount()));
        t.row("Slippage-adjusted close rate", TEXT.percent(rates.slippageAdjustedCloseRate()) + " / "
                + TEXT.percent(rates.slippageAdjustedCloseRateByCount()));
        t.row("Win rate (amount / count)", TEXT.percent(rates.winRate()) + " / " + TEXT.percent(rates.winRateByCount()));
        t.section("Coverage and forecast");
        t.row("Required coverage: max(floor, 1 / close rate)", coverage(r.requiredCoverage()));
        t.row("  1 / close rate", coverage(r.coverageFromCloseRate()));
        t.row("  Coverage floor", coverage(OptionalDouble.of(r.coverageFloor())));
        t.row("Enterprise coverage", coverage(OptionalDouble.of(r.enterpriseCoverage())));
        t.row("SMB coverage", coverage(OptionalDouble.of(r.smbCoverage())));
        for (ForecastCategory c : List.of(ForecastCategory.COMMIT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE)) {
            t.row("Open " + c.label(), amountCount(r.open(c)));
        }
        t.row("Open without a close date (in no period)", amountCount(r.openWithoutCloseDate()));
        t.row("Forecast (in-blood)", TEXT.fixed(r.forecast(), 0));
        t.row("Upside", TEXT.fixed(r.upside(), 0));
        t.row("SMB forecast", TEXT.fixed(r.smbForecast(), 0));
        t.section("Deals");
        t.row("Rows read", TEXT.fixed(rowsRead, 0));
        t.row("Analysed", TEXT.fixed(r.dealsAnalysed(), 0));
        t.row("Never reached the SAL stage (" + salStage + ")", TEXT.fixed(r.excludedBeforeSal(), 0));
        t.row("Rows left out (see stderr)", TEXT.fixed(problems.total(), 0));
        filled.ifPresent(f -> t.row("Amount from the list price", TEXT.fixed(f.amountFromListPrice(), 0)));
        t.print(out);
        if (!r.warnings().isEmpty() || !fileWarnings.isEmpty()) {
            out.println();
            out.println("Warnings");
            for (PipelineWarning w : r.warnings()) {
                out.println("  " + PipelineWarningWords.english(w));
            }
            fileWarnings.forEach(w -> out.println("  " + w));
        }
        out.println();
        out.println("Diagnosis");
        for (DiagnosisFinding f : r.diagnosis()) {
            out.println("  " + f.finding().label() + ": " + DiagnosisWords.english(f.reason()));
            out.println("    " + f.finding().advice());
        }
        for (Dimension d : Dimension.values()) {
            out.println();
            out.println("By " + d.key());
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("  " + d.label(), "Won", "Closed", "Close rate", "Win rate", "Slipped"));
            for (Map.Entry<String, ConversionRates> e : r.breakdowns().get(d).entrySet()) {
                ConversionRates v = e.getValue();
                table.add(List.of("  " + e.getKey(), TEXT.fixed(v.won().amount(), 0), TEXT.fixed(v.closedAmount(), 0),
                        TEXT.percent(v.closeRate()), TEXT.percent(v.winRate()),
                        v.slippedIfMeasured().map(s -> TEXT.fixed(s.amount(), 0)).orElse("no data")));
            }
            TextTable.printColumns(out, table);
        }
    }

    private static String amountCount(AmountCount value) {
        return TEXT.fixed(value.amount(), 0) + CURRENCY + " in " + value.count() + " deal" + (value.count() == 1 ? "" : "s");
    }

    /** Coverage with two decimals, as the diagnosis words it ("1.80× is below the 3.00× required"). */
    private static String coverage(OptionalDouble ratio) {
        return ratio.isPresent() ? TEXT.format(Unit.MULTIPLE, 2, ratio.getAsDouble()) : TEXT.noData();
    }
}
