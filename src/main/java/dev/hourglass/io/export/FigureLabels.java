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
 * does not print as a figure — a year of the ARR bridge, a funnel step, a channel's result — is named by its pattern.
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
            for (String key : dev.hourglass.io.json.ScenarioFigures.outputs(scenario).keySet()) {
                if (!labels.containsKey(key)) {
                    ofPattern(key).ifPresent(label -> labels.put(key, label));
                }
            }
        } catch (IllegalArgumentException refused) {
            // a scenario the model cannot calculate still has named inputs
        }
        return labels;
    }

    private static final java.util.regex.Pattern BRIDGE =
            java.util.regex.Pattern.compile("retention\\.bridge\\[year (\\d+)]\\.(\\w+)");
    private static final java.util.regex.Pattern STEP =
            java.util.regex.Pattern.compile("postSaleFunnel\\.steps\\[(\\w+)]\\.(\\w+)");
    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile("channels\\[(.+)]\\.(\\w+)");
    private static final Map<String, String> BRIDGE_FIELDS = Map.of("year", "year", "opening", "opening ARR",
            "churned", "churned ARR", "contracted", "contracted ARR", "expanded", "expanded ARR", "newArr", "new ARR",
            "closing", "closing ARR");
    private static final Map<String, String> STEP_FIELDS = Map.of("count", "accounts", "stepConversion",
            "step conversion", "cumulativeConversion", "cumulative conversion");
    private static final Map<String, String> CHANNEL_FIELDS = Map.of("cac", "CAC", "costPerActivated",
            "cost per activated customer", "costPerRetained", "cost per retained customer", "ltv", "LTV", "ltvToCac",
            "LTV:CAC");

    /** A year of the ARR bridge, a step of the post-sale funnel, a channel's result; empty for other keys. */
    static java.util.Optional<Label> ofPattern(String key) {
        java.util.regex.Matcher m = BRIDGE.matcher(key);
        if (m.matches() && BRIDGE_FIELDS.containsKey(m.group(2))) {
            return java.util.Optional.of(new Label("Retention & NRR", "Year " + m.group(1) + ": "
                    + BRIDGE_FIELDS.get(m.group(2)), m.group(2).equals("year") ? "COUNT" : "MONEY"));
        }
        java.util.regex.Matcher step = STEP.matcher(key);
        if (step.matches() && STEP_FIELDS.containsKey(step.group(2))) {
            String stepKey = step.group(1);
            String name = java.util.Arrays.stream(dev.hourglass.model.postsale.PostSaleStep.values())
                    .filter(s -> s.key().equals(stepKey)).map(dev.hourglass.model.postsale.PostSaleStep::label)
                    .findFirst().orElse(stepKey);
            return java.util.Optional.of(new Label("Post-sale funnel", name + ": " + STEP_FIELDS.get(step.group(2)),
                    step.group(2).equals("count") ? "COUNT" : "PERCENT"));
        }
        m = CHANNEL.matcher(key);
        if (m.matches() && CHANNEL_FIELDS.containsKey(m.group(2))) {
            return java.util.Optional.of(new Label("Channels", m.group(1) + ": " + CHANNEL_FIELDS.get(m.group(2)),
                    m.group(2).equals("ltvToCac") ? "RATIO" : "MONEY"));
        }
        return java.util.Optional.empty();
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
