package dev.hourglass.cli;

import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.InputFiles;
import dev.hourglass.io.json.ScenarioJsonWriter;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints one scenario of a workbook as a scenario file (JSON, the format of cli.md), or writes "
                + "it as a spreadsheet (--xlsx) or a workshop report (--pdf). Opens the workbook read-only.",
            "Exit codes: 0 ok, 1 no such workbook or scenario (the message says why), 2 bad usage."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK.hourglass", description = "The workbook file.")
    private Path file;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario's name.")
    private String scenarioName;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write to this file instead of standard output.")
    private Path outFile;

    @Option(names = "--json", description = "Accepted for symmetry with the other commands: the output is always JSON.")
    private boolean json;

    @Mixin
    private ReportFiles files;

    @Override
    public Integer call() throws WorkbookException, CannotWriteException {
        PrintWriter err = spec.commandLine().getErr();
        files.check(spec.commandLine());
        OutputFiles.checkExports(InputFiles.none().andWorkbook(file), outFile, files.xlsx, files.pdf);
        try (Workbook workbook = Workbooks.openReadOnly(file, spec.commandLine().getErr())) {
            Optional<StoredScenario> found = workbook.scenario(scenarioName);
            if (found.isEmpty()) {
                err.println("hourglass export: " + file.getFileName() + " has no scenario named '" + scenarioName
                        + "' (it has: " + String.join(", ", workbook.scenarios().stream().map(StoredScenario::name).toList())
                        + ")");
                return HourglassCli.BAD_INPUT;
            }
            if (files.any()) {
                files.write(List.of(found.get().scenario()), Optional.of(file.getFileName().toString()),
                        spec.commandLine().getOut());
            }
            String text = ScenarioJsonWriter.toJson(found.get().scenario()) + System.lineSeparator();
            if (outFile == null && files.any()) {
                return HourglassCli.OK;
            }
            if (outFile == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(text);
                out.flush();
            } else {
                try {
                    AtomicFile.writeString(outFile, text);
                } catch (IOException e) {
                    throw CannotWriteException.of(e);
                }
            }
            return HourglassCli.OK;
        }
    }
}
