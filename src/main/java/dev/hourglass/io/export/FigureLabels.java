package dev.hourglass.io.export;

import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a reader sees for a scenario's figures, by their scenario-file key: section, label and kind of
 * quantity ({@code unitEconomics.annualLogoChurn} → Unit economics, "Annual logo churn", a percentage). The same
 * catalogue the spreadsheet and the report print, so the desktop names a figure as the exports do. Figures it does
 * not name (per-year bridge rows, funnel steps) are absent.
 */
public final class FigureLabels {
    /** How a figure is read; {@code unit} is one of MONEY, PERCENT, MONTHS, YEARS, COUNT, HOURS, RATIO. */
    public record Label(String section, String text, String unit) {
    }

    private FigureLabels() {
    }

    /** Every input and headline output of the scenario that the exports name. */
    public static Map<String, Label> of(Scenario scenario) {
        Map<String, Label> labels = new LinkedHashMap<>();
        add(labels, ReportFigures.inputs(scenario));
        try {
            add(labels, ReportFigures.results(scenario, ScenarioCalculator.calculate(scenario)));
        } catch (IllegalArgumentException refused) {
            // a scenario the model cannot calculate still has named inputs
        }
        return labels;
    }

    private static void add(Map<String, Label> labels, List<ReportFigures.Section> sections) {
        for (ReportFigures.Section section : sections) {
            for (ReportFigures.Figure figure : section.figures()) {
                if (figure.unit() != ReportFigures.Unit.TEXT) {
                    labels.putIfAbsent(figure.key(), new Label(section.title(), figure.label(), figure.unit().name()));
                }
            }
        }
    }
}
