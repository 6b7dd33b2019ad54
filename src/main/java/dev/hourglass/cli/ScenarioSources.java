package dev.hourglass.cli;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.InputFiles;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scenario named on the command line: a scenario file, or {@code WORKBOOK.hourglass#Name}. */
final class ScenarioSources {
    private ScenarioSources() {
    }

    static Scenario read(String source) throws BadInputException, WorkbookException {
        int hash = source.indexOf(Workbook.EXTENSION + "#");
        if (hash < 0) {
            return ScenarioJsonReader.read(Path.of(source));
        }
        Path file = Path.of(source.substring(0, hash + Workbook.EXTENSION.length()));
        String name = source.substring(hash + Workbook.EXTENSION.length() + 1);
        try (Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
            return workbook.scenario(name).map(StoredScenario::scenario).orElseThrow(() -> new BadInputException(
                    file.getFileName() + " has no scenario named '" + name + "'"));
        }
    }

    /** Every source in order; the first that cannot be read stops with its message. */
    static List<Scenario> readAll(List<String> sources) throws BadInputException, WorkbookException {
        List<Scenario> scenarios = new ArrayList<>();
        for (String source : sources) {
            scenarios.add(read(source));
        }
        return scenarios;
    }

    /** The files the sources read: scenario files, and workbooks with the files they keep beside them. */
    static InputFiles inputs(List<String> sources) {
        InputFiles inputs = InputFiles.none();
        for (String source : sources) {
            int hash = source.indexOf(Workbook.EXTENSION + "#");
            inputs = hash < 0 ? inputs.and(List.of(Path.of(source)))
                    : inputs.andWorkbook(Path.of(source.substring(0, hash + Workbook.EXTENSION.length())));
        }
        return inputs;
    }

    /** The workbook's file name when the source is a workbook's scenario. */
    static Optional<String> workbookName(String source) {
        int hash = source.indexOf(Workbook.EXTENSION + "#");
        return hash < 0 ? Optional.empty()
                : Optional.of(Path.of(source.substring(0, hash + Workbook.EXTENSION.length())).getFileName().toString());
    }
}
