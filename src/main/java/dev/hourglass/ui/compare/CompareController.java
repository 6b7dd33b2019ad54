package dev.hourglass.ui.compare;

import dev.hourglass.io.export.ComparisonExport;
import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.ui.common.DisplayFormats;
import dev.hourglass.ui.common.Tables;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.FileChooser;

/** Thin: the scenario choice, the side-by-side table with differences marked, the overlaid payback curves. */
public final class CompareController {
    /** A row of the table: its section and the comparison row. */
    record Line(String section, ScenarioComparison.Row row) {
    }

    private final CompareViewModel viewModel;
    private final DisplayFormats formats;

    @FXML
    private ListView<CompareViewModel.Choice> scenarios;
    @FXML
    private CheckBox differencesOnly;
    @FXML
    private Label hint;
    @FXML
    private Button export;
    @FXML
    private TableView<Line> table;
    @FXML
    private LineChart<Number, Number> curves;

    public CompareController(CompareViewModel viewModel, DisplayFormats formats) {
        this.viewModel = viewModel;
        this.formats = formats;
    }

    @FXML
    void initialize() {
        scenarios.setItems(viewModel.choices());
        scenarios.setCellFactory(CheckBoxListCell.forListView(CompareViewModel.Choice::chosenProperty));
        viewModel.comparisonProperty().addListener((obs, old, now) -> fill(now));
        differencesOnly.selectedProperty().addListener((obs, old, now) -> fill(viewModel.comparisonProperty().get()));
        viewModel.curves().addListener((ListChangeListener<CompareViewModel.Curve>) change -> drawCurves());
        Tables.copyable(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("differs"),
                        !empty && line != null && line.row().differs());
            }
        });
        export.disableProperty().bind(viewModel.comparisonProperty().isNull());
        fill(viewModel.comparisonProperty().get());
        drawCurves();
    }

    @FXML
    void exportXlsx() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison");
        chooser.setInitialFileName("Comparison.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            ComparisonExport.xlsx(viewModel.comparisonProperty().get(), file.toPath());
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + file.getName() + " (" + e.getMessage() + ")");
            alert.initOwner(table.getScene().getWindow());
            alert.showAndWait();
        }
    }

    private void fill(ScenarioComparison c) {
        table.getColumns().clear();
        hint.setVisible(c == null);
        hint.setManaged(c == null);
        if (c == null) {
            table.getItems().clear();
            return;
        }
        table.getColumns().add(Tables.column("Figure", l -> (l.row().differs() ? "● " : "") + l.row().key(),
                l -> l.section(), false));
        for (int s = 0; s < c.scenarios().size(); s++) {
            int index = s;
            table.getColumns().add(Tables.column(c.scenarios().get(s), l -> number(l.row().values().get(index)), null, true));
            if (s > 0) {
                table.getColumns().add(Tables.column("Δ", l -> number(l.row().delta().get(index)),
                        l -> "this scenario − " + c.scenarios().get(0), true));
                table.getColumns().add(Tables.column("Δ %", l -> formats.percent(l.row().deltaPercent().get(index)),
                        l -> "Δ ÷ |" + c.scenarios().get(0) + "|", true));
            }
        }
        List<Line> lines = new ArrayList<>();
        boolean only = differencesOnly.isSelected();
        c.inputs().stream().filter(r -> !only || r.differs()).forEach(r -> lines.add(new Line("input", r)));
        c.outputs().stream().filter(r -> !only || r.differs()).forEach(r -> lines.add(new Line("output", r)));
        table.setItems(FXCollections.observableArrayList(lines));
    }

    private String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return DisplayFormats.NO_DATA;
        }
        double v = value.getAsDouble();
        return formats.number(v, Math.abs(v) < 10 && v != Math.rint(v) ? 4 : 0);
    }

    private void drawCurves() {
        curves.getData().clear();
        for (CompareViewModel.Curve curve : viewModel.curves()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(curve.scenario());
            for (int m = 0; m < curve.cumulativeGrossProfit().size(); m++) {
                series.getData().add(new XYChart.Data<>(m + 1, curve.cumulativeGrossProfit().get(m)));
            }
            curves.getData().add(series);
        }
    }
}
