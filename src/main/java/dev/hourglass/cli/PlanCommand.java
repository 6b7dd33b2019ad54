package dev.hourglass.cli;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.PlanData;
import dev.hourglass.app.RevenuePlans;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.io.json.PlanJson;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.PlanVersion;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The revenue plan month by month (forecast.md §4): from a target ending ARR or growth back "
                + "through new ARR, bookings, the pipeline to create a sales cycle ahead, SALs, SQLs, MQLs and leads per "
                + "source, the acquisition and post-sale spend and the sellers — or forward from a budget to the ARR it "
                + "buys. Towards a target, new ARR grows with the ARR base: each month books the same share of its "
                + "opening ARR, so ARR grows by the same percentage every month and the last month closes exactly at "
                + "the target (the same new ARR every month when the plan opens at 0 ARR); a budget is spent evenly "
                + "and buys the same new ARR every month. With a workbook, the rates are measured from its newest deals, leads and ledger; the notes say "
                + "where each came from.",
            "--actuals sets each month's actual ARR bridge and bookings beside the plan, with the variance, and "
                + "re-forecasts the months after the last actual (§5). --save keeps the plan in the workbook as a named "
                + "version, --versions lists them, --against compares the actuals with one.",
            "Exit codes: 0 ok, 1 bad input (the message names the file or the input), 2 bad usage."})
final class PlanCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO|WORKBOOK#Name",
            description = "A scenario file, a workbook's scenario (its data is measured), or with --versions a workbook.")
    private String source;

    @Option(names = "--months", paramLabel = "M", description = "Months to plan, 12 to 36.")
    private Integer months;

    @Option(names = "--start", paramLabel = "YYYY-MM",
            description = "The first month (default: the month after the workbook ledger's last month, else this month).")
    private String start;

    @Option(names = "--target-arr", paramLabel = "X", description = "The ARR the last month closes at.")
    private Double targetArr;

    @Option(names = "--growth", paramLabel = "G", description = "Growth of ARR over the plan: 0.4 or 40%%.")
    private String growth;

    @Option(names = "--budget", paramLabel = "X",
            description = "Acquisition budget of the whole plan, spent evenly: the ARR it buys.")
    private Double budget;

    @Option(names = "--actuals", description = "Actuals, variance and re-forecast from the workbook's ledger and deals.")
    private boolean actuals;

    @Option(names = "--save", paramLabel = "NAME", description = "Keep the plan in the workbook under this name.")
    private String saveAs;

    @Option(names = "--against", paramLabel = "NAME",
            description = "With --actuals: compare with this saved plan version instead of a fresh plan.")
    private String against;

    @Option(names = "--versions", description = "List the plan versions saved in the workbook.")
    private boolean versions;

    @Option(names = "--json", description = "Print JSON (forecast.md §4; 12 significant digits) instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        PrintWriter out = spec.commandLine().getOut();
        if (versions) {
            return listVersions(out);
        }
        boolean inWorkbook = ScenarioSources.workbookName(source).isPresent();
        Optional<PlanGoal> goal = goal();
        YearMonth first = start == null ? null : startMonth();
        if (against != null) {
            if (goal.isPresent() || months != null || first != null) {
                throw usage("--against compares with the saved plan as it was: leave out --months, --start, "
                        + "--target-arr, --growth and --budget");
            }
            if (!actuals) {
                throw usage("--against compares a saved plan with the actuals: add --actuals");
            }
        } else {
            if (months == null) {
                throw usage("Missing required option: '--months=M'");
            }
            if (months < PlanInputs.MIN_MONTHS || months > PlanInputs.MAX_MONTHS) {
                throw usage("--months must be " + PlanInputs.MIN_MONTHS + " to " + PlanInputs.MAX_MONTHS + ", got "
                        + months);
            }
            if (goal.isEmpty()) {
                throw usage("say what the plan is for: --target-arr X, --growth G or --budget X");
            }
        }
        if ((actuals || saveAs != null || against != null) && !inWorkbook) {
            throw usage((saveAs != null ? "--save" : actuals ? "--actuals" : "--against")
                    + " needs a workbook's scenario: WORKBOOK.hourglass#Name");
        }
        Scenario scenario = ScenarioSources.read(source);
        PlanData data = PlanData.NONE;
        PlanReport report;
        Optional<List<ComparedMonth>> compared = Optional.empty();
        if (inWorkbook) {
            Path file = ReadableFiles.readable(workbookFile());
            try (Workbook workbook = saveAs != null ? Workbook.open(file, JsonScenarioCodec.INSTANCE)
                    : Workbooks.openReadOnly(file, spec.commandLine().getErr())) {
                data = PlanData.newestOf(workbook);
                if (actuals && data.ledger().isEmpty()) {
                    throw new BadInputException(file.getFileName() + " holds no imported ledger to take the actuals "
                            + "from (import one with import-data WORKBOOK LEDGER.csv)");
                }
                report = against != null ? workbook.planVersion(against).report() : plan(scenario, data, first, goal.get());
                if (saveAs != null) {
                    workbook.savePlanVersion(saveAs, scenario.name(), report);
                }
            }
        } else {
            report = plan(scenario, data, first, goal.get());
        }
        if (actuals) {
            compared = Optional.of(RevenuePlans.againstActuals(report, data));
        }
        if (json) {
            PlanJson.write(scenario.name(), scenario.currency(), Optional.ofNullable(against), report, compared,
                    PlanNoteWords::of, out);
            out.println();
        } else {
            PlanText text = new PlanText(scenario.currency());
            text.print(scenario.name(), report, out);
            compared.ifPresent(c -> text.printActuals(against, c, out));
            if (saveAs != null) {
                out.println();
                out.println("Saved as plan version '" + saveAs + "' in " + workbookFile().getFileName() + ".");
            }
        }
        out.flush();
        return HourglassCli.OK;
    }

    private PlanReport plan(Scenario scenario, PlanData data, YearMonth first, PlanGoal goal) throws BadInputException {
        YearMonth from = first != null ? first : RevenuePlans.defaultStart(data, YearMonth.now());
        try {
            return RevenuePlans.plan(scenario, data, from, months, goal);
        } catch (InvalidInputException e) {
            throw new BadInputException(sourceName() + ": " + e.getMessage(), e);
        }
    }

    private int listVersions(PrintWriter out) throws BadInputException, WorkbookException {
        if (!Workbooks.isWorkbook(Path.of(source))) {
            throw usage("--versions lists a workbook's plan versions: give WORKBOOK.hourglass");
        }
        Path file = ReadableFiles.readable(Path.of(source));
        List<PlanVersion> saved;
        try (Workbook workbook = Workbooks.openReadOnly(file, spec.commandLine().getErr())) {
            saved = workbook.planVersions();
        }
        PlanText.printVersions(saved, json, out);
        out.flush();
        return HourglassCli.OK;
    }

    private Optional<PlanGoal> goal() {
        int given = (targetArr != null ? 1 : 0) + (growth != null ? 1 : 0) + (budget != null ? 1 : 0);
        if (given > 1) {
            throw usage("give one of --target-arr, --growth and --budget");
        }
        try {
            if (targetArr != null) {
                return Optional.of(new PlanGoal.TargetArr(targetArr));
            }
            if (growth != null) {
                return Optional.of(new PlanGoal.Growth(growthShare()));
            }
            if (budget != null) {
                return Optional.of(new PlanGoal.Budget(budget));
            }
        } catch (InvalidInputException e) {
            throw usage("--" + (targetArr != null ? "target-arr" : growth != null ? "growth" : "budget") + ": "
                    + e.getMessage());
        }
        return Optional.empty();
    }

    private double growthShare() {
        String text = growth.strip();
        try {
            return text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw usage("--growth must be a share (0.4) or a percentage (40%), got '" + growth + "'");
        }
    }

    private YearMonth startMonth() {
        try {
            return YearMonth.parse(start);
        } catch (DateTimeParseException e) {
            throw usage("--start must be a month as YYYY-MM, got '" + start + "'");
        }
    }

    private Path workbookFile() {
        int hash = source.indexOf(Workbook.EXTENSION + "#");
        return Path.of(source.substring(0, hash + Workbook.EXTENSION.length()));
    }

    private String sourceName() {
        int hash = source.indexOf(Workbook.EXTENSION + "#");
        return ScenarioSources.workbookName(source).map(w -> source.substring(hash + Workbook.EXTENSION.length() + 1)
                        + " in " + w)
                .orElse(String.valueOf(Path.of(source).getFileName()));
    }

    private RuntimeException usage(String message) {
        return UsageError.of(spec, message);
    }
}
