package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.app.FiniteTotals;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.app.WorkbookAccounts;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.io.csv.AccountsCsvReader;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.json.AccountsAnalysisJson;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.AccountsModel;
import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.model.accounts.GroupOutcomes;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.MissingIndicators;
import dev.hourglass.model.accounts.PointInTime;
import dev.hourglass.io.words.HealthWords;
import dev.hourglass.model.accounts.PredictorThresholds;
import dev.hourglass.model.accounts.RenewalPeriod;
import dev.hourglass.model.accounts.RenewalPredictor;
import dev.hourglass.model.accounts.RenewalRisk;
import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "accounts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Customer health and attribution (metrics.md §7) from an accounts export or the newest accounts "
                + "imported into a workbook: health scores with reasons, risk bands, the renewal-risk pipeline, which "
                + "indicator predicts renewal, expansion targets, and outcomes by source and campaign.",
            "Exit codes: 0 ok, 1 bad input (the message names the file, line and column), 2 bad usage."})
final class AccountsCommand implements Callable<Integer> {
    private static final int SHOWN = 10;
    private static final int SHOWN_NOTES = 5;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACCOUNTS.csv|WORKBOOK.hourglass",
            description = "An accounts export (',' ';' or tab separated), or a workbook with imported accounts.")
    private Path file;

    @Option(names = "--mapping", paramLabel = "MAP.json", description = "Column renames (docs/mapping.md, \"columns\").")
    private Path mapping;

    @Mixin
    private LookupFiles lookups = new LookupFiles();

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of an xlsx file to read (default: the first; overrides the mapping's \"sheet\").")
    private String sheet;

    @Option(names = "--channels", paramLabel = "SCENARIO",
            description = "A scenario (file, or WORKBOOK.hourglass#Name) whose channels give the spend of each source and "
                    + "campaign by name, for CAC and LTV:CAC.")
    private String channels;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date every figure is as of: churns and renewal outcomes after it are ignored, accounts "
                    + "started after it left out (default: the newest date in the data, its latest start, churn or "
                    + "known renewal).")
    private LocalDate asOf;

    @Option(names = "--margin", defaultValue = "0.8", paramLabel = "M",
            description = "Gross margin for each group's LTV (default ${DEFAULT-VALUE}).")
    private double margin;

    @Option(names = "--weight", paramLabel = "INDICATOR=W", split = ",",
            description = "A health-score weight, e.g. --weight seatUtilisation=30,nps=0 (indicators: activation, "
                    + "timeToFirstValue, adoption, seatUtilisation, supportLoad, stakeholders, nps). A workbook's "
                    + "saved settings (Accounts health view) apply first.")
    private Map<String, Double> weights = new HashMap<>();

    @Option(names = "--green", paramLabel = "SCORE", description = "Green from this score (default 70).")
    private Double green;

    @Option(names = "--yellow", paramLabel = "SCORE", description = "Yellow from this score (default 40).")
    private Double yellow;

    @Option(names = "--predictor", paramLabel = "INDICATOR=T", split = ",",
            description = "A threshold of the 'which indicator predicts renewal' table, e.g. --predictor "
                    + "timeToFirstValue=45,nps=20 (defaults: activation=30 and timeToFirstValue=60 days or fewer, "
                    + "adoption=0.5 and seatUtilisation=0.7 or more, supportLoad=1 ticket per active user or fewer, "
                    + "stakeholders=3 and nps=30 or more).")
    private Map<String, Double> predictorThresholds = new HashMap<>();

    @Option(names = "--expansion-seats", paramLabel = "F",
            description = "Expansion targets: green accounts with seat utilisation at or above this (default 0.9) …")
    private Double expansionSeats;

    @Option(names = "--expansion-adoption", paramLabel = "F",
            description = "… or adoption at or above this (default 0.8).")
    private Double expansionAdoption;

    @Option(names = "--min-outcomes", paramLabel = "N",
            description = "Known renewal outcomes a band needs before its churn probability is measured; fewer and the "
                    + "band's setting is used (default 20).")
    private Integer minimumOutcomes;

    @Option(names = "--json", description = "Print JSON (every §7 output, 12 significant digits) instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        file = ReadableFiles.readable(file);
        Read read = read();
        FiniteTotals.ofAccounts(read.report().sourceFile(), read.accounts());
        HealthSettings settings = settings(read.saved());
        Map<String, Double> spend = new HashMap<>();
        if (channels != null) {
            Scenario scenario = ScenarioSources.read(channels);
            for (ChannelInputs channel : scenario.channels().orElse(List.of())) {
                spend.put(channel.name(), channel.spend());
            }
        }
        LocalDate date = asOf != null ? asOf : WorkbookAccounts.asOf(read.accounts());
        AccountsModel model;
        try {
            model = AccountsModel.of(read.accounts(), settings, spend, spend, margin, date);
        } catch (IllegalArgumentException e) {
            throw UsageError.of(spec, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        String fileName = String.valueOf(file.getFileName());
        if (read.problems() != null) {
            ProblemReport.print("accounts", fileName, read.problems(), spec.commandLine().getErr());
            printNotes(fileName, read.notes(), spec.commandLine().getErr());
        }
        if (json) {
            AccountsAnalysisJson.write(model.analysis(), read.problems() != null ? read.problems()
                    : read.report().excluded(), read.notes() != null ? read.notes() : new RowProblems(fileName),
                    read.rowsRead(), read.report().detectionSentences(), out);
            out.println();
        } else {
            out.println("As of " + date + (asOf != null ? " (--as-of)" : " (the newest date in the data)")
                    + ": churns and renewal outcomes after it are not counted");
            out.println();
            printWarnings(model, out);
            print(model, out);
            ImportReportText.printDetectionsAfter(read.report().sourceFile(), read.report().detectionSentences(), out);
        }
        out.flush();
        return HourglassCli.OK;
    }

    /**
     * The accounts, the rows left out and the values left empty (a CSV), and the health settings saved with them (a
     * workbook).
     */
    private record Read(List<Account> accounts, RowProblems problems, RowProblems notes, long rowsRead,
                        Optional<String> saved, ImportReport report) {
    }

    private Read read() throws BadInputException, WorkbookException {
        if (!file.getFileName().toString().endsWith(Workbook.EXTENSION)) {
            ExportRecognition.Reading reading = lookups.joined(ExportRecognition.reading(file, mapping, sheet), file,
                    ImportKind.ACCOUNTS, mapping != null);
            AccountsCsvReader.Result result = AccountsCsvReader.read(file, reading.mapping());
            return new Read(result.accounts(), result.problems(), result.notes(), result.rowsRead(),
                    Optional.empty(), ExportRecognition.withDetections(
                            DataImports.reportOf(String.valueOf(file.getFileName()), result), reading));
        }
        lookups.refuseForWorkbook(spec);
        try (Workbook workbook = Workbooks.openReadOnly(file, spec.commandLine().getErr())) {
            WorkbookAccounts newest = WorkbookAccounts.newest(workbook, String.valueOf(file.getFileName()));
            return new Read(newest.accounts(), null, null, newest.report().rowsRead(), newest.savedSettings(),
                    newest.report());
        }
    }

    /** The saved settings (or the defaults) with the options' weights and bands; a refused value is bad usage. */
    private HealthSettings settings(Optional<String> saved) {
        try {
            HealthSettings settings = WorkbookAccounts.settings(saved);
            for (Map.Entry<String, Double> weight : weights.entrySet()) {
                Indicator indicator = indicator(weight.getKey());
                settings = settings.withWeight(indicator, weight.getValue());
            }
            if (green != null || yellow != null) {
                settings = settings.withBands(green != null ? green : settings.greenFrom(),
                        yellow != null ? yellow : settings.yellowFrom());
            }
            for (Map.Entry<String, Double> threshold : predictorThresholds.entrySet()) {
                settings = settings.withPredictorThreshold(indicator(threshold.getKey()), threshold.getValue());
            }
            if (expansionSeats != null || expansionAdoption != null) {
                settings = settings.withExpansion(expansionSeats != null ? expansionSeats : settings.expansionSeatFrom(),
                        expansionAdoption != null ? expansionAdoption : settings.expansionAdoptionFrom());
            }
            if (minimumOutcomes != null) {
                settings = settings.withMinimumOutcomes(minimumOutcomes);
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw UsageError.of(spec, e.getMessage());
        }
    }

    private Indicator indicator(String name) {
        for (Indicator indicator : Indicator.values()) {
            if (AccountsAnalysisJson.key(indicator).equalsIgnoreCase(name) || indicator.name().equalsIgnoreCase(name)) {
                return indicator;
            }
        }
        throw UsageError.of(spec, "no indicator " + name + " (indicators: "
                + String.join(", ", Arrays.stream(Indicator.values()).map(AccountsAnalysisJson::key).toList())
                + ")");
    }

    /** What the data lacks or cannot mean, before the tables it affects. */
    private static void printWarnings(AccountsModel a, PrintWriter out) {
        List<String> warnings = new ArrayList<>();
        for (Indicator missing : a.missingIndicators()) {
            warnings.add(MissingIndicators.explain(missing));
        }
        if (!a.impossibleValues().isEmpty()) {
            warnings.add(a.impossibleValues().explain());
        }
        if (a.startedLater() > 0) {
            warnings.add(PointInTime.explainStartedLater(a.startedLater(), a.asOf()));
        }
        warnings.forEach(w -> out.println("Warning: " + w + "."));
        if (!warnings.isEmpty()) {
            out.println();
        }
    }

    /** On stderr, like the rows left out: the values of the file that were left empty (listed under "notes"). */
    private static void printNotes(String fileName, RowProblems notes, PrintWriter err) {
        if (notes.isEmpty()) {
            return;
        }
        err.println("hourglass accounts: " + notes.total() + " value" + (notes.total() == 1 ? "" : "s") + " of "
                + fileName + " noted (listed under \"notes\"):");
        int shown = 0;
        for (RowProblems.Reason reason : notes.reasons()) {
            err.println("  " + reason.count() + " × " + reason.reason());
            for (String example : reason.examples()) {
                if (shown++ < SHOWN_NOTES) {
                    err.println("    " + example);
                }
            }
        }
        err.flush();
    }

    /** Tables of every §7 output; only the accounts listed get their reasons built (200,000 need not). */
    private static void print(AccountsModel a, PrintWriter out) {
        out.println("Health (" + TEXT.fixed(a.accounts().size(), 0) + " accounts, "
                + TEXT.amount(a.bands().totalArr())
                + " ARR now)");
        List<List<String>> bands = new ArrayList<>();
        bands.add(List.of("  Band", "Accounts", "ARR now"));
        for (RiskBand band : RiskBand.values()) {
            bands.add(List.of("  " + band.label(), TEXT.fixed(a.bands().accounts().get(band), 0),
                    TEXT.fixed(a.bands().arr().get(band), 0)));
        }
        TextTable.printColumns(out, bands);

        RenewalRisk risk = a.renewalRisk();
        out.println();
        out.println("Renewal-risk pipeline: " + TEXT.fixed(risk.accounts(), 0) + " open renewals, "
                + TEXT.fixed(risk.pipelineArr(), 0)
                + " ARR, expected churn " + TEXT.fixed(risk.expectedChurnedArr(), 0) + " → expected GRR "
                + TEXT.percent(risk.expectedGrr()));
        List<List<String>> quarters = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("  Quarter", "Accounts"));
        for (RiskBand band : RiskBand.values()) {
            header.add(band.label());
        }
        header.addAll(List.of("ARR", "Expected churn"));
        quarters.add(header);
        for (RenewalPeriod p : risk.byQuarter()) {
            List<String> row = new ArrayList<>(List.of("  " + p.label(), TEXT.fixed(p.accounts(), 0)));
            for (RiskBand band : RiskBand.values()) {
                row.add(TEXT.fixed(p.arrByBand().get(band), 0));
            }
            row.addAll(List.of(TEXT.fixed(p.arr(), 0), TEXT.fixed(p.expectedChurnedArr(), 0)));
            quarters.add(row);
        }
        TextTable.printColumns(out, quarters);
        int minimum = a.settings().minimumOutcomes();
        risk.churnProbabilities().forEach((band, p) -> out.println("  p(churn | " + band.label().toLowerCase(Locale.ROOT)
                + ") = " + TEXT.percent(p.probability()) + (p.measured() ? " measured over " + p.knownOutcomes()
                + " known outcomes" : " (setting: only " + p.knownOutcomes() + " known outcomes, " + minimum
                + " needed)")));

        out.println();
        out.println("Which indicator predicts renewal");
        List<List<String>> predictors = new ArrayList<>();
        predictors.add(List.of("  Indicator", "Meeting", "Renewed", "Not meeting", "Renewed", "Lift", "Meeting means"));
        PredictorThresholds thresholds = a.settings().predictorThresholds();
        for (RenewalPredictor p : a.predictors()) {
            predictors.add(List.of("  " + p.indicator().label(), TEXT.fixed(p.meeting(), 0),
                    TEXT.percent(p.renewalRateMeeting()), TEXT.fixed(p.notMeeting(), 0),
                    TEXT.percent(p.renewalRateNotMeeting()), TEXT.multiple(p.lift()),
                    HealthWords.meaning(p.indicator(), thresholds.value(p.indicator()))));
        }
        printLeft(out, predictors);

        out.println();
        out.println("Most at risk (red customers, largest ARR first)");
        List<List<String>> atRisk = new ArrayList<>();
        atRisk.add(List.of("  Account", "Score", "ARR", "Why"));
        IntStream.range(0, a.accounts().size())
                .filter(i -> a.scores().band(i) == RiskBand.RED && !a.accounts().get(i).churned()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -a.accounts().get(i).arrNow())).limit(SHOWN)
                .map(a::scoredAccount)
                .forEach(s -> atRisk.add(List.of("  " + s.account().account(), TEXT.fixed(s.score(), 0),
                        TEXT.fixed(s.account().arrNow(), 0), String.join("; ", s.reasons().stream().limit(3)
                                .map(HealthWords::reason).toList()))));
        printLeft(out, atRisk);

        out.println();
        out.println("Expansion targets: " + a.expansionTargets().size() + " green accounts with seats used ≥ "
                + TEXT.percent(a.settings().expansionSeatFrom()) + " or adoption ≥ "
                + TEXT.percent(a.settings().expansionAdoptionFrom()) + " (largest " + Math.min(SHOWN,
                a.expansionTargets().size()) + ")");
        a.expansionTargets().stream().limit(SHOWN).forEach(t -> out.println("  " + t.account().account() + "  score "
                + TEXT.fixed(t.score(), 0) + "  ARR " + TEXT.fixed(t.arrNow(), 0) + "  seats used "
                + TEXT.percent(t.seatUtilisation()) + "  adoption " + TEXT.percent(t.adoption())));

        groups(out, "Outcomes by source", a.bySource());
        groups(out, "Outcomes by campaign", a.byCampaign());
    }

    private static void groups(PrintWriter out, String title, List<GroupOutcome> groups) {
        out.println();
        out.println(title + " (ranked by value: LTV:CAC, then LTV where there is no spend; expansion/yr over the "
                + "survivors, accounts a year old and still customers, " + GroupOutcomes.MINIMUM_SURVIVORS + " needed)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("  Group", "Customers", "CAC", "Activated", "Adoption", "12-mo logo retention", "NRR",
                "Expansion ARR", "Per retained", "Survivors", "Expansion/yr", "LTV", "LTV:CAC"));
        for (GroupOutcome g : groups) {
            rows.add(List.of("  " + (g.group().isEmpty() ? "(none)" : g.group()), TEXT.fixed(g.customers(), 0),
                    TEXT.fixed(g.cac(), 0), TEXT.percent(g.activationRate()), TEXT.percent(g.adoptionRate()),
                    TEXT.percent(g.logoRetention12m()), TEXT.percent(g.nrr()), TEXT.fixed(g.expansionArr(), 0),
                    TEXT.fixed(g.costPerRetainedCustomer(), 0), TEXT.fixed(g.survivors(), 0),
                    TEXT.percent(g.annualExpansion()), TEXT.fixed(g.ltv(), 0), TEXT.multiple(g.ltvToCac())));
        }
        TextTable.printColumns(out, rows);
    }

    /** A table whose last column is text: printed after the others, not right-aligned. */
    private static void printLeft(PrintWriter out, List<List<String>> rows) {
        List<List<String>> numbers = new ArrayList<>();
        rows.forEach(r -> numbers.add(r.subList(0, r.size() - 1)));
        StringWriter aligned = new StringWriter();
        TextTable.printColumns(new PrintWriter(aligned), numbers);
        String[] lines = aligned.toString().split("\\R");
        int width = Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < rows.size() && i < lines.length; i++) {
            out.println(lines[i] + " ".repeat(width - lines[i].length()) + "  " + rows.get(i).get(rows.get(i).size() - 1));
        }
    }
}
