package dev.hourglass.ui.whatif;

import dev.hourglass.io.whatif.ScenarioGoalSeek;
import dev.hourglass.io.whatif.Sensitivity;
import dev.hourglass.io.whatif.TwoWayTable;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.View;
import dev.hourglass.ui.common.WholeNumberSpinners;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Thin: binds the what-if view model to its controls and draws the tornado and the heat grid. */
public final class WhatIfController implements View {
    private final WhatIfViewModel viewModel;

    @FXML
    private ComboBox<String> tornadoOutput;
    @FXML
    private Spinner<Integer> swing;
    @FXML
    private ComboBox<String> rowInput;
    @FXML
    private ComboBox<String> columnInput;
    @FXML
    private ComboBox<String> tableOutput;
    @FXML
    private Spinner<Integer> tableSwing;
    @FXML
    private Spinner<Integer> steps;
    @FXML
    private ComboBox<String> goalInput;
    @FXML
    private ComboBox<String> goalOutput;
    @FXML
    private ChoiceBox<ScenarioGoalSeek.Direction> direction;
    @FXML
    private TextField target;
    @FXML
    private TextField from;
    @FXML
    private TextField to;
    @FXML
    private Button apply;
    @FXML
    private Label answer;
    @FXML
    private Label tornadoTitle;
    @FXML
    private Label lowLegend;
    @FXML
    private Label highLegend;
    @FXML
    private TornadoChart tornado;
    @FXML
    private Label tornadoEmpty;
    @FXML
    private Label tableTitle;
    @FXML
    private HeatGrid heatGrid;
    @FXML
    private Label tableProblem;

    public WhatIfController(WhatIfViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private SplitPane view;

    @Override
    public void shown() {
        viewModel.setShowing(true);
    }

    @Override
    public void hidden() {
        viewModel.setShowing(false);
    }

    @FXML
    void initialize() {
        choose(tornadoOutput, viewModel.outputs(), viewModel.tornadoOutputProperty());
        choose(rowInput, viewModel.inputs(), viewModel.rowInputProperty());
        choose(columnInput, viewModel.inputs(), viewModel.columnInputProperty());
        choose(tableOutput, viewModel.outputs(), viewModel.tableOutputProperty());
        choose(goalInput, viewModel.inputs(), viewModel.goalInputProperty());
        choose(goalOutput, viewModel.outputs(), viewModel.goalOutputProperty());
        percent(swing, 1, 90, 5, viewModel.swingProperty());
        percent(tableSwing, 1, 90, 5, viewModel.tableSwingProperty());
        WholeNumberSpinners.configure(steps, 2, 11, viewModel.stepsProperty().get(), 1);
        steps.valueProperty().addListener((obs, old, now) -> viewModel.stepsProperty().set(now));

        direction.getItems().setAll(ScenarioGoalSeek.Direction.values());
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScenarioGoalSeek.Direction d) {
                return d == null ? "" : d == ScenarioGoalSeek.Direction.AT_MOST ? UiText.text("whatif.isAtMost") : UiText.text("whatif.isAtLeast");
            }

            @Override
            public ScenarioGoalSeek.Direction fromString(String text) {
                return null;
            }
        });
        direction.valueProperty().bindBidirectional(viewModel.directionProperty());
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        from.textProperty().bindBidirectional(viewModel.fromProperty());
        to.textProperty().bindBidirectional(viewModel.toProperty());
        answer.textProperty().bind(viewModel.goalAnswerProperty());
        apply.disableProperty().bind(viewModel.goalResultProperty().map(r -> !r.found()).orElse(true));

        viewModel.tornadoProperty().addListener((obs, old, now) -> drawTornado(now));
        viewModel.tableProperty().addListener((obs, old, now) -> drawTable(now));
        tableProblem.textProperty().bind(viewModel.tableProblemProperty());
        drawTornado(viewModel.tornadoProperty().get());
        drawTable(viewModel.tableProperty().get());
    }

    @FXML
    void seek() {
        viewModel.seek();
    }

    @FXML
    void apply() {
        viewModel.applyGoal();
    }

    /** A figure chooser: the figure's words, its scenario-file key (what the command line takes) as the tooltip. */
    private void choose(ComboBox<String> box, ObservableList<String> names, StringProperty choice) {
        box.setItems(names);
        // Typing filters the figures by their words (ControlsFX's searchable combo box filters on the converter).
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String path) {
                return path == null ? "" : viewModel.label(path);
            }

            @Override
            public String fromString(String text) {
                return names.stream().filter(p -> viewModel.label(p).equals(text) || p.equals(text)).findFirst()
                        .orElse(null);
            }
        });
        box.setCellFactory(list -> new FigureCell());
        box.setButtonCell(new FigureCell());
        // Not bound both ways: while the user types a search the box has no value, and the view keeps its figure.
        box.setValue(choice.get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                choice.set(now);
            }
        });
        choice.addListener((obs, old, now) -> box.setValue(now));
    }

    private final class FigureCell extends ListCell<String> {
        @Override
        protected void updateItem(String path, boolean empty) {
            super.updateItem(path, empty);
            setText(empty || path == null ? null : viewModel.label(path));
            setTooltip(empty || path == null ? null : Tables.tooltip(path));
        }
    }

    private static void percent(Spinner<Integer> spinner, int min, int max, int step, DoubleProperty fraction) {
        WholeNumberSpinners.configure(spinner, min, max, (int) Math.round(fraction.get() * 100), step);
        spinner.valueProperty().addListener((obs, old, now) -> fraction.set(now / 100.0));
    }

    private void drawTornado(Sensitivity.Tornado t) {
        if (t == null) {
            tornadoTitle.setText(UiText.text("whatif.sensitivity"));
            tornado.show(0, "", List.of());
            tornadoEmpty.setText(UiText.text("whatif.thisWorkbookHasNo"));
            return;
        }
        String swingText = Math.round(t.swing() * 100) + " %";
        tornadoTitle.setText(UiText.text("whatif.againstOnEachInput", viewModel.name(t.output()), swingText));
        lowLegend.setText(UiText.text("whatif.input", swingText));
        highLegend.setText(UiText.text("whatif.input2", swingText));
        List<TornadoChart.Bar> bars = new ArrayList<>();
        for (Sensitivity.Bar bar : t.bars()) {
            bars.add(new TornadoChart.Bar(viewModel.name(bar.input()) + "  (" + viewModel.format(bar.input(), bar.inputNow()) + ")",
                    bar.outputLow().orElse(t.outputNow()), bar.outputHigh().orElse(t.outputNow()),
                    text(t.output(), bar.outputLow()), text(t.output(), bar.outputHigh()),
                    explain(t, bar, -1, bar.outputLow()), explain(t, bar, 1, bar.outputHigh())));
        }
        tornado.show(t.outputNow(), UiText.text("whatif.now", viewModel.format(t.output(), t.outputNow())), bars);
        tornadoEmpty.setText(bars.isEmpty() ? UiText.text("whatif.noInputMovesBy", viewModel.label(t.output()), swingText) : "");
    }

    private String text(String output, OptionalDouble value) {
        return value.isPresent() ? viewModel.format(output, value.getAsDouble()) : viewModel.noData();
    }

    private String explain(Sensitivity.Tornado t, Sensitivity.Bar bar, int sign, OptionalDouble value) {
        double moved = bar.inputNow() * (1 + sign * t.swing());
        return UiText.text("whatif.1NNow", viewModel.label(bar.input()), viewModel.format(bar.input(), bar.inputNow()), (sign < 0 ? "−" : "+"), Math.round(t.swing() * 100), viewModel.format(bar.input(), moved), viewModel.label(t.output()), text(t.output(), value), viewModel.format(t.output(), t.outputNow()));
    }

    private void drawTable(TwoWayTable table) {
        if (table == null) {
            tableTitle.setText(UiText.text("whatif.twoWayDataTable"));
            heatGrid.show(null, viewModel::format, viewModel::label, viewModel.noData(), 0, 0);
            return;
        }
        tableTitle.setText(UiText.text("whatif.byAndLighterLower", viewModel.name(table.output()), viewModel.name(table.rowInput()), viewModel.name(table.columnInput())));
        heatGrid.show(table, viewModel::format, viewModel::name, viewModel.noData(), viewModel.inputNow(table.rowInput()),
                viewModel.inputNow(table.columnInput()));
    }
}
