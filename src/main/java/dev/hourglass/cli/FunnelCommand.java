package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.ReadableFiles;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.LeadsCsvReader;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.json.LeadFunnelJson;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.leads.GroupFunnel;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.leads.LeadFunnelAnalysis;
import dev.hourglass.model.leads.LeadFunnelReport;
import dev.hourglass.model.leads.LeadGrouping;
import dev.hourglass.model.leads.StepCount;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "funnel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The lead funnel Lead → MQL → SQL → SAL → Won by source or campaign (imports.md §5) from a "
                + "marketing tool's leads export or the leads imported into a workbook.",
            "Columns: id, createdDate, source, campaign, and per later step (mql, sql, sal, won) its date or a yes/no "
                + "flag (e.g. mqlDate or isMql); a later step implies the earlier ones, a step without a column is "
                + "left out; amount. docs/mapping.md renames them.",
            "Exit codes: 0 ok, 1 bad input (the message names the file, line and column), 2 bad usage."})
final class FunnelCommand implements Callable<Integer> {
    enum By { source, campaign }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEADS.csv|WORKBOOK.hourglass",
            description = "Leads, one per row (',' ';' or tab separated), or a workbook holding imported leads.")
    private Path file;

    @Option(names = "--mapping", paramLabel = "MAP.json", description = "Column renames (docs/mapping.md, \"columns\").")
    private Path mapping;

    @Mixin
    private LookupFiles lookups = new LookupFiles();

    @Option(names = "--data", paramLabel = "NAME",
            description = "With a workbook: the imported leads to use (default: the latest import).")
    private String dataName;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Count the leads created from this day on.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "… up to this day (included); with --from.")
    private LocalDate to;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "source",
            description = "Break the funnel down by ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private By by;

    @Option(names = "--json", description = "Print JSON (12 significant digits) instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        file = ReadableFiles.readable(file);
        Period period = period();
        LeadData data;
        ImportReport imported;
        if (file.toString().endsWith(Workbook.EXTENSION)) {
            lookups.refuseForWorkbook(spec);
            try (Workbook workbook = Workbooks.openReadOnly(file, spec.commandLine().getErr())) {
                Dataset leads = DatasetChoice.named(workbook, String.valueOf(file.getFileName()), Dataset.Kind.LEADS,
                        dataName, "import them with import-data --kind leads");
                data = workbook.readLeads(leads.id());
                imported = DataImports.reportOf(leads);
            }
        } else {
            ExportRecognition.Reading reading = lookups.joined(ExportRecognition.reading(file, mapping, null), file,
                    ImportKind.LEADS, mapping != null);
            LeadsCsvReader.Result read = LeadsCsvReader.read(file, reading.mapping());
            data = read.data();
            imported = ExportRecognition.withDetections(DataImports.reportOf(String.valueOf(file.getFileName()), read),
                    reading);
        }
        RowProblems problems = imported.excluded();
        long rowsRead = imported.rowsRead();
        PrintWriter out = spec.commandLine().getOut();
        ProblemReport.print("funnel", String.valueOf(file.getFileName()), problems, spec.commandLine().getErr());
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(data, period,
                by == By.campaign ? LeadGrouping.CAMPAIGN : LeadGrouping.SOURCE);
        if (json) {
            LeadFunnelJson.write(report, problems, rowsRead, imported.detectionSentences(), out);
            out.println();
        } else {
            print(report, period, rowsRead, problems, out);
            ImportReportText.printDetectionsAfter(imported.sourceFile(), imported.detectionSentences(), out);
        }
        out.flush();
        return HourglassCli.OK;
    }

    private Period period() {
        if ((from == null) != (to == null)) {
            throw UsageError.of(spec, "--from and --to go together: give both or "
                    + "neither");
        }
        if (from == null) {
            return null;
        }
        try {
            return new Period(from, to);
        } catch (InvalidInputException e) {
            throw UsageError.of(spec, e.getMessage());
        }
    }

    private static void print(LeadFunnelReport report, Period period, long rowsRead, RowProblems problems,
                              PrintWriter out) {
        out.println("Lead funnel" + (period == null ? "" : " of the leads created " + period.start() + " to "
                + period.end()) + " (" + TEXT.fixed(rowsRead, 0) + " rows read, " + problems.total() + " left out)");
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("  Step", "Count", "From the step before", "From leads"));
        for (StepCount step : report.steps()) {
            steps.add(List.of("  " + step.step().label(), TEXT.fixed(step.count(), 0),
                    TEXT.percent(step.stepConversion()), TEXT.percent(step.cumulativeConversion())));
        }
        TextTable.printColumns(out, steps);
        out.println();
        String group = report.grouping().key();
        out.println("By " + group + ", most leads first");
        List<List<String>> groups = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("  " + Character.toUpperCase(group.charAt(0)) + group.substring(1)));
        report.steps().forEach(s -> header.add(s.step().label()));
        header.add("Conversion");
        groups.add(header);
        for (GroupFunnel g : report.groups()) {
            List<String> row = new ArrayList<>(List.of("  " + g.name()));
            g.steps().forEach(s -> row.add(TEXT.fixed(s.count(), 0)));
            row.add(TEXT.percent(g.conversion()));
            groups.add(row);
        }
        if (groups.size() == 1) {
            out.println("  no leads created in the period");
        } else {
            TextTable.printColumns(out, groups);
        }
    }
}
