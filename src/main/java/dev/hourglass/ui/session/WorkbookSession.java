package dev.hourglass.ui.session;

import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.Autosaver;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.EditHistory;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.ReadOnlyText;
import dev.hourglass.ui.common.UiText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open workbook as the window sees it: its scenarios with their current (maybe unsaved) inputs, the selected
 * one, undo/redo across every edit, autosave of edits, and Save. Every view edits through {@link #edit}.
 */
public final class WorkbookSession implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Workbook workbook;
    private final Autosaver autosaver;
    private Autosaver.Status lastAutosave; // null until the first autosave: the status tells the opened state
    private final ObservableList<ScenarioEntry> scenarios = FXCollections.observableArrayList();
    private final Map<Long, Scenario> saved = new HashMap<>();
    private final ObjectProperty<ScenarioEntry> selected = new SimpleObjectProperty<>();
    private final EditHistory history = new EditHistory();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper autosaveStatus = new ReadOnlyStringWrapper("");

    /**
     * @param uiThread where autosave news is delivered (the FX thread in the app, a direct executor in tests)
     */
    public WorkbookSession(Workbook workbook, Duration autosaveDelay, Executor uiThread) throws WorkbookException {
        this.workbook = workbook;
        this.autosaver = new Autosaver(workbook, autosaveDelay, status -> uiThread.execute(() -> showAutosave(status)));
        for (StoredScenario stored : workbook.scenarios()) {
            saved.put(stored.id(), stored.scenario());
            scenarios.add(new ScenarioEntry(stored.id(), stored.scenario(), false));
        }
        if (!scenarios.isEmpty()) {
            selected.set(scenarios.get(0));
        }
        showAutosaveStatus();
        updateModified();
    }

    /** Writes the status line and the title again in the language now chosen. */
    public void relabel() {
        showAutosaveStatus();
        updateModified();
    }

    public Workbook workbook() {
        return workbook;
    }

    public ObservableList<ScenarioEntry> scenarios() {
        return scenarios;
    }

    public ObjectProperty<ScenarioEntry> selectedProperty() {
        return selected;
    }

    public EditHistory history() {
        return history;
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** "Hourglass — Sample.hourglass •" with the marker while anything is unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty autosaveStatusProperty() {
        return autosaveStatus.getReadOnlyProperty();
    }

    /** Makes {@code changed} the scenario's inputs; undoable; autosaved within seconds. */
    public void edit(ScenarioEntry entry, Scenario changed, String description) {
        Scenario before = entry.scenario();
        if (before.equals(changed)) {
            return;
        }
        set(entry, changed);
        history.done(new EditHistory.Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                set(entry, before);
                selected.set(entry);
            }

            @Override
            public void redo() {
                set(entry, changed);
                selected.set(entry);
            }
        });
    }

    /** Saves every scenario with unsaved edits as a new version. */
    public void save() throws WorkbookException {
        for (ScenarioEntry entry : scenarios) {
            if (entry.unsavedProperty().get()) {
                autosaver.forget(entry.id());
                workbook.saveScenario(entry.id(), entry.scenario(), "saved");
                saved.put(entry.id(), entry.scenario());
                entry.unsavedProperty().set(false);
            }
        }
        updateModified();
        autosaveStatus.set(UiText.text("session.savedAt", TIME.format(Instant.now())));
    }

    /** Forgets every unsaved edit (the user chose not to save): the workbook keeps its saved inputs. */
    public void discardUnsaved() throws WorkbookException {
        for (ScenarioEntry entry : scenarios) {
            if (entry.unsavedProperty().get()) {
                autosaver.forget(entry.id());
                workbook.discardDraft(entry.id());
                entry.scenarioProperty().set(saved.get(entry.id()));
                entry.unsavedProperty().set(false);
            }
        }
        updateModified();
    }

    /** Adds a scenario (saved at once, so it has an id); undo removes it again. */
    public ScenarioEntry add(Scenario scenario) throws WorkbookException {
        ScenarioEntry entry = insert(scenario, scenarios.size());
        ScenarioEntry[] current = {entry};
        history.done(new EditHistory.Edit() {
            @Override
            public String description() {
                return UiText.text("session.add", scenario.name());
            }

            @Override
            public void undo() {
                remove(current[0]);
            }

            @Override
            public void redo() {
                try {
                    current[0] = insert(current[0].scenario(), scenarios.size());
                } catch (WorkbookException e) {
                    autosaveStatus.set(FileProblemText.of(e));
                }
            }
        });
        return entry;
    }

    private ScenarioEntry insert(Scenario scenario, int position) throws WorkbookException {
        StoredScenario stored = workbook.addScenario(scenario);
        if (position < scenarios.size()) {
            workbook.moveScenario(stored.id(), position);
        }
        ScenarioEntry entry = new ScenarioEntry(stored.id(), stored.scenario(), false);
        saved.put(entry.id(), stored.scenario());
        scenarios.add(Math.min(position, scenarios.size()), entry);
        selected.set(entry);
        updateModified();
        return entry;
    }

    private void remove(ScenarioEntry entry) {
        try {
            int position = scenarios.indexOf(entry);
            autosaver.forget(entry.id());
            workbook.deleteScenario(entry.id());
            saved.remove(entry.id());
            scenarios.remove(entry);
            selected.set(scenarios.isEmpty() ? null : scenarios.get(Math.max(0, position - 1)));
            updateModified();
        } catch (WorkbookException e) {
            autosaveStatus.set(FileProblemText.of(e));
        }
    }

    /** Deletes a scenario from the workbook; undo brings it back with its current inputs, in its place. */
    public void delete(ScenarioEntry entry) throws WorkbookException {
        int position = scenarios.indexOf(entry);
        Scenario content = entry.scenario();
        autosaver.forget(entry.id());
        workbook.deleteScenario(entry.id());
        saved.remove(entry.id());
        scenarios.remove(entry);
        selected.set(scenarios.isEmpty() ? null : scenarios.get(Math.max(0, position - 1)));
        updateModified();
        ScenarioEntry[] current = {entry};
        history.done(new EditHistory.Edit() {
            @Override
            public String description() {
                return UiText.text("session.delete", content.name());
            }

            @Override
            public void undo() {
                try {
                    current[0] = insert(content, position);
                } catch (WorkbookException e) {
                    autosaveStatus.set(FileProblemText.of(e));
                }
            }

            @Override
            public void redo() {
                remove(current[0]);
            }
        });
    }

    /** A copy of the scenario with its current inputs, named "name (copy)". */
    public ScenarioEntry duplicate(ScenarioEntry entry) throws WorkbookException {
        return add(entry.scenario().withName(Scenario.suffixedName(entry.scenario().name(), UiText.text("session.copy"))));
    }

    /** Renames a scenario (an edit like any other); refused when another scenario has the name. */
    public void rename(ScenarioEntry entry, String name) {
        String wanted = name.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("A scenario needs a name.");
        }
        for (ScenarioEntry other : scenarios) {
            if (other != entry && other.scenario().name().equals(wanted)) {
                throw new IllegalArgumentException("There is already a scenario named '" + wanted + "'.");
            }
        }
        edit(entry, entry.scenario().withName(wanted), UiText.text("session.renameTo", wanted));
    }

    public void describe(ScenarioEntry entry, String description) {
        edit(entry, entry.scenario().withDescription(description.strip()), "description");
    }

    /** Moves a scenario up or down the navigator. */
    public void move(ScenarioEntry entry, int position) throws WorkbookException {
        int to = Math.max(0, Math.min(position, scenarios.size() - 1));
        workbook.moveScenario(entry.id(), to);
        scenarios.remove(entry);
        scenarios.add(to, entry);
        selected.set(entry);
    }

    @Override
    public void close() {
        autosaver.close();
        workbook.close();
    }

    private void set(ScenarioEntry entry, Scenario value) {
        entry.scenarioProperty().set(value);
        boolean unsaved = !value.equals(saved.get(entry.id()));
        entry.unsavedProperty().set(unsaved);
        if (!workbook.isReadOnly()) {
            autosaver.edited(entry.id(), value);
        }
        updateModified();
    }

    private void updateModified() {
        modified.set(scenarios.stream().anyMatch(e -> e.unsavedProperty().get()));
        title.set(UiText.text("session.hourglass", workbook.file().getFileName(), (workbook.isReadOnly() ? UiText.text("session.readOnly2") : ""), (modified.get() ? " •" : "")));
    }

    private void showAutosave(Autosaver.Status status) {
        lastAutosave = status;
        showAutosaveStatus();
    }

    private void showAutosaveStatus() {
        Autosaver.Status status = lastAutosave;
        if (status == null) {
            autosaveStatus.set(workbook.isReadOnly()
                    ? UiText.text("session.readOnly", ReadOnlyText.of(workbook))
                    : UiText.text("session.allChangesSaved"));
            return;
        }
        autosaveStatus.set(switch (status.state()) {
            case SAVED -> UiText.text("session.editsKeptAutosavedCtrl", TIME.format(status.at()));
            case PENDING -> UiText.text("session.unsavedEdits");
            case FAILED -> UiText.text("session.autosaveFailed", status.message());
        });
    }
}
