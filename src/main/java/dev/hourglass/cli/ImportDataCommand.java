package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.InputFiles;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-data", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a CRM deal export, a subscription ledger, a billing system's subscriptions (stored as the monthly ledger they expand into), customer accounts or marketing leads (CSV or xlsx) into a workbook, in one transaction: "
                + "all usable rows or, when the file has none, nothing. Rows left out are listed on stderr.",
            "Creates the workbook when the file does not exist yet.",
            "Exit codes: 0 ok, 1 bad input (the message names the file, line and column), 2 bad usage."})
final class ImportDataCommand implements Callable<Integer> {
    enum Kind { deals, ledger, subscriptions, accounts, leads }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK.hourglass", description = "The workbook file.")
    private Path file;

    @Parameters(index = "1", paramLabel = "DATA.csv", description = "Deals, ledger rows, subscriptions, accounts or leads (CSV: ',' ';' or tab separated, or xlsx).")
    private Path csv;

    @Option(names = "--kind", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}; default: the kind the "
            + "file's columns say (a Salesforce, HubSpot or Pipedrive deals export, a Stripe or Chargebee subscriptions "
            + "export, or a plain file with the kind's columns).")
    private Kind kind;

    @Option(names = "--mapping", paramLabel = "MAP.json", description = "Column, outcome and stage mapping (docs/mapping.md).")
    private Path mapping;

    @Mixin
    private LookupFiles lookups = new LookupFiles();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Deals: the day the export was taken (YYYY-MM-DD), "
            + "which places this import among the snapshots of its source (default: the file's last-modified day). "
            + "Subscriptions: count up to the last complete month on this date; default: the latest start or end date "
            + "in the file, but not after today.")
    private LocalDate asOf;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of an xlsx file to read (default: the first; overrides the mapping's \"sheet\").")
    private String sheet;

    @Override
    public Integer call() throws BadInputException, WorkbookException, CannotWriteException {
        csv = ReadableFiles.readable(csv);
        PrintWriter err = spec.commandLine().getErr();
        if (asOf != null && kind != null && kind != Kind.subscriptions && kind != Kind.deals) {
            throw UsageError.of(spec, "--as-of applies to --kind deals and subscriptions only");
        }
        OutputFiles.checkWorkbook(InputFiles.of(csv, mapping).and(lookups.files()), file);
        ExportRecognition.Reading recognised = ExportRecognition.reading(csv, mapping, sheet);
        Kind kind = this.kind != null ? this.kind : Kind.valueOf(ExportRecognition.kindOf(csv, recognised.mapping()).key());
        ExportRecognition.Reading reading = lookups.joined(recognised, csv, importKind(kind), mapping != null);
        ImportMapping read = reading.mapping();
        if (asOf != null && kind != Kind.subscriptions && kind != Kind.deals) {
            throw new BadInputException(csv.getFileName() + " holds " + kind + ", and --as-of applies to deals and "
                    + "subscriptions only");
        }
        DataImports.Imported imported = Workbooks.change(file, Scenario.DEFAULT_CURRENCY, workbook -> {
            DataImports.Imported done = DataImports.of(workbook, importKind(kind), csv, read, asOf, rows -> { },
                    () -> false);
            return DataImports.withRecognition(workbook, done, reading);
        });
        ProblemReport.print("import-data", String.valueOf(csv.getFileName()), imported.problems(), err);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Imported " + TEXT.fixed(imported.dataset().rowCount(), 0)
                + switch (kind) {
                    case deals -> " deals";
                    case ledger, subscriptions -> " ledger rows";
                    case accounts -> " accounts";
                    case leads -> " leads";
                } + " from " + csv.getFileName() + " into "
                + file.getFileName() + " (" + TEXT.fixed(imported.rowsRead(), 0) + " rows read, "
                + TEXT.fixed(imported.problems().total(), 0) + " left out)");
        imported.switchesCarriedSentence().ifPresent(out::println);
        ImportReportText.print(imported.report(), out);
        out.flush();
        return HourglassCli.OK;
    }

    private static ImportKind importKind(Kind kind) {
        return ImportKind.valueOf(kind.name().toUpperCase(Locale.ROOT));
    }
}
