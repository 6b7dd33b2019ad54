package dev.hourglass.store;

import dev.hourglass.model.scenario.Scenario;

/**
 * Turns a scenario's inputs into the text kept in the workbook and back. The store keeps the interchange JSON of
 * cli.md (a small, nested shape) without depending on the JSON library: whoever opens a workbook passes the codec.
 */
public interface ScenarioCodec {
    String encode(Scenario scenario);

    /** Reads the text back; throws {@link IllegalArgumentException} with a message naming the field at fault. */
    Scenario decode(String text);
}
