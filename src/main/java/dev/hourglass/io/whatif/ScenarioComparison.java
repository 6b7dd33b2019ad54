package dev.hourglass.io.whatif;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioOverride;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Two or more scenarios side by side: every input and every output, each against the first scenario (the base)
 * with the absolute and the relative difference. A figure one scenario lacks is "no data" there.
 *
 * @param overrides per scenario, the inputs that are a section's override of a business driver, by input key
 *                  ({@code retentionProgram.acv}, {@code channels[Paid search].annualLogoChurn})
 */
public record ScenarioComparison(List<String> scenarios, List<Row> inputs, List<Row> outputs,
                                 List<Map<String, ScenarioOverride>> overrides) {

    /** True when the scenario's value of this input is a section's override of a business driver. */
    public boolean overridden(int scenario, String key) {
        return overrides.get(scenario).containsKey(key);
    }

    /** The override the scenario's value of this input is; empty when it is no override. */
    public Optional<ScenarioOverride> override(int scenario, String key) {
        return Optional.ofNullable(overrides.get(scenario).get(key));
    }

    /** True when any scenario compared overrides a business driver somewhere. */
    public boolean anyOverride() {
        return overrides.stream().anyMatch(o -> !o.isEmpty());
    }

    /** One figure across the scenarios; deltas are against the first, empty where either side has no value. */
    public record Row(String key, List<OptionalDouble> values, List<OptionalDouble> delta,
                      List<OptionalDouble> deltaPercent) {
        /** True when any scenario differs from the base. */
        public boolean differs() {
            for (int i = 1; i < values.size(); i++) {
                if (!values.get(i).equals(values.get(0))) {
                    return true;
                }
            }
            return false;
        }
    }

    public static ScenarioComparison of(List<Scenario> scenarios) {
        if (scenarios.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two scenarios, got " + scenarios.size());
        }
        List<Map<String, Double>> inputs = scenarios.stream().map(ScenarioFigures::inputs).toList();
        List<Map<String, Double>> outputs = scenarios.stream().map(ScenarioFigures::outputs).toList();
        return new ScenarioComparison(scenarios.stream().map(Scenario::name).toList(), rows(inputs), rows(outputs),
                scenarios.stream().map(ScenarioFigures::overriddenInputs).toList());
    }

    private static List<Row> rows(List<Map<String, Double>> figures) {
        Set<String> keys = new LinkedHashSet<>();
        figures.forEach(f -> keys.addAll(f.keySet()));
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            List<OptionalDouble> values = new ArrayList<>();
            for (Map<String, Double> f : figures) {
                Double v = f.get(key);
                values.add(v == null ? OptionalDouble.empty() : OptionalDouble.of(v));
            }
            List<OptionalDouble> delta = new ArrayList<>();
            List<OptionalDouble> percent = new ArrayList<>();
            OptionalDouble base = values.get(0);
            for (OptionalDouble v : values) {
                if (base.isPresent() && v.isPresent()) {
                    double d = v.getAsDouble() - base.getAsDouble();
                    delta.add(OptionalDouble.of(d));
                    percent.add(base.getAsDouble() == 0 ? OptionalDouble.empty()
                            : OptionalDouble.of(d / Math.abs(base.getAsDouble())));
                } else {
                    delta.add(OptionalDouble.empty());
                    percent.add(OptionalDouble.empty());
                }
            }
            rows.add(new Row(key, values, delta, percent));
        }
        return rows;
    }
}
