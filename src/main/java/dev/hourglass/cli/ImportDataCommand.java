package dev.hourglass.cli;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-data", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a CRM deal export, a subscription ledger or customer accounts (CSV) into a workbook, in one transaction: "
                + "all usable rows or, when the file has none, nothing. Rows left out are listed on stderr.",
            "Creates the workbook when the file does not exist yet.",
            "Exit codes: 0 ok, 1 bad input (the message names the file, line and column), 2 bad usage."})
final class ImportDataCommand implements Callable<Integer> {
    enum Kind { deals, ledger, accounts }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK.hourglass", description = "The workbook file.")
    private Path file;

    @Parameters(index = "1", paramLabel = "DATA.csv", description = "Deals, ledger rows or accounts (',' ';' or tab separated).")
    private Path csv;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}.")
    private Kind kind;

    @Option(names = "--mapping", paramLabel = "MAP.json", description = "Column, outcome and stage mapping (docs/mapping.md).")
    private Path mapping;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of an xlsx file to read (default: the first; overrides the mapping's \"sheet\").")
    private String sheet;

    @Override
    public Integer call() throws BadInputException, WorkbookException {
        PrintWriter err = spec.commandLine().getErr();
        try (Workbook workbook = Workbooks.openOrCreate(file, Scenario.DEFAULT_CURRENCY)) {
            DataImports.Imported imported = switch (kind) {
                case deals -> sheet == null ? DataImports.deals(workbook, csv, mapping)
                        : DataImports.deals(workbook, csv, mappingOrDefaults().withSheet(sheet), rows -> { }, () -> false);
                case ledger -> DataImports.ledger(workbook, csv, mappingOrDefaults().withSheet(sheet));
                case accounts -> DataImports.accounts(workbook, csv, mappingOrDefaults().withSheet(sheet));
            };
            ProblemReport.print("import-data", String.valueOf(csv.getFileName()), imported.problems(), err);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Imported " + Format.number(imported.dataset().rowCount(), 0)
                    + switch (kind) {
                        case deals -> " deals";
                        case ledger -> " ledger rows";
                        case accounts -> " accounts";
                    } + " from " + csv.getFileName() + " into "
                    + file.getFileName() + " (" + Format.number(imported.rowsRead(), 0) + " rows read, "
                    + Format.number(imported.problems().total(), 0) + " left out)");
            out.flush();
            return HourglassCli.OK;
        }
    }

    private ImportMapping mappingOrDefaults() throws BadInputException {
        return mapping == null ? ImportMapping.defaults() : ImportMapping.read(mapping);
    }
}
