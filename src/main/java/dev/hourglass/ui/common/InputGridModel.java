package dev.hourglass.ui.common;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.figures.Figure;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view model of an input grid over one section of a scenario (e.g. unit economics): typed edits, pasted
 * ranges and copies. A value the section refuses is explained and the last good value kept; a paste is applied
 * as one edit, so one undo takes it back.
 */
public final class InputGridModel<S> {
    private final List<InputField<S>> fields;
    private final Supplier<S> current;
    private final Consumer<S> apply;
    private final Supplier<String> currency;
    private final Locale locale;
    private final ObservableList<InputRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private DriverOverrides overrides;
    /** Per row, the catalogue's unit word where the grid's kind of input shows none ("×", "years"); else null. */
    private final String[] catalogueUnits;
    private DriverRanges ranges;

    /**
     * @param current the section's value now (may be null: no such section)
     * @param apply   makes a new value the scenario's (recorded for undo by the caller)
     */
    public InputGridModel(List<InputField<S>> fields, Supplier<S> current, Consumer<S> apply, Supplier<String> currency,
                          Locale locale) {
        this.fields = List.copyOf(fields);
        this.current = current;
        this.apply = apply;
        this.currency = currency;
        this.locale = locale;
        this.catalogueUnits = new String[fields.size()];
        for (InputField<S> field : fields) {
            rows.add(new InputRow(field));
        }
        refresh();
    }

    /**
     * Names the rows as the figure catalogue does — the label and formula text of {@code prefix + key}, in the
     * grid's language — where the catalogue knows the figure ({@code "unitEconomics."} + {@code "acv"}), and gives a
     * row whose kind of input shows no unit the catalogue's ("×" of a multiple, "years").
     */
    public InputGridModel<S> namedBy(String prefix) {
        FigureTexts texts = FigureTexts.of(UiText.language());
        for (int i = 0; i < fields.size(); i++) {
            String path = prefix + fields.get(i).key();
            Optional<Figure> figure = FigureCatalogue.find(path);
            if (figure.isPresent()) {
                rows.get(i).name(texts.label(path), texts.formula(path));
                catalogueUnits[i] = unitWord(texts, figure.get().unit());
            }
        }
        showValues();
        return this;
    }

    private static String unitWord(FigureTexts texts, Unit unit) {
        String key = switch (unit) {
            case MULTIPLE -> "unit.multiple";
            case MONTHS -> "unit.months";
            case YEARS -> "unit.years";
            case HOURS -> "unit.hours";
            case POINTS -> "unit.points";
            default -> null;
        };
        return key == null ? null : texts.text(key, "").strip();
    }

    /**
     * Lets the rows that are the scenario's drivers take a range ({@code 15% to 22%}, {@code 15% / 18% / 22%}) and
     * show it (forecast.md §3).
     */
    public InputGridModel<S> withRanges(DriverRanges value) {
        this.ranges = value;
        showValues();
        return this;
    }

    /** Marks the rows whose driver the section overrides, and lets them be reset (see {@link #reset(int)}). */
    public void showOverrides(DriverOverrides value) {
        this.overrides = value;
        showValues();
    }

    /** Makes an overridden row read the scenario's value again; false when the row overrides nothing. */
    public boolean reset(int row) {
        if (row < 0 || row >= rows.size() || !rows.get(row).overridden()) {
            return false;
        }
        overrides.reset(fields.get(row).driver().orElseThrow());
        refresh();
        return true;
    }

    public ObservableList<InputRow> rows() {
        return rows;
    }

    /** The explanation of the last refused value or paste; null when all was taken. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Shows the section's current values (after an edit, an undo, another scenario). A refused value's mark and
     * message go: they were about the value shown before.
     */
    public void refresh() {
        rows.forEach(row -> row.setError(null));
        message.set(null);
        showValues();
    }

    private void showValues() {
        S section = current.get();
        for (int i = 0; i < fields.size(); i++) {
            InputField<S> field = fields.get(i);
            OptionalDouble value = section == null ? OptionalDouble.empty() : field.getter().apply(section);
            String unit = field.kind().unit(currency.get());
            Optional<DriverRange> range = section == null ? Optional.empty() : rangeOf(field);
            rows.get(i).show(range.isPresent() ? RangeText.format(range.get(), field.kind(), locale)
                            : value.isPresent() ? field.kind().format(value.getAsDouble(), locale) : "",
                    unit.isEmpty() && catalogueUnits[i] != null ? catalogueUnits[i] : unit);
            rows.get(i).setOverride(section == null ? null : overrideNote(field));
            rows.get(i).setRange(range.map(r -> RangeText.note(r, field.kind(), locale)).orElse(null));
        }
    }

    private String overrideNote(InputField<S> field) {
        if (overrides == null || field.driver().isEmpty() || !overrides.overridden(field.driver().get())) {
            return null;
        }
        Driver driver = field.driver().get();
        OptionalDouble scenario = overrides.scenarioValue(driver);
        if (scenario.isEmpty()) {
            return UiText.text("common.theScenarioHasNo", driver.label());
        }
        String unit = field.kind() == InputKind.PERCENT ? "" : field.kind().unit(currency.get()); // "18 %" has it
        return UiText.text("common.overridesTheScenarioS", driver.label(), field.kind().format(scenario.getAsDouble(), locale), (unit.isEmpty() ? "" : " " + unit));
    }

    /** The user typed {@code text} into a row; true when it was taken. */
    public boolean edit(int row, String text) {
        Optional<List<String>> parts = RangeText.parts(text);
        Optional<Driver> driver = ranges == null ? Optional.empty() : driverOf(fields.get(row));
        if (parts.isPresent() && driver.isPresent() && current.get() != null) {
            return applyRange(row, driver.get(), parts.get());
        }
        return applyAll(List.of(new Change(row, text)));
    }

    private boolean applyRange(int row, Driver driver, List<String> parts) {
        InputField<S> field = fields.get(row);
        try {
            ranges.set(driver, RangeText.parse(parts, field.kind(), locale));
        } catch (IllegalArgumentException e) {
            String why = userMessage(field, e);
            rows.get(row).setError(why);
            message.set(UiText.text("common.theLastGoodValue2", why));
            showValues();
            return false;
        }
        refresh();
        return true;
    }

    private Optional<DriverRange> rangeOf(InputField<S> field) {
        return ranges == null ? Optional.empty() : driverOf(field).flatMap(ranges::range);
    }

    /** The scenario driver a row is: its own where the section reads it, else the one of the same key. */
    private static Optional<Driver> driverOf(InputField<?> field) {
        return field.driver().or(() -> Driver.byKey(field.key()));
    }

    /**
     * Pastes tab-separated text (from Excel, LibreOffice or this grid) at a row. Two columns whose first cells name
     * inputs set those inputs; otherwise the first column fills the rows downward from {@code startRow}.
     */
    public boolean paste(int startRow, String tsv) {
        List<String[]> lines = new ArrayList<>();
        for (String line : tsv.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.split("\t", -1));
            }
        }
        if (lines.isEmpty()) {
            return false;
        }
        List<Change> changes = new ArrayList<>();
        boolean byLabel = lines.stream().allMatch(cells -> cells.length >= 2 && rowOf(cells[0]) >= 0);
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            int row = byLabel ? rowOf(cells[0]) : startRow + i;
            if (row >= fields.size()) {
                message.set(UiText.text("common.thePastedRangeHas", lines.size(), (fields.size() - startRow), fields.get(startRow).label()));
                return false;
            }
            changes.add(new Change(row, byLabel ? cells[1] : cells[0]));
        }
        return applyAll(changes);
    }

    /** The rows as tab-separated "label, value, unit" lines, as a spreadsheet takes them. */
    public String copy(List<Integer> selectedRows) {
        StringBuilder tsv = new StringBuilder();
        for (int row : selectedRows) {
            InputRow shown = rows.get(row);
            tsv.append(shown.label()).append('\t').append(shown.textProperty().get()).append('\t')
                    .append(shown.unitProperty().get()).append('\n');
        }
        return tsv.toString();
    }

    private record Change(int row, String text) {
    }

    private boolean applyAll(List<Change> changes) {
        S section = current.get();
        if (section == null) {
            message.set(UiText.text("common.thisScenarioHasNo"));
            return false;
        }
        for (Change change : changes) {
            InputField<S> field = fields.get(change.row());
            InputRow row = rows.get(change.row());
            try {
                OptionalDouble value = parse(field, change.text());
                section = field.changer().with(section, value);
                row.setError(null);
            } catch (IllegalArgumentException e) {
                String why = userMessage(field, e);
                row.setError(why);
                message.set(why + (changes.size() > 1 ? UiText.text("common.nothingWasPasted") : UiText.text("common.theLastGoodValue")));
                showValues();
                return false;
            }
        }
        try {
            apply.accept(section);
        } catch (IllegalArgumentException e) {
            // The section took the value, the scenario did not (a driver another section cannot take).
            message.set(UiText.text("common.theLastGoodValue2", userMessage(fields.get(changes.get(0).row()), e)));
            showValues();
            return false;
        }
        refresh();
        return true;
    }

    private OptionalDouble parse(InputField<S> field, String text) {
        if (text.isBlank()) {
            if (field.optional()) {
                return OptionalDouble.empty();
            }
            throw new IllegalArgumentException(UiText.text("common.aValueIsNeeded"));
        }
        return OptionalDouble.of(field.kind().parse(text, locale));
    }

    private int rowOf(String label) {
        String wanted = label.strip();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).label().equalsIgnoreCase(wanted) || fields.get(i).key().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The input the model calls {@code name} ("churn now" is the row keyed churnNow), if this grid has it. */
    public Optional<InputField<S>> fieldNamed(String name) {
        int row = rowOf(name);
        if (row < 0) {
            row = rowOf(name.replace(" ", ""));
        }
        return row < 0 ? Optional.empty() : Optional.of(fields.get(row));
    }

    private String labelOf(String name) {
        return fieldNamed(name).map(InputField::label).orElse(name);
    }

    /** Why the value was refused, named by the field's label ("Gross margin must be between 0% and 100%, got 180%"). */
    private String userMessage(InputField<?> field, IllegalArgumentException e) {
        String text = e.getMessage() == null ? UiText.text("common.notAValidValue") : e.getMessage();
        if (e instanceof InvalidInputException refused) {
            return InvalidInputText.of(field.label(), field.kind(), locale, refused, this::labelOf);
        }
        return field.label() + ": " + text;
    }
}
