package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.InputFiles;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds a scenario file (JSON) to a workbook, under a new name if its name is taken. "
                + "Creates the workbook when the file does not exist yet.",
            "Exit codes: 0 ok, 1 bad scenario file or workbook (the message names the file and field), 2 bad usage."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK.hourglass", description = "The workbook file.")
    private Path file;

    @Parameters(index = "1", paramLabel = "SCENARIO.json", description = "The scenario file (cli.md).")
    private Path scenarioFile;

    @Override
    public Integer call() throws BadInputException, WorkbookException, CannotWriteException {
        OutputFiles.checkWorkbook(InputFiles.of(scenarioFile), file);
        Scenario scenario = ScenarioJsonReader.read(scenarioFile);
        StoredScenario added = Workbooks.change(file, scenario.currency(), workbook -> workbook.addScenario(scenario));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Added scenario '" + added.name() + "' to " + file.getFileName()
                + (added.name().equals(scenario.name()) ? "" : " ('" + scenario.name() + "' was taken)"));
        out.flush();
        return HourglassCli.OK;
    }
}
