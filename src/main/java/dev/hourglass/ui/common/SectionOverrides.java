package dev.hourglass.ui.common;

import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Overrides;
import dev.hourglass.model.scenario.Scenario;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The overrides of one section of the selected scenario, as its grid shows and resets them. */
public final class SectionOverrides implements DriverOverrides {
    /** Applies a change to the selected scenario as one undoable edit. */
    @FunctionalInterface
    public interface Editor {
        void edit(UnaryOperator<Scenario> change, String description);
    }

    private final Supplier<Scenario> current;
    private final Function<Scenario, Optional<Overrides>> read;
    private final BiFunction<Scenario, Overrides, Scenario> write;
    private final Editor editor;

    /**
     * @param read  the section's overrides; empty without the section
     * @param write the scenario with the section's overrides replaced
     */
    public SectionOverrides(Supplier<Scenario> current, Function<Scenario, Optional<Overrides>> read,
                            BiFunction<Scenario, Overrides, Scenario> write, Editor editor) {
        this.current = current;
        this.read = read;
        this.write = write;
        this.editor = editor;
    }

    @Override
    public OptionalDouble scenarioValue(Driver driver) {
        Scenario scenario = current.get();
        return scenario == null ? OptionalDouble.empty() : scenario.drivers().value(driver);
    }

    @Override
    public boolean overridden(Driver driver) {
        Scenario scenario = current.get();
        return scenario != null && read.apply(scenario).map(o -> o.has(driver)).orElse(false);
    }

    @Override
    public void reset(Driver driver) {
        editor.edit(s -> read.apply(s).map(o -> write.apply(s, o.without(driver))).orElse(s),
                UiText.text("common.resetToTheScenario", driver.label()));
    }
}
