package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.WorkbookException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a workshop report (PDF) of one or more scenarios — several get a comparison page — "
                + "and/or one scenario as a spreadsheet (.xlsx).",
            "A scenario is a scenario file (SCENARIO.json) or a scenario of a workbook (WORKBOOK.hourglass#Name).",
            "Exit codes: 0 ok, 1 bad input or a file that cannot be written (the message names it), 2 bad usage."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "SCENARIO.json or WORKBOOK.hourglass#Name.")
    private List<String> sources;

    @Mixin
    private ReportFiles files;

    @Override
    public Integer call() throws BadInputException, WorkbookException, CannotWriteException {
        if (!files.any()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to write: --pdf FILE.pdf, "
                    + "--xlsx FILE.xlsx or both");
        }
        files.check(spec.commandLine());
        if (files.xlsx != null && sources.size() > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--xlsx writes one scenario; name one (the PDF takes several)");
        }
        OutputFiles.checkExports(ScenarioSources.inputs(sources), files.xlsx, files.pdf);
        List<Scenario> scenarios = ScenarioSources.readAll(sources);
        Optional<String> workbook = sources.stream().map(ScenarioSources::workbookName).flatMap(Optional::stream)
                .distinct().reduce((a, b) -> a + ", " + b);
        files.write(scenarios, workbook, spec.commandLine().getOut());
        return HourglassCli.OK;
    }
}
