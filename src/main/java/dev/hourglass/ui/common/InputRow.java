package dev.hourglass.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A row of an input grid as shown: label, the value as text, its unit, and why the last typed value was refused. */
public final class InputRow {
    private final InputField<?> field;
    private String label;
    private String help;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper override = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper();

    InputRow(InputField<?> field) {
        this.field = field;
        this.label = field.label();
        this.help = field.help();
    }

    public InputField<?> field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    /** The figure catalogue's words for this input, in the grid's language. */
    void name(String catalogueLabel, String catalogueHelp) {
        this.label = catalogueLabel;
        this.help = catalogueHelp;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** Null when the last value typed here was taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Null when the row shows the scenario's value or the section's own input; else what the override replaces
     * ("Overrides the scenario's ACV of 24,000 USD").
     */
    public ReadOnlyStringProperty overrideProperty() {
        return override.getReadOnlyProperty();
    }

    public boolean overridden() {
        return override.get() != null;
    }

    /** Null when the row holds one value; else what its range is and which value the figures use. */
    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    void setRange(String note) {
        range.set(note);
    }

    void setOverride(String note) {
        override.set(note);
    }

    void show(String value, String unitText) {
        text.set(value);
        unit.set(unitText);
    }

    void setError(String message) {
        error.set(message);
    }
}
