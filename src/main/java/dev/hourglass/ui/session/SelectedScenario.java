package dev.hourglass.ui.session;

import dev.hourglass.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.value.ChangeListener;

/**
 * What every scenario view needs from the session: the selected scenario now, news when it (or its inputs)
 * change, and a way to edit it that is undoable and autosaved.
 */
public final class SelectedScenario {
    private final WorkbookSession session;
    private final List<Runnable> listeners = new ArrayList<>();
    private final ChangeListener<Scenario> inputsChanged = (obs, old, now) -> changed();

    public SelectedScenario(WorkbookSession session) {
        this.session = session;
        session.selectedProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.scenarioProperty().removeListener(inputsChanged);
            }
            if (now != null) {
                now.scenarioProperty().addListener(inputsChanged);
            }
            changed();
        });
        ScenarioEntry entry = session.selectedProperty().get();
        if (entry != null) {
            entry.scenarioProperty().addListener(inputsChanged);
        }
    }

    /** The selected scenario, or null when the workbook has none. */
    public Scenario get() {
        ScenarioEntry entry = session.selectedProperty().get();
        return entry == null ? null : entry.scenario();
    }

    public String currency() {
        Scenario scenario = get();
        return scenario == null ? Scenario.DEFAULT_CURRENCY : scenario.currency();
    }

    /** Applies a change to the selected scenario as one undoable edit. */
    public void edit(UnaryOperator<Scenario> change, String description) {
        ScenarioEntry entry = session.selectedProperty().get();
        if (entry != null) {
            session.edit(entry, change.apply(entry.scenario()), description);
        }
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
