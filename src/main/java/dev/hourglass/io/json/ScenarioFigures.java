package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hourglass.model.scenario.ChannelSection;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioOverride;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scenario's inputs and outputs as flat "path → number" maps, named exactly as in the scenario file and the
 * {@code calc --json} output of cli.md ({@code unitEconomics.cac}, {@code retention.bridge[2].closing} …), so a
 * comparison, a sensitivity or an export speaks the same names. Long series (the monthly gross profit curve)
 * are left out; "no data" figures are absent.
 */
public final class ScenarioFigures {
    /** Series longer than this are curves for charts, not figures to compare. */
    private static final int LONGEST_LIST = 12;

    private ScenarioFigures() {
    }

    public static Map<String, Double> inputs(Scenario scenario) {
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            flatten(JsonFiles.STRICT.readTree(ScenarioJsonWriter.sectionsJson(scenario)), "", figures);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        figures.remove("version");
        figures.values().removeIf(Objects::isNull);
        return figures;
    }

    /**
     * The inputs of {@link #inputs} that are a section's override of a business driver ({@code retentionProgram.acv},
     * {@code channels[Paid search].annualLogoChurn}), for the lists and exports that mark them.
     */
    public static Map<String, ScenarioOverride> overriddenInputs(Scenario scenario) {
        Map<String, ScenarioOverride> paths = new LinkedHashMap<>();
        List<String> channelNames = scenario.channelSections().map(list -> list.stream().map(ChannelSection::name)
                .toList()).orElse(List.of());
        for (ScenarioOverride o : scenario.overrides()) {
            String section = o.section();
            if (section.startsWith("channels[")) {
                int index = Integer.parseInt(section.substring("channels[".length(), section.length() - 1));
                section = "channels[" + channelNames.get(index) + "]";
            }
            paths.put(section + "." + o.driver().inputKey(o.section()), o);
        }
        return paths;
    }

    public static Map<String, Double> outputs(Scenario scenario) {
        StringWriter json = new StringWriter();
        ScenarioResultJson.write(ScenarioCalculator.calculate(scenario), json);
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            flatten(JsonFiles.STRICT.readTree(json.toString()), "", figures);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        figures.values().removeIf(Objects::isNull);
        return figures;
    }

    /**
     * Every output of {@code calc --json} by its path, a "no data" figure as empty, in the order of the JSON;
     * long series left out.
     */
    public static Map<String, OptionalDouble> outputsWithGaps(Scenario scenario) {
        StringWriter json = new StringWriter();
        ScenarioResultJson.write(ScenarioCalculator.calculate(scenario), json);
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            flatten(JsonFiles.STRICT.readTree(json.toString()), "", figures);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, OptionalDouble> rows = new LinkedHashMap<>();
        figures.forEach((path, value) -> rows.put(path, value == null ? OptionalDouble.empty() : OptionalDouble.of(value)));
        return rows;
    }

    private static void flatten(JsonNode node, String path, Map<String, Double> into) {
        if (node.isNumber()) {
            into.put(path, node.doubleValue());
        } else if (node.isNull()) {
            into.put(path, null);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into);
            }
        } else if (node.isArray() && node.size() <= LONGEST_LIST) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String name = element.isObject() && element.has("year") ? "year " + element.get("year").asText()
                        : element.isObject() && element.has("name") ? element.get("name").asText()
                        : element.isObject() && element.has("step") ? element.get("step").asText()
                        : element.isObject() && element.has("stage") ? element.get("stage").asText()
                        : Integer.toString(i);
                flatten(element, path + "[" + name + "]", into);
            }
        }
    }
}
