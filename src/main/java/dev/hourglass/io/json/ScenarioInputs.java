package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hourglass.model.scenario.Scenario;

/**
 * Changes one input of a scenario named by its path in the scenario file ({@code unitEconomics.cac},
 * {@code retention.nrr}), for what-if tools that vary any input: the scenario's sections are written with the drivers
 * filled in, the value set, and that one section read back, so every check of the file format applies. A driver
 * varied in unit economics or retention is the scenario's (every section reading it follows); varied in another
 * section it overrides the driver there.
 */
public final class ScenarioInputs {
    private ScenarioInputs() {
    }

    /** @throws IllegalArgumentException naming the path when there is no such input or the value is refused */
    public static Scenario with(Scenario scenario, String path, double value) {
        try {
            JsonNode root = JsonFiles.STRICT.readTree(ScenarioJsonWriter.sectionsJson(scenario));
            String[] parts = path.split("\\.");
            JsonNode parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.get(parts[i]);
                if (parent == null || !parent.isObject()) {
                    throw new IllegalArgumentException("the scenario has no input " + path);
                }
            }
            String last = parts[parts.length - 1];
            if (!parent.has(last) || !(parent.get(last).isNumber() || parent.get(last).isNull())) {
                throw new IllegalArgumentException("the scenario has no number input " + path);
            }
            ((ObjectNode) parent).put(last, value);
            return ScenarioJsonReader.withSection(scenario, new JsonObjectReader(root, ""), parts[0]);
        } catch (JsonFieldException e) {
            throw new IllegalArgumentException(path + " = " + value + ": " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the scenario could not be written (" + e.getMessage() + ")", e);
        }
    }
}
