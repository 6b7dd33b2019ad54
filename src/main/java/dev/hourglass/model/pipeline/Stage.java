package dev.hourglass.model.pipeline;

import dev.hourglass.model.Require;

/** One buyer stage, named in the buyer's terms, in a phase. */
public record Stage(String name, Phase phase) {
    public Stage {
        Require.notBlank("stage name", name);
        name = name.strip();
        Require.present("phase of stage " + name, phase);
    }

    public ForecastCategory category() {
        return phase.category();
    }
}
