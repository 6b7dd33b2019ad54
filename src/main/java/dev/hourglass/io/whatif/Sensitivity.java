package dev.hourglass.io.whatif;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A tornado: one output against ±{@code swing} on each input in turn, the others held, bars sorted by how far they
 * move the output. An input the scenario refuses at a swung value (a margin above 100 %) has "no data" there.
 */
public final class Sensitivity {
    /** One bar: the input, its value now, and the output with the input lowered and raised. */
    public record Bar(String input, double inputNow, OptionalDouble outputLow, OptionalDouble outputHigh) {
        /** How far apart the two ends are; 0 when either has no data. */
        public double spread() {
            return outputLow.isPresent() && outputHigh.isPresent()
                    ? Math.abs(outputHigh.getAsDouble() - outputLow.getAsDouble()) : 0;
        }
    }

    /** The output now and the bars, widest first. */
    public record Tornado(String output, double outputNow, double swing, List<Bar> bars) {
    }

    private Sensitivity() {
    }

    public static Tornado of(Scenario scenario, String output, double swing) {
        if (!(swing > 0 && swing < 1)) {
            throw new IllegalArgumentException("the swing must be between 0 and 100 %, got " + swing);
        }
        Double now = ScenarioFigures.outputs(scenario).get(output);
        if (now == null) {
            throw new IllegalArgumentException("the scenario has no output " + output);
        }
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Double> input : ScenarioFigures.inputs(scenario).entrySet()) {
            double value = input.getValue();
            if (value == 0) {
                continue; // ±X % of nothing is nothing
            }
            bars.add(new Bar(input.getKey(), value, VariedOutput.of(scenario, input.getKey(), value * (1 - swing), output),
                    VariedOutput.of(scenario, input.getKey(), value * (1 + swing), output)));
        }
        bars.removeIf(bar -> bar.spread() == 0);
        bars.sort(Comparator.comparingDouble(Bar::spread).reversed());
        return new Tornado(output, now, swing, bars);
    }
}
