package dev.hourglass.ui.plan;

import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.View;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Thin: binds the plan view model to its FXML. The line names are a table of their own beside the months, so they
 * stay in view while the months scroll across.
 */
public final class PlanController implements View {
    private static final double ROW_HEIGHT = 28;
    /** Room for the header row and the horizontal scroll bar under the months. */
    private static final double TABLE_EXTRA = 64;
    private static final double NAMES_WIDTH = 170;
    private static final String LEAST_NAMES_WIDTH = "hourglass.plan.leastNamesWidth";
    /** Room for a source's name before the line's: "Paid search: Acquisition spend". */
    private static final double SOURCE_NAMES_WIDTH = 250;

    /** A cell showing a re-forecast rather than an actual: styled apart by the theme (hourglass.css). */
    private static final PseudoClass REFORECAST = PseudoClass.getPseudoClass("reforecast");

    private final PlanViewModel viewModel;

    @FXML
    private Label title;
    @FXML
    private Label targetLabel;
    @FXML
    private ToggleButton endingArr;
    @FXML
    private ToggleButton growth;
    @FXML
    private ToggleButton budget;
    @FXML
    private TextField target;
    @FXML
    private Label monthsLabel;
    @FXML
    private ChoiceBox<Integer> months;
    @FXML
    private Label startLabel;
    @FXML
    private TextField start;
    @FXML
    private ToggleButton actuals;
    @FXML
    private Label againstLabel;
    @FXML
    private ChoiceBox<String> against;
    @FXML
    private Button saveVersion;
    @FXML
    private Label versionMessage;
    @FXML
    private Label message;
    @FXML
    private HBox gridBox;
    @FXML
    private TableView<PlanRow> names;
    @FXML
    private TableView<PlanRow> values;
    @FXML
    private Label sourcesTitle;
    @FXML
    private HBox sourcesBox;
    @FXML
    private TableView<PlanRow> sourceNames;
    @FXML
    private TableView<PlanRow> sourceValues;
    @FXML
    private Label notesTitle;
    @FXML
    private VBox notes;

    public PlanController(PlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        Tables.headersFit(values); // months and totals as wide as their titles
        Tables.headersFit(sourceValues);
        title.setText(UiText.text("plan.title"));
        targetLabel.setText(UiText.text("plan.target"));
        endingArr.setText(UiText.text("plan.target.endingArr"));
        growth.setText(UiText.text("plan.target.growth"));
        budget.setText(UiText.text("plan.target.budget"));
        budget.setTooltip(new Tooltip(UiText.text("plan.target.budget.tip")));
        target.setTooltip(new Tooltip(UiText.text("plan.target.tip")));
        monthsLabel.setText(UiText.text("plan.months"));
        startLabel.setText(UiText.text("plan.start"));
        start.setTooltip(new Tooltip(UiText.text("plan.start.tip")));
        notesTitle.setText(UiText.text("plan.notes"));
        actuals.setText(UiText.text("plan.compare.toggle"));
        actuals.setTooltip(new Tooltip(UiText.text("plan.compare.toggle.tip")));
        actuals.selectedProperty().bindBidirectional(viewModel.showActualsProperty());
        actuals.disableProperty().bind(viewModel.hasActualsProperty().not());

        showVersions();

        ToggleGroup kind = new ToggleGroup();
        endingArr.setToggleGroup(kind);
        growth.setToggleGroup(kind);
        budget.setToggleGroup(kind);
        Runnable showKind = () -> kind.selectToggle(switch (viewModel.targetFormProperty().get()) {
            case ENDING_ARR -> endingArr;
            case GROWTH -> growth;
            case BUDGET -> budget;
        });
        showKind.run();
        viewModel.targetFormProperty().addListener((obs, old, now) -> showKind.run());
        kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                kind.selectToggle(old);
            } else {
                viewModel.targetFormProperty().set(now == endingArr ? PlanViewModel.TargetForm.ENDING_ARR
                        : now == growth ? PlanViewModel.TargetForm.GROWTH : PlanViewModel.TargetForm.BUDGET);
            }
        });
        typedOnEnterOrLeaving(target, viewModel.targetTextProperty());
        typedOnEnterOrLeaving(start, viewModel.startTextProperty());
        months.getItems().setAll(PlanViewModel.MONTH_CHOICES);
        months.valueProperty().bindBidirectional(viewModel.monthsProperty());

        message.textProperty().bind(viewModel.messageProperty());
        showWhen(message, !message.getText().isEmpty());
        message.textProperty().addListener((obs, old, now) -> showWhen(message, !now.isEmpty()));

        lines(names, values, UiText.text("plan.line"), NAMES_WIDTH);
        lines(sourceNames, sourceValues, UiText.text("plan.sources.line"), SOURCE_NAMES_WIDTH);
        sourcesTitle.setText(UiText.text("plan.sources.title"));

        viewModel.gridProperty().addListener((obs, old, now) -> show(now));
        viewModel.sourceGridProperty().addListener((obs, old, now) -> showSources(now));
        viewModel.notes().addListener((ListChangeListener<String>) change -> showNotes());
        show(viewModel.gridProperty().get());
        showSources(viewModel.sourceGridProperty().get());
    }

    private void showVersions() {
        againstLabel.setText(UiText.text("plan.version.against"));
        against.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.equals(PlanViewModel.THIS_PLAN) ? UiText.text("plan.version.thisPlan")
                        : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        against.setItems(viewModel.againstChoices());
        against.setValue(viewModel.againstProperty().get());
        // one way each: the choices are replaced after a save, which clears the box's value for a moment
        viewModel.againstProperty().addListener((obs, old, now) -> against.setValue(now));
        against.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.againstProperty().set(now);
            }
        });
        against.disableProperty().bind(Bindings.size(viewModel.againstChoices()).lessThan(2));
        saveVersion.setText(UiText.text("plan.version.save"));
        saveVersion.setTooltip(new Tooltip(UiText.text("plan.version.save.tip")));
        saveVersion.disableProperty().bind(viewModel.reportProperty().isNull());
        versionMessage.textProperty().bind(viewModel.versionMessageProperty());
        showWhen(versionMessage, !versionMessage.getText().isEmpty());
        versionMessage.textProperty().addListener((obs, old, now) -> showWhen(versionMessage, !now.isEmpty()));
    }

    /** Asks the version's name in a dialog owned by the window; the view model keeps it off the FX thread. */
    @FXML
    void saveVersion() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(saveVersion.getScene().getWindow());
        ask.setTitle(UiText.text("plan.version.dialog.title"));
        ask.setHeaderText(UiText.text("plan.version.dialog.title"));
        ask.setContentText(UiText.text("plan.version.dialog.name"));
        ask.showAndWait().ifPresent(viewModel::saveVersion);
    }

    @Override
    public void shown() {
        viewModel.start();
    }

    private void show(PlanGrid grid) {
        fill(gridBox, names, values, grid);
        showNotes();
    }

    private void showSources(PlanGrid grid) {
        fill(sourcesBox, sourceNames, sourceValues, grid);
        showWhen(sourcesTitle, grid != null);
    }

    /** The names beside the months: a table of their own, so they stay in view while the months scroll across. */
    private static void lines(TableView<PlanRow> names, TableView<PlanRow> values, String title, double width) {
        names.setFixedCellSize(ROW_HEIGHT);
        values.setFixedCellSize(ROW_HEIGHT);
        names.getProperties().put(LEAST_NAMES_WIDTH, width);
        names.setMinWidth(width);
        names.setMaxWidth(width);
        TableColumn<PlanRow, String> line = Tables.column(title, PlanRow::name, PlanRow::meaning, false);
        line.setSortable(false);
        line.setPrefWidth(width - 4);
        names.getColumns().add(line);
        names.setPlaceholder(new Label(""));
        values.setPlaceholder(new Label(""));
    }

    /** A grid into its names and values tables, shown; hidden while there is none. */
    private static void fill(Node box, TableView<PlanRow> names, TableView<PlanRow> values, PlanGrid grid) {
        showWhen(box, grid != null);
        values.getColumns().clear();
        if (grid == null) {
            names.getItems().clear();
            values.getItems().clear();
            return;
        }
        List<PlanColumn> columns = grid.columns();
        for (int c = 0; c < columns.size(); c++) {
            values.getColumns().add(column(columns.get(c), c));
        }
        double height = ROW_HEIGHT * grid.rows().size() + TABLE_EXTRA;
        names.setPrefHeight(height);
        values.setPrefHeight(height);
        names.getItems().setAll(grid.rows());
        values.getItems().setAll(grid.rows());
        fitNames(names);
    }

    /** The names table as wide as its longest name ('Closing ARR: variance %'), never narrower than it was made. */
    private static void fitNames(TableView<PlanRow> names) {
        TableColumn<PlanRow, ?> line = names.getColumns().get(0);
        Tables.fitContent(line, names.getItems().stream().map(PlanRow::name).toList());
        double width = Math.max((double) names.getProperties().get(LEAST_NAMES_WIDTH), line.getPrefWidth() + 4);
        names.setMinWidth(width);
        names.setMaxWidth(width);
    }

    private void showNotes() {
        notes.getChildren().setAll(viewModel.notes().stream().map(text -> {
            Label note = new Label(text);
            note.setWrapText(true);
            return note;
        }).toList());
        showWhen(notesTitle, !viewModel.notes().isEmpty());
        showWhen(notes, !viewModel.notes().isEmpty());
    }

    private static TableColumn<PlanRow, String> column(PlanColumn planColumn, int index) {
        TableColumn<PlanRow, String> column = new TableColumn<>();
        Label header = new Label(planColumn.title());
        header.setMinWidth(Region.USE_PREF_SIZE); // a month's name is never cut to "Jan 20…"
        if (!planColumn.tooltip().isEmpty()) {
            header.setTooltip(new Tooltip(planColumn.tooltip()));
        }
        column.setGraphic(header);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(planColumn.isTotal() ? 110 : 96);
        if (planColumn.isTotal()) {
            column.getStyleClass().add("plan-total");
        }
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().texts().get(index)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                PlanRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                String tip = row == null ? "" : row.tooltips().get(index);
                setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
                pseudoClassStateChanged(REFORECAST, row != null && row.reforecast().get(index));
            }
        });
        return column;
    }

    /** A typed value reaches the view model on Enter or when the field is left, not on every key. */
    private static void typedOnEnterOrLeaving(TextField field, StringProperty typed) {
        field.setText(typed.get());
        typed.addListener((obs, old, now) -> field.setText(now));
        field.setOnAction(e -> typed.set(field.getText()));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                typed.set(field.getText());
            }
        });
    }

    private static void showWhen(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
