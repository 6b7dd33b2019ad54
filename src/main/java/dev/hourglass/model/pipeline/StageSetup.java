package dev.hourglass.model.pipeline;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyer's stages in order and the SAL stage, the first qualified one: a deal whose stage comes before it
 * never reached it and is left out of every pipeline figure (metrics.md §4).
 */
public record StageSetup(List<Stage> stages, String salStage) {
    private static final StageSetup DEFAULTS = new StageSetup(List.of(
            new Stage("Discovery", Phase.CONVERSATIONS),
            new Stage("Understanding value", Phase.CONVERSATIONS),
            new Stage("Building business case", Phase.CONVERSATIONS),
            new Stage("Long list", Phase.FUNDED_PROJECTS),
            new Stage("Short list", Phase.FUNDED_PROJECTS),
            new Stage("Negotiating", Phase.VOC_NEGOTIATIONS),
            new Stage("Redlining", Phase.VOC_NEGOTIATIONS)), "Understanding value");

    public StageSetup {
        stages = Require.listOf("stages", stages);
        if (stages.isEmpty()) {
            throw new InvalidInputException("stages", "stages must name at least one stage");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Stage stage : stages) {
            if (seen.put(stage.name(), seen.size()) != null) {
                throw new InvalidInputException("stages", "stage \"" + stage.name() + "\" is listed twice");
            }
        }
        Require.notBlank("SAL stage", salStage);
        salStage = salStage.strip();
        if (!seen.containsKey(salStage)) {
            throw new InvalidInputException("salStage", "SAL stage \"" + salStage + "\" is not one of the stages");
        }
    }

    /** The stages of seed 003: two or three per phase, SAL = "Understanding value". */
    public static StageSetup defaults() {
        return DEFAULTS;
    }

    public boolean contains(String stageName) {
        return indexOf(stageName) >= 0;
    }

    /** The stage's position, or -1 when it is not a stage of this setup. */
    public int indexOf(String stageName) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stageName)) {
                return i;
            }
        }
        return -1;
    }

    public int salIndex() {
        return indexOf(salStage);
    }

    /** Name → stage lookup for analysing many deals. */
    Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            index.put(stages.get(i).name(), i);
        }
        return index;
    }
}
