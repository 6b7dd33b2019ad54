package dev.hourglass.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hourglass.io.json.JsonFieldException;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.io.json.ScenarioJsonWriter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.ScenarioCodec;

/** Keeps scenarios in the workbook as the interchange JSON of cli.md, so export gives back what was imported. */
public final class JsonScenarioCodec implements ScenarioCodec {
    public static final JsonScenarioCodec INSTANCE = new JsonScenarioCodec();

    private JsonScenarioCodec() {
    }

    @Override
    public String encode(Scenario scenario) {
        return ScenarioJsonWriter.toJson(scenario);
    }

    @Override
    public Scenario decode(String text) {
        try {
            return ScenarioJsonReader.read(text);
        } catch (JsonFieldException e) {
            throw new IllegalArgumentException("field " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }
}
