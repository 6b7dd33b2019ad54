package dev.hourglass.io.export;

import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the spreadsheet exports take a figure's words and unit: the one place to point at the figure catalogue when
 * it replaces {@link ReportFigures} and {@link FigureLabels}.
 */
final class ExportLabels {
    private ExportLabels() {
    }

    /** A scenario's inputs, labelled, by section, in the order of the scenario file. */
    static List<Section> inputs(Scenario scenario) {
        return ReportFigures.inputs(scenario);
    }

    /** A scenario's headline outputs, labelled, by section. */
    static List<Section> results(Scenario scenario, ScenarioResult result) {
        return ReportFigures.results(scenario, result);
    }

    /** Every input and output the scenarios name, by key; the first scenario naming a key wins. */
    static Map<String, FigureLabels.Label> figures(List<Scenario> scenarios) {
        Map<String, FigureLabels.Label> labels = new HashMap<>();
        scenarios.forEach(scenario -> FigureLabels.of(scenario).forEach(labels::putIfAbsent));
        return labels;
    }
}
