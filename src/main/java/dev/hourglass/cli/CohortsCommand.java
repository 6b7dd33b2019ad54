package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.app.FiniteTotals;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.csv.SubscriptionsCsvReader;
import dev.hourglass.io.json.CohortReportJson;
import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.model.actuals.Cohort;
import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.model.actuals.MonthMovement;
import dev.hourglass.model.actuals.SubscriptionLedger;
import dev.hourglass.model.actuals.TrailingTwelve;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cohorts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monthly MRR movements, cohort retention and trailing-12 NRR/GRR from a subscription ledger "
                + "(metrics.md §6).",
            "Columns: customer, month (YYYY-MM, or a date whose month is kept), mrr; rows of one customer and month "
                + "are summed, credits (negative mrr) included, and a month whose sum is negative is left out with its "
                + "rows; a month without a row is 0 MRR.",
            "Exit codes: 0 ok, 1 bad input (the message names the file, line and column), 2 bad usage."})
final class CohortsCommand implements Callable<Integer> {
    private static final int[] AGES_SHOWN = {1, 3, 6, 12, 24};

    enum Kind { ledger, subscriptions }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEDGER.csv|WORKBOOK.hourglass",
            description = "The ledger (',' ';' or tab separated), or a workbook holding an imported ledger.")
    private Path file;

    @Option(names = "--data", paramLabel = "NAME",
            description = "With a workbook: the imported ledger to use (default: the latest import).")
    private String dataName;

    @Option(names = "--mapping", paramLabel = "MAP.json", description = "Column renames (docs/mapping.md, \"columns\").")
    private Path mapping;

    @Mixin
    private LookupFiles lookups = new LookupFiles();

    @Option(names = "--kind", paramLabel = "KIND", description = "ledger or subscriptions: one row per subscription "
            + "with start, end and MRR, expanded into the monthly ledger (docs/mapping.md \"Subscriptions\"); default: "
            + "subscriptions when the file's columns say so (a Stripe or Chargebee export, or customer, start and mrr "
            + "or amount columns), else ledger.")
    private Kind kind;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Subscriptions only: count up to the last complete "
            + "month on this date (YYYY-MM-DD); default: the latest start or end date in the file, but not after today.")
    private LocalDate asOf;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of an xlsx file to read (default: the first; overrides the mapping's \"sheet\").")
    private String sheet;

    @Option(names = "--json", description = "Print JSON (12 significant digits; keys as in metrics.md) instead of a table.")
    private boolean json;

    /** {@code cohorts FILE [--json]} with every other option at its default, as {@link DirectCohorts} runs it. */
    static CohortsCommand of(Path file, boolean json) {
        CohortsCommand command = new CohortsCommand();
        command.file = file;
        command.json = json;
        return command;
    }

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The kind given, else subscriptions when the file's columns say so, else a ledger. */
    private Kind kindOfFile() throws BadInputException {
        if (kind != null) {
            return kind;
        }
        ImportMapping read = mapping == null ? ImportMapping.defaults().withSheet(sheet)
                : ImportMappingJson.read(mapping).withSheet(sheet);
        boolean subscriptions = ExportRecognition.guessedKind(file, read).orElse(null) == ImportKind.SUBSCRIPTIONS;
        kind = subscriptions ? Kind.subscriptions : Kind.ledger;
        return kind;
    }

    /** The command, printing its figures to {@code out} and its notes on left-out rows to {@code err}. */
    Integer run(PrintWriter out, PrintWriter err) throws BadInputException, WorkbookException {
        file = ReadableFiles.readable(file);
        LedgerCsvReader.Result read;
        String expansion = null;
        String sourceFile = String.valueOf(file.getFileName());
        if (Workbooks.isWorkbook(file)) {
            lookups.refuseForWorkbook(spec);
            FromWorkbook kept = fromWorkbook(err);
            sourceFile = kept.sourceFile();
            read = kept.read();
        } else {
            FromFile ledger = null;
            if (kind == null && mapping == null && lookups.files().isEmpty()) {
                ledger = fromFile(true); // one open decides the kind and, for a ledger, reads it
                kind = ledger == null ? Kind.subscriptions : Kind.ledger;
            }
            if (kindOfFile() == Kind.subscriptions) {
                ExportRecognition.Reading reading = lookups.joined(ExportRecognition.reading(file, mapping, sheet),
                        file, ImportKind.SUBSCRIPTIONS, mapping != null);
                SubscriptionsCsvReader.Result subscriptions = SubscriptionsCsvReader.read(file, reading.mapping());
                SubscriptionLedger.Expanded expanded = subscriptions.expand(asOf);
                ImportReport report = DataImports.reportOf(String.valueOf(file.getFileName()), subscriptions, expanded);
                read = new LedgerCsvReader.Result(expanded.ledger(), subscriptions.problems(), subscriptions.rowsRead(),
                        ExportRecognition.withDetections(report, reading).detections());
                expansion = ExpansionNote.of(expanded);
            } else if (asOf != null) {
                throw UsageError.of(spec, "--as-of applies to --kind subscriptions only");
            } else {
                read = ledgerResult(ledger != null ? ledger : fromFile(false));
            }
        }
        FiniteTotals.ofLedger(sourceFile, read.ledger());
        ProblemReport.print("cohorts", String.valueOf(file.getFileName()), read.problems(), err);
        CohortReport report = CohortAnalysis.analyse(read.ledger());
        if (json) {
            CohortReportJson.write(report, read.problems(), read.rowsRead(), read.ledger().customerCount(),
                    read.detections(), out);
            out.println();
            out.flush();
        } else {
            if (expansion != null) {
                out.println(expansion);
            }
            print(report, read, out);
            String shown = expansion;
            ImportReportText.printDetectionsAfter(sourceFile, Detection.english(Detection.readingsAmong(
                    read.detections())).stream().filter(d -> !d.equals(shown)).toList(), out);
            for (Detection warning : Detection.warningsAmong(read.detections())) {
                out.println("Warning (" + warning.code() + "): " + warning.english());
            }
            out.flush();
        }
        return HourglassCli.OK;
    }


    private LedgerCsvReader.Result ledgerResult(FromFile ledger) {
        return new LedgerCsvReader.Result(ledger.read().ledger(), ledger.read().problems(), ledger.read().rowsRead(),
                ExportRecognition.withDetections(DataImports.reportOf(String.valueOf(file.getFileName()),
                        ledger.read()), ledger.reading()).detections());
    }

    /** A ledger file read, and how it was recognised. */
    private record FromFile(LedgerCsvReader.Result read, ExportRecognition.Reading reading) {
    }

    /**
     * The ledger file read with the mapping given, or the one its header is recognised by. Without a mapping file
     * the file is opened once, with the defaults, for both the recognition and the read (every open looks for the
     * encoding, the separator and how dates and amounts are written); again only for a tool's export. With
     * {@code mayBeSubscriptions} (no --kind given) that open also decides the kind: {@code null} when the columns say
     * subscriptions.
     */
    private FromFile fromFile(boolean mayBeSubscriptions) throws BadInputException {
        if (mapping != null || !lookups.files().isEmpty()) {
            ExportRecognition.Reading reading = lookups.joined(ExportRecognition.reading(file, mapping, sheet), file,
                    ImportKind.LEDGER, mapping != null);
            return new FromFile(LedgerCsvReader.read(file, reading.mapping()), reading);
        }
        ImportMapping defaults = ExportRecognition.defaultsFor(sheet);
        ExportRecognition.Reading reading;
        try (CsvFile csv = LedgerCsvReader.open(file, defaults)) {
            if (mayBeSubscriptions && ExportRecognition.guessedKind(csv.header(), defaults).orElse(null)
                    == ImportKind.SUBSCRIPTIONS) {
                return null;
            }
            reading = lookups.joined(ExportRecognition.reading(csv.header(), sheet), file, ImportKind.LEDGER, false);
            if (reading.recognised().isEmpty() && reading.mapping().lookups().isEmpty()) {
                return new FromFile(LedgerCsvReader.read(csv), reading);
            }
        }
        return new FromFile(LedgerCsvReader.read(file, reading.mapping()), reading);
    }

    /** A workbook's ledger read with its kept report, and the file it was imported from. */
    private record FromWorkbook(LedgerCsvReader.Result read, String sourceFile) {
    }

    /** The workbook's ledger with what its import reported, so the figures and counts match the file's. */
    private FromWorkbook fromWorkbook(PrintWriter err) throws BadInputException, WorkbookException {
        try (Workbook workbook = Workbooks.openReadOnly(file, err)) {
            Dataset ledger = DatasetChoice.named(workbook, String.valueOf(file.getFileName()), Dataset.Kind.LEDGER, dataName,
                    "import one with import-data WORKBOOK LEDGER.csv --kind ledger");
            ImportReport report = DataImports.reportOf(ledger);
            return new FromWorkbook(new LedgerCsvReader.Result(workbook.readLedger(ledger.id()), report.excluded(),
                    report.rowsRead(), report.detections()), report.sourceFile());
        }
    }

    private static void print(CohortReport report, LedgerCsvReader.Result read, PrintWriter out) {
        out.println("MRR movements (" + TEXT.fixed(read.rowsRead(), 0) + " rows, "
                + TEXT.fixed(read.ledger().customerCount(), 0) + " customers, " + read.problems().total() + " left out)");
        List<List<String>> months = new ArrayList<>();
        months.add(List.of("  Month", "MRR", "Customers", "New", "Expansion", "Contraction", "Churn", "Reactivation"));
        for (MonthMovement m : report.months()) {
            months.add(List.of("  " + m.month(), money(m.mrr()), TEXT.fixed(m.customers(), 0), money(m.newMrr()),
                    money(m.expansion()), money(-m.contraction()), money(-m.churn()), money(m.reactivation())));
        }
        TextTable.printColumns(out, months);
        out.println();
        out.println("Trailing-12-month retention");
        List<List<String>> trailing = new ArrayList<>();
        trailing.add(List.of("  Month", "NRR", "GRR"));
        for (TrailingTwelve t : report.trailing12()) {
            trailing.add(List.of("  " + t.month(), TEXT.percent(t.nrr()), TEXT.percent(t.grr())));
        }
        if (trailing.size() == 1) {
            out.println("  no data: the ledger spans fewer than 13 months");
        } else {
            TextTable.printColumns(out, trailing);
        }
        out.println();
        out.println("Cohorts: revenue retention (logo retention) by age in months");
        List<List<String>> cohorts = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("  Cohort", "Size", "Start MRR"));
        for (int age : AGES_SHOWN) {
            header.add("Month " + age);
        }
        cohorts.add(header);
        for (Cohort c : report.cohorts()) {
            List<String> row = new ArrayList<>(List.of("  " + c.cohort(), TEXT.fixed(c.size(), 0), money(c.startMrr())));
            for (int age : AGES_SHOWN) {
                row.add(age < c.revenueRetention().size() ? TEXT.percent(c.revenueRetention().get(age)) + " ("
                        + TEXT.percent(OptionalDouble.of(c.logoRetention().get(age))) + ")" : "");
            }
            cohorts.add(row);
        }
        TextTable.printColumns(out, cohorts);
    }

    private static String money(double value) {
        return TEXT.fixed(value, 0);
    }
}
