package dev.hourglass.ui.session;

import dev.hourglass.model.scenario.Scenario;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;

/** A scenario of the open workbook as the navigator shows it: its current inputs and whether they are saved. */
public final class ScenarioEntry {
    private final long id;
    private final ObjectProperty<Scenario> scenario;
    private final BooleanProperty unsaved = new SimpleBooleanProperty();

    ScenarioEntry(long id, Scenario scenario, boolean unsaved) {
        this.id = id;
        this.scenario = new SimpleObjectProperty<>(scenario);
        this.unsaved.set(unsaved);
    }

    public long id() {
        return id;
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    @Override
    public String toString() {
        return scenario.get().name();
    }
}
