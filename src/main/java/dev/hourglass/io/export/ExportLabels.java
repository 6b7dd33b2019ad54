package dev.hourglass.io.export;

import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the spreadsheet exports take a figure's words and unit: the figure catalogue, in English.
 */
final class ExportLabels {
    /** The spreadsheets are written in English; their numbers carry formats, so Excel shows them in any language. */
    static final FigureTexts TEXTS = FigureTexts.of(Locale.US);

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

    /** A figure's section, words and unit, as the catalogue names it; empty for a key the catalogue lacks. */
    static Optional<Label> figure(String key) {
        return FigureCatalogue.find(key).map(f -> new Label(TEXTS.section(f.section()), TEXTS.label(key), f.unit()));
    }

    /**
     * A list figure's words as a table's column title, without the element the label names:
     * {@code channels[].costPerActivated} → "Cost per activated customer", {@code retention.bridge[].opening}
     * ("Year {0}: opening ARR") → "Opening ARR", {@code retention.bridge[].year} ("Year {0}") → "Year".
     */
    static String column(FigureTexts texts, String listKey) {
        String label = texts.text(FigureCatalogue.of(listKey).labelKey());
        int element = label.indexOf("{0}: ");
        String words = element >= 0 ? label.substring(element + "{0}: ".length()) : label.replace("{0}", "").trim();
        return words.substring(0, 1).toUpperCase(texts.locale()) + words.substring(1);
    }

    record Label(String section, String text, Unit unit) {
    }
}
