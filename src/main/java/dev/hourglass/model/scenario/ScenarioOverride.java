package dev.hourglass.model.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One override in a scenario, for the lists that show them (Compare, exports).
 *
 * @param section       the section's path in the scenario file ({@code retentionProgram}, {@code channels[0]})
 * @param channel       the channel's name when the section is a channel; empty for other sections
 * @param scenarioValue the scenario's own value of the driver; empty when the scenario does not set it
 */
public record ScenarioOverride(String section, String channel, Driver driver, double value,
                               OptionalDouble scenarioValue) {

    static List<ScenarioOverride> of(String section, String channel, Overrides overrides, Drivers drivers) {
        List<ScenarioOverride> list = new ArrayList<>();
        for (Map.Entry<Driver, Double> entry : overrides.values().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            list.add(new ScenarioOverride(section, channel, entry.getKey(), entry.getValue(),
                    drivers.value(entry.getKey())));
        }
        return list;
    }
}
