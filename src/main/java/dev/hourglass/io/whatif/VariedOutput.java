package dev.hourglass.io.whatif;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioInputs;
import dev.hourglass.model.scenario.Scenario;
import java.util.OptionalDouble;

/** One output of a scenario with one input set to another value: what every what-if tool asks again and again. */
final class VariedOutput {
    private VariedOutput() {
    }

    /** Empty when the scenario refuses the value (a rate above 100 %) or the output has no data there. */
    static OptionalDouble of(Scenario scenario, String input, double value, String output) {
        try {
            Double result = ScenarioFigures.outputs(ScenarioInputs.with(scenario, input, value)).get(output);
            return result == null ? OptionalDouble.empty() : OptionalDouble.of(result);
        } catch (IllegalArgumentException refused) {
            return OptionalDouble.empty();
        }
    }
}
