package dev.hourglass.ui.whatif;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioInputs;
import dev.hourglass.io.whatif.ScenarioGoalSeek;
import dev.hourglass.io.whatif.Sensitivity;
import dev.hourglass.io.whatif.TwoWayTable;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.figures.Figure;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.InvalidInputText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What-if on the selected scenario: a tornado of one output against ±X % on every input, a two-way data table of
 * one output over two inputs, and goal seek ("what must input X be for output Y to reach Z") whose answer can be
 * applied to the scenario as one undoable edit. Inputs and outputs are named as in the scenario file.
 */
public final class WhatIfViewModel {
    static final String DEFAULT_TORNADO_OUTPUT = "unitEconomics.paybackMonth";
    static final String DEFAULT_ROWS = "unitEconomics.annualLogoChurn";
    static final String DEFAULT_COLUMNS = "unitEconomics.cac";
    static final String DEFAULT_TABLE_OUTPUT = "unitEconomics.ltvToCac";
    static final String DEFAULT_GOAL_OUTPUT = "unitEconomics.ltvToCac";

    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final Locale locale;
    private boolean showing = true;
    private boolean stale;
    private final ObservableList<String> inputs = FXCollections.observableArrayList();
    private final ObservableList<String> outputs = FXCollections.observableArrayList();

    private final StringProperty tornadoOutput = new SimpleStringProperty();
    private final DoubleProperty swing = new SimpleDoubleProperty(0.10);
    private final ReadOnlyObjectWrapper<Sensitivity.Tornado> tornado = new ReadOnlyObjectWrapper<>();

    private final StringProperty rowInput = new SimpleStringProperty();
    private final StringProperty columnInput = new SimpleStringProperty();
    private final StringProperty tableOutput = new SimpleStringProperty();
    private final DoubleProperty tableSwing = new SimpleDoubleProperty(0.20);
    private final IntegerProperty steps = new SimpleIntegerProperty(5);
    private final ReadOnlyObjectWrapper<TwoWayTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tableProblem = new ReadOnlyStringWrapper("");

    private final StringProperty goalInput = new SimpleStringProperty();
    private final StringProperty goalOutput = new SimpleStringProperty();
    private final ObjectProperty<ScenarioGoalSeek.Direction> direction =
            new SimpleObjectProperty<>(ScenarioGoalSeek.Direction.AT_LEAST);
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ScenarioGoalSeek.Result> goalResult = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper goalAnswer = new ReadOnlyStringWrapper("");

    public WhatIfViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale) {
        this.selected = selected;
        this.formats = formats;
        this.locale = locale;
        selected.onChange(() -> {
            if (showing) {
                scenarioChanged();
            } else {
                stale = true; // ~10 ms of tornado and data table per edit: done when the view is shown again
            }
        });
        tornadoOutput.addListener((obs, old, now) -> recomputeTornado());
        swing.addListener((obs, old, now) -> recomputeTornado());
        for (var property : List.of(rowInput, columnInput, tableOutput)) {
            property.addListener((obs, old, now) -> recomputeTable());
        }
        tableSwing.addListener((obs, old, now) -> recomputeTable());
        steps.addListener((obs, old, now) -> recomputeTable());
        goalInput.addListener((obs, old, now) -> resetRange());
        goalOutput.addListener((obs, old, now) -> resetTarget());
        direction.addListener((obs, old, now) -> goalResult.set(null));
        scenarioChanged();
        resetRange();
        resetTarget();
    }

    /** While hidden the view does not follow edits; shown again, it catches up at once. */
    public void setShowing(boolean now) {
        showing = now;
        if (now && stale) {
            stale = false;
            scenarioChanged();
        }
    }

    private void scenarioChanged() {
        Scenario scenario = selected.get();
        List<String> inputNames = scenario == null ? List.of() : List.copyOf(ScenarioFigures.inputs(scenario).keySet());
        List<String> outputNames = scenario == null ? List.of() : List.copyOf(ScenarioFigures.outputs(scenario).keySet());
        if (!inputNames.equals(inputs)) {
            inputs.setAll(inputNames);
        }
        if (!outputNames.equals(outputs)) {
            outputs.setAll(outputNames);
        }
        keepOrDefault(tornadoOutput, outputs, DEFAULT_TORNADO_OUTPUT);
        keepOrDefault(rowInput, inputs, DEFAULT_ROWS);
        keepOrDefault(columnInput, inputs, DEFAULT_COLUMNS);
        keepOrDefault(tableOutput, outputs, DEFAULT_TABLE_OUTPUT);
        keepOrDefault(goalInput, inputs, DEFAULT_ROWS);
        keepOrDefault(goalOutput, outputs, DEFAULT_GOAL_OUTPUT);
        recomputeTornado();
        recomputeTable();
        goalResult.set(null);
        goalAnswer.set("");
    }

    private static void keepOrDefault(StringProperty choice, List<String> names, String preferred) {
        if (choice.get() != null && names.contains(choice.get())) {
            return;
        }
        choice.set(names.contains(preferred) ? preferred : names.isEmpty() ? null : names.get(0));
    }

    private void recomputeTornado() {
        Scenario scenario = selected.get();
        String output = tornadoOutput.get();
        tornado.set(scenario == null || output == null || !outputs.contains(output) ? null
                : Sensitivity.of(scenario, output, swing.get()));
    }

    private void recomputeTable() {
        Scenario scenario = selected.get();
        if (scenario == null || rowInput.get() == null || columnInput.get() == null || tableOutput.get() == null) {
            table.set(null);
            tableProblem.set("");
            return;
        }
        Map<String, Double> now = ScenarioFigures.inputs(scenario);
        try {
            table.set(TwoWayTable.of(scenario, rowInput.get(),
                    TwoWayTable.around(now.getOrDefault(rowInput.get(), 0.0), tableSwing.get(), steps.get()),
                    columnInput.get(), TwoWayTable.around(now.getOrDefault(columnInput.get(), 0.0), tableSwing.get(),
                            steps.get()), tableOutput.get()));
            tableProblem.set("");
        } catch (IllegalArgumentException e) {
            table.set(null);
            tableProblem.set(UiText.text("whatif.noDataTable", e.getMessage()));
        }
    }

    private void resetRange() {
        Scenario scenario = selected.get();
        String input = goalInput.get();
        goalResult.set(null);
        goalAnswer.set("");
        if (scenario == null || input == null || !inputs.contains(input)) {
            return;
        }
        ScenarioGoalSeek.Range range = ScenarioGoalSeek.defaultRange(scenario, input);
        InputKind kind = inputKind(input);
        from.set(kind.format(range.low(), locale));
        to.set(kind.format(range.high(), locale));
    }

    private void resetTarget() {
        Scenario scenario = selected.get();
        String output = goalOutput.get();
        goalResult.set(null);
        goalAnswer.set("");
        if (scenario == null || output == null) {
            return;
        }
        Double now = ScenarioFigures.outputs(scenario).get(output);
        if (now != null) {
            target.set(inputKind(output).format(now, locale));
        }
    }

    /** Seeks the goal as set; the answer (or why there is none) is in {@link #goalAnswerProperty()}. */
    public void seek() {
        Scenario scenario = selected.get();
        goalResult.set(null);
        if (scenario == null || goalInput.get() == null || goalOutput.get() == null) {
            goalAnswer.set(UiText.text("whatif.chooseAnInputAnd"));
            return;
        }
        String input = goalInput.get();
        String output = goalOutput.get();
        double goal;
        ScenarioGoalSeek.Range range;
        try {
            goal = parse(UiText.text("whatif.theGoal"), target.get(), inputKind(output));
            range = new ScenarioGoalSeek.Range(parse(UiText.text("whatif.rangeStart"), from.get(), inputKind(input)),
                    parse(UiText.text("whatif.rangeEnd"), to.get(), inputKind(input)));
        } catch (IllegalArgumentException e) {
            goalAnswer.set(e.getMessage());
            return;
        }
        ScenarioGoalSeek.Result result;
        try {
            result = ScenarioGoalSeek.seek(scenario,
                    new ScenarioGoalSeek.Goal(input, output, direction.get(), goal), range);
        } catch (IllegalArgumentException e) {
            goalAnswer.set(UiText.text("whatif.cannotSeek", whySeekFailed(e, input)));
            return;
        }
        goalResult.set(result);
        goalAnswer.set(describe(result));
    }

    /** A range that does not go up is said by its rule, its ends as the input is typed. */
    private String whySeekFailed(IllegalArgumentException e, String input) {
        if (e instanceof InvalidInputException refused && refused.rule().orElse(null) == Rule.RANGE_NOT_RISING) {
            return InvalidInputText.of(UiText.text("whatif.theRange"), inputKind(input), locale, refused);
        }
        return e.getMessage();
    }

    private double parse(String field, String text, InputKind kind) {
        try {
            return kind.parse(text == null ? "" : text, locale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(UiText.text("whatif.check", field, e.getMessage()));
        }
    }

    private String describe(ScenarioGoalSeek.Result result) {
        ScenarioGoalSeek.Goal goal = result.goal();
        String input = name(goal.input());
        String output = name(goal.output());
        String goalText = output + " " + goal.direction().symbol() + " " + format(goal.output(), goal.target());
        String rangeText = UiText.text("whatif.to", format(goal.input(), result.range().low()), format(goal.input(), result.range().high()));
        if (!result.found()) {
            return result.metEverywhere()
                    ? UiText.text("whatif.everyValueOfFrom", input, rangeText, goalText)
                    : UiText.text("whatif.noValueOfFrom", input, rangeText, goalText);
        }
        double value = result.value().getAsDouble();
        return UiText.text("whatif.nowGivesTheGoal", input, format(goal.input(), value), format(goal.input(), result.inputNow()), output, format(goal.output(), result.reached().orElse(Double.NaN)), goalText, UiText.text(result.metUpTo() ? "whatif.upTo" : "whatif.from"));
    }

    /** Sets the goal's input to the value found, as one undoable edit of the scenario. */
    public void applyGoal() {
        ScenarioGoalSeek.Result result = goalResult.get();
        if (result == null || !result.found()) {
            return;
        }
        String input = result.goal().input();
        double value = result.value().getAsDouble();
        String shown = format(input, value);
        String name = name(input);
        selected.edit(s -> ScenarioInputs.with(s, input, value), UiText.text("edit.goalSeek", name, shown));
        goalAnswer.set(UiText.text("whatif.appliedUndoCtrlZ", name, shown));
    }

    /** An input's value in the selected scenario now; NaN when it has none. */
    public double inputNow(String path) {
        Scenario scenario = selected.get();
        return scenario == null ? Double.NaN : ScenarioFigures.inputs(scenario).getOrDefault(path, Double.NaN);
    }

    /** A figure's value with the catalogue's unit and format; a figure the catalogue does not know as a number. */
    public String format(String path, double value) {
        return FigureCatalogue.find(path).map(f -> formats.withCurrency(selected.currency()).format(f, value))
                .orElseGet(() -> formats.number(value, 2));
    }

    /**
     * A figure as a reader names it, as the exports do ("Unit economics · Annual logo churn"); the scenario-file
     * key where the catalogue does not know it.
     */
    public String label(String path) {
        return FigureCatalogue.find(path)
                .map(f -> formats.texts().section(f.section()) + " · " + formats.texts().label(path)).orElse(path);
    }

    /** The figure's own words for a sentence ("Annual logo churn"); its key where the catalogue does not know it. */
    public String name(String path) {
        return FigureCatalogue.find(path).isPresent() ? formats.texts().label(path) : path;
    }

    public String noData() {
        return formats.noData();
    }

    /** How a value of this figure is typed, by its unit. */
    private static InputKind inputKind(String path) {
        return InputKind.of(FigureCatalogue.find(path).map(Figure::unit).orElse(Unit.COUNT));
    }

    public ObservableList<String> inputs() {
        return inputs;
    }

    public ObservableList<String> outputs() {
        return outputs;
    }

    public StringProperty tornadoOutputProperty() {
        return tornadoOutput;
    }

    public DoubleProperty swingProperty() {
        return swing;
    }

    /** Null when the workbook has no scenario. */
    public ReadOnlyObjectProperty<Sensitivity.Tornado> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    public StringProperty rowInputProperty() {
        return rowInput;
    }

    public StringProperty columnInputProperty() {
        return columnInput;
    }

    public StringProperty tableOutputProperty() {
        return tableOutput;
    }

    public DoubleProperty tableSwingProperty() {
        return tableSwing;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyObjectProperty<TwoWayTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tableProblemProperty() {
        return tableProblem.getReadOnlyProperty();
    }

    public StringProperty goalInputProperty() {
        return goalInput;
    }

    public StringProperty goalOutputProperty() {
        return goalOutput;
    }

    public ObjectProperty<ScenarioGoalSeek.Direction> directionProperty() {
        return direction;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<ScenarioGoalSeek.Result> goalResultProperty() {
        return goalResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalAnswerProperty() {
        return goalAnswer.getReadOnlyProperty();
    }
}
