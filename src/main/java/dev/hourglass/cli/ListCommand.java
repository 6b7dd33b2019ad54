package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.json.ImportReportJson;
import dev.hourglass.io.json.JsonOut;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.store.WorkbookInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The scenarios and imported data of a workbook. Opens it read-only: never changes it.",
            "Exit codes: 0 ok, 1 the file is not a readable workbook (the message says why), 2 bad usage."})
final class ListCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK.hourglass", description = "The workbook file.")
    private Path file;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws WorkbookException {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbook workbook = Workbooks.openReadOnly(file, spec.commandLine().getErr())) {
            WorkbookInfo info = workbook.info();
            List<StoredScenario> scenarios = workbook.scenarios();
            List<Dataset> datasets = workbook.datasets();
            if (json) {
                printJson(info, scenarios, datasets, out);
            } else {
                printTable(info, scenarios, datasets, out);
            }
            return HourglassCli.OK;
        }
    }

    private void printTable(WorkbookInfo info, List<StoredScenario> scenarios, List<Dataset> datasets, PrintWriter out) {
        out.println(file.getFileName() + " — format " + info.formatVersion() + ", " + info.currency() + ", modified "
                + time(info.modifiedAt()) + " by Hourglass " + info.appVersion());
        out.println();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("  #", "Scenario", "Description", "Modified", "Unsaved edits"));
        for (StoredScenario s : scenarios) {
            rows.add(List.of("  " + (s.position() + 1), s.name(), shorten(s.scenario().description()), time(s.modifiedAt()),
                    s.hasDraft() ? "yes (" + time(s.draftSavedAt().orElseThrow()) + ")" : ""));
        }
        if (scenarios.isEmpty()) {
            out.println("  no scenarios");
        } else {
            TextTable.printColumns(out, rows);
        }
        out.println();
        if (datasets.isEmpty()) {
            out.println("  no imported data");
            return;
        }
        List<List<String>> data = new ArrayList<>();
        data.add(List.of("  Data", "Kind", "Rows", "Rows read", "Left out", "Imported"));
        List<ImportReport> reports = new ArrayList<>();
        for (Dataset d : datasets) {
            ImportReport report = DataImports.shownReportOf(d);
            reports.add(report);
            data.add(List.of("  " + d.name(), d.kind().key(), TEXT.fixed(d.rowCount(), 0),
                    TEXT.fixed(report.rowsRead(), 0), TEXT.fixed(report.excluded().total(), 0),
                    time(d.importedAt())));
        }
        TextTable.printColumns(out, data);
        for (int i = 0; i < datasets.size(); i++) {
            ImportReport report = reports.get(i);
            if (report.excluded().isEmpty() && report.detections().isEmpty() && report.filled().isEmpty()
                    && report.warnings().isEmpty()) {
                continue;
            }
            out.println();
            out.println(datasets.get(i).name() + ":");
            for (RowProblems.Reason reason : report.excluded().reasons()) {
                out.println("  left out: " + TEXT.fixed(reason.count(), 0) + " × " + reason.reason());
            }
            ImportReportText.print(report, out);
        }
    }

    private static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static void printJson(WorkbookInfo info, List<StoredScenario> scenarios, List<Dataset> datasets,
                                  PrintWriter out) {
        try (JsonOut json = new JsonOut(out, true)) {
            json.beginObject().number("formatVersion", info.formatVersion()).string("appVersion", info.appVersion())
                    .string("currency", info.currency()).string("modifiedAt", info.modifiedAt().toString())
                    .beginArray("scenarios");
            for (StoredScenario s : scenarios) {
                json.beginObject().string("name", s.name()).string("description", s.scenario().description())
                        .number("position", s.position()).string("modifiedAt", s.modifiedAt().toString())
                        .bool("unsavedEdits", s.hasDraft()).endObject();
            }
            json.endArray().beginArray("datasets");
            for (Dataset d : datasets) {
                json.beginObject().string("name", d.name()).string("kind", d.kind().key()).number("rows", d.rowCount())
                        .string("sourceFile", d.sourceFile()).string("importedAt", d.importedAt().toString())
                        .beginObject("report");
                ImportReportJson.write(json, DataImports.shownReportOf(d));
                json.endObject().endObject();
            }
            json.endArray().endObject();
        }
        out.println();
        out.flush();
    }
}
