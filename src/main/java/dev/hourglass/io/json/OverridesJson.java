package dev.hourglass.io.json;

import dev.hourglass.model.scenario.ScenarioOverride;
import java.util.Map;

/**
 * A scenario's overrides of business drivers in the JSON of {@code calc} and {@code compare}: one object per
 * overridden input — its path as the comparison names it, the driver's key in the scenario file, the section's
 * value and the scenario's own value of the driver ({@code null} when the scenario does not set it).
 */
public final class OverridesJson {
    private OverridesJson() {
    }

    /** Writes the array {@code name}: the overrides of {@link ScenarioFigures#overriddenInputs}, in that order. */
    public static void write(JsonOut out, String name, Map<String, ScenarioOverride> overrides) {
        out.beginArray(name);
        overrides.forEach((path, o) -> out.beginObject().string("path", path).string("driver", o.driver().key())
                .number("value", o.value()).number("driverValue", o.scenarioValue()).endObject());
        out.endArray();
    }
}
