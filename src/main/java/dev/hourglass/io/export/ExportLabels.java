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
 * Where the spreadsheet exports take their words in one language, as the report does: a figure's words and unit from
 * the figure catalogue, the sheets' own words (sheet names, column titles, notes) from the report bundle
 * ({@code xlsx.*}). Numbers carry formats, so Excel shows them in the reader's own way.
 */
final class ExportLabels {
    static final ExportLabels ENGLISH = of(Locale.ENGLISH);

    private final FigureTexts texts;
    private final ReportText words;

    private ExportLabels(Locale locale) {
        this.texts = FigureTexts.of(locale);
        this.words = ReportText.of(locale);
    }

    /** The words of {@code language} when the report has it, else English. */
    static ExportLabels of(Locale language) {
        return new ExportLabels(ReportText.reportLocale(language, Locale.ROOT));
    }

    /** The language (and region) the words are in, for month names. */
    Locale locale() {
        return words.locale();
    }

    /** Figure labels, section titles and named values. */
    FigureTexts texts() {
        return texts;
    }

    /** A word of the sheets by its report-bundle key, {0}, {1} … replaced by the arguments. */
    String text(String key, Object... arguments) {
        return words.text(key, arguments);
    }

    /** A unit as the unit column writes it: the currency, "%", "months" … */
    String unit(Unit unit, String currency) {
        return switch (unit) {
            case MONEY -> currency;
            case COUNT, CHOICE -> "";
            default -> text("xlsx.unit." + unit.name().toLowerCase(Locale.ROOT));
        };
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
    Optional<Label> figure(String key) {
        return FigureCatalogue.find(key).map(f -> new Label(texts.section(f.section()), texts.label(key), f.unit()));
    }

    /** A list figure's words as a table's column title ({@link #column(FigureTexts, String)}). */
    String column(String listKey) {
        return column(texts, listKey);
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
