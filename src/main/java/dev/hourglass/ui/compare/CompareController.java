package dev.hourglass.ui.compare;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.export.ComparisonExport;
import dev.hourglass.io.export.WorkshopReport;
import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.ExportFiles;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.View;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Thin: the scenario choice, the side-by-side table with differences marked, the overlaid payback curves. */
public final class CompareController implements View {
    /** A row of the table: its section and the comparison row. */
    record Line(String section, ScenarioComparison.Row row) {
    }

    private final CompareViewModel viewModel;
    private final FigureFormatter formats;
    private final Locale locale;

    @FXML
    private ListView<CompareViewModel.Choice> scenarios;
    @FXML
    private CheckBox differencesOnly;
    @FXML
    private Label hint;
    @FXML
    private Button export;
    @FXML
    private Button report;
    @FXML
    private TableView<Line> table;
    @FXML
    private VBox outputs;
    @FXML
    private HBox charts;
    @FXML
    private LineChart<Number, Number> curves;
    @FXML
    private LineChart<Number, Number> arrCurves;
    @FXML
    private NumberAxis yearAxis;
    @FXML
    private ProgressIndicator busy;

    public CompareController(CompareViewModel viewModel, FigureFormatter formats, Locale locale) {
        this.viewModel = viewModel;
        this.formats = formats;
        this.locale = locale;
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
        scenarios.setItems(viewModel.choices());
        viewModel.comparisonProperty().addListener((obs, old, now) -> fill(now));
        differencesOnly.selectedProperty().addListener((obs, old, now) -> fill(viewModel.comparisonProperty().get()));
        viewModel.curves().addListener((ListChangeListener<CompareViewModel.Curve>) change -> drawCurves());
        viewModel.arrCurves().addListener((ListChangeListener<CompareViewModel.ArrCurve>) change -> drawArrCurves());
        scenarios.setCellFactory(list -> new CheckBoxListCell<>(CompareViewModel.Choice::chosenProperty) {
            @Override
            public void updateItem(CompareViewModel.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setTooltip(choice != null && choice.fromAnotherWorkbook()
                        ? Tables.tooltip(UiText.text("compare.fromAnotherWorkbookAs")) : null);
            }
        });
        Tables.copyable(table);
        // the figures share the width; a table too narrow for every column scrolls (Tables.columnsFit)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.columnsFit(table);
        outputs.widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue() >= SIDE_BY_SIDE));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("differs"),
                        !empty && line != null && line.row().differs());
            }
        });
        export.disableProperty().bind(viewModel.comparisonProperty().isNull());
        report.disableProperty().bind(viewModel.comparisonProperty().isNull());
        fill(viewModel.comparisonProperty().get());
        drawCurves();
        drawArrCurves();
    }

    @FXML
    void addFromAnotherWorkbook() {
        File file = Dialogs.fileChooser(UiText.text("compare.compareWithTheScenarios2"), null, Dialogs.workbooks())
                .showOpenDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        busy.setVisible(true);
        viewModel.addFromAnotherWorkbook(file.toPath(), () -> busy.setVisible(false), problem -> Dialogs.error(
                table.getScene().getWindow(), UiText.text("compare.hourglassCouldNotRead", file.getName()), problem));
    }

    @FXML
    void exportXlsx() {
        List<Scenario> compared = viewModel.comparedScenarios();
        ExportFiles.save(table.getScene().getWindow(), UiText.text("compare.exportTheComparison"), UiText.text("compare.comparison"),
                new FileChooser.ExtensionFilter(UiText.text("compare.excelWorkbook"), "*.xlsx"), busy,
                file -> ComparisonExport.xlsx(compared, file, UiText.language()), file -> { });
    }

    @FXML
    void exportReport() {
        List<Scenario> compared = viewModel.comparedScenarios();
        ExportFiles.save(table.getScene().getWindow(), UiText.text("compare.workshopReportOfThe"),
                UiText.text("compare.comparisonWorkshopReport"),
                new FileChooser.ExtensionFilter(UiText.text("compare.pdfDocument"), "*.pdf"), busy,
                file -> WorkshopReport.write(compared, file, WorkshopReport.Options.of(UiText.language(), locale)),
                file -> { });
    }

    private void fill(ScenarioComparison c) {
        table.getColumns().clear();
        hint.setVisible(c == null);
        hint.setManaged(c == null);
        if (c == null) {
            table.getItems().clear();
            return;
        }
        ComparisonText text = new ComparisonText(formats.withCurrency(viewModel.currency()));
        TableColumn<Line, String> figure = Tables.column(UiText.text("compare.figure"),
                l -> (l.row().differs() ? "● " : "") + text.label(l.row().key()),
                l -> UiText.text("compare.asInTheScenario", l.section(), l.row().key()), false);
        // a long name takes two lines rather than push the last scenario out of sight; differing rows are bold
        Tables.wrapsCells(figure, true);
        table.getColumns().add(figure);
        for (int s = 0; s < c.scenarios().size(); s++) {
            int index = s;
            // each scenario's difference from the base under its value, as a planning tool shows them: one column
            // a scenario, so four scenarios fit a laptop's width
            table.getColumns().add(Tables.column(c.scenarios().get(s), l -> valueAndChange(text, c, index, l),
                    l -> overridden(c, index, l) ? UiText.text("compare.anOverrideThisSection", OVERRIDE_MARK)
                            : index == 0 ? null : UiText.text("compare.underTheValue", c.scenarios().get(0)), true));
        }
        List<Line> lines = new ArrayList<>();
        boolean only = differencesOnly.isSelected();
        c.inputs().stream().filter(r -> !only || r.differs()).forEach(r -> lines.add(new Line("input", r)));
        c.outputs().stream().filter(r -> !only || r.differs()).forEach(r -> lines.add(new Line("output", r)));
        table.setItems(FXCollections.observableArrayList(lines));
    }

    private static final String OVERRIDE_MARK = "\u25C6";

    /** The value, and under it (after a line break) its difference from the base where it differs. */
    private static String valueAndChange(ComparisonText text, ScenarioComparison c, int scenario, Line line) {
        ScenarioComparison.Row row = line.row();
        String value = text.value(row.key(), row.values().get(scenario))
                + (overridden(c, scenario, line) ? " " + OVERRIDE_MARK : "");
        String change = scenario == 0 ? "" : text.change(row.key(), row.delta().get(scenario),
                row.deltaPercent().get(scenario));
        return change.isEmpty() ? value : value + "\n" + change;
    }

    private static boolean overridden(ScenarioComparison c, int scenario, Line line) {
        return line.section().equals("input") && c.overridden(scenario, line.row().key());
    }

    private void drawArrCurves() {
        arrCurves.getData().clear();
        ChartAxes.money(arrCurves.getYAxis(), formats.withCurrency(viewModel.currency()));
        yearAxis.setUpperBound(Math.max(2, viewModel.arrCurves().stream().mapToInt(c -> c.closingArr().size()).max().orElse(3)));
        for (CompareViewModel.ArrCurve curve : viewModel.arrCurves()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(curve.scenario());
            for (int y = 0; y < curve.closingArr().size(); y++) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(y + 1, curve.closingArr().get(y));
                series.getData().add(point);
            }
            arrCurves.getData().add(series);
            for (int y = 0; y < series.getData().size(); y++) {
                Tooltip.install(series.getData().get(y).getNode(), Tables.tooltip(UiText.text("compare.yearClosingArrOpening", curve.scenario(), (y + 1), formats.money(curve.closingArr().get(y), curve.currency()))));
            }
        }
    }

    private void drawCurves() {
        curves.getData().clear();
        ChartAxes.money(curves.getYAxis(), formats.withCurrency(viewModel.currency()));
        for (CompareViewModel.Curve curve : viewModel.curves()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(curve.scenario());
            for (int m = 0; m < curve.cumulativeGrossProfit().size(); m++) {
                series.getData().add(new XYChart.Data<>(m + 1, curve.cumulativeGrossProfit().get(m)));
            }
            curves.getData().add(series);
        }
    }

    /** From this width of the outputs on (a maximised 1920-pixel window), the charts stand beside the table. */
    private static final double SIDE_BY_SIDE = 1250;

    /** Charts under the table, or in a column to its right, where a wide window has room to spare. */
    private void arrange(boolean sideBySide) {
        boolean isSideBySide = table.getParent() != outputs;
        if (sideBySide == isSideBySide) {
            return;
        }
        if (sideBySide) {
            int at = outputs.getChildren().indexOf(table);
            outputs.getChildren().removeAll(table, charts);
            VBox chartColumn = new VBox(12, curves, arrCurves);
            VBox.setVgrow(curves, Priority.ALWAYS);
            VBox.setVgrow(arrCurves, Priority.ALWAYS);
            chartColumn.prefWidthProperty().bind(outputs.widthProperty().multiply(0.3));
            HBox wide = new HBox(12, table, chartColumn);
            HBox.setHgrow(table, Priority.ALWAYS);
            VBox.setVgrow(wide, Priority.ALWAYS);
            outputs.getChildren().add(at, wide);
        } else {
            HBox wide = (HBox) table.getParent();
            int at = outputs.getChildren().indexOf(wide);
            outputs.getChildren().remove(wide);
            wide.getChildren().clear();
            charts.getChildren().setAll(curves, arrCurves);
            outputs.getChildren().addAll(at, List.of(table, charts));
        }
    }
}
