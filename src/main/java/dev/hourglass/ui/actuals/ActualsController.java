package dev.hourglass.ui.actuals;

import dev.hourglass.app.DatasetChoice;
import dev.hourglass.model.actuals.Cohort;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.model.actuals.MonthMovement;
import dev.hourglass.model.actuals.TrailingTwelve;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.DatasetChooser;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.HeatCell;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.View;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Thin: ledger choice, cards, MRR movements, trailing-12 lines, the cohort heatmap and the calibrate dialog. */
public final class ActualsController implements View {
    private static final int AGES_SHOWN = 25;
    private final String allSegments = UiText.text("actuals.allSegments");

    private final ActualsViewModel viewModel;

    @FXML
    private ComboBox<Dataset> ledger;
    @FXML
    private ComboBox<String> segment;
    @FXML
    private Button calibrate;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label message;
    @FXML
    private FlowPane cards;
    @FXML
    private StackedBarChart<String, Number> movements;
    @FXML
    private NumberAxis movementAxis;
    @FXML
    private StackedBarChart<String, Number> losses;
    @FXML
    private NumberAxis lossAxis;
    @FXML
    private LineChart<String, Number> trailing;
    @FXML
    private ToggleButton revenue;
    @FXML
    private ToggleButton logos;
    @FXML
    private GridPane heatmap;
    @FXML
    private TableView<MonthMovement> monthTable;

    public ActualsController(ActualsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private VBox root;

    private boolean shownBefore;

    /** The newest import is read the first time the view is shown, not while the window opens. */
    @Override
    public void shown() {
        if (!shownBefore) {
            shownBefore = true;
            if (ledger.getValue() == null) {
                DatasetChoice.newest(viewModel.datasets()).ifPresent(ledger::setValue);
            }
        }
    }

    @FXML
    void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        message.textProperty().bind(viewModel.messageProperty());
        DatasetChooser.follow(ledger, viewModel.datasets(),
                d -> UiText.text("actuals.rows", d.name(), viewModel.formats().number(d.rowCount(), 0)), viewModel::open);
        calibrate.disableProperty().bind(viewModel.reportProperty().isNull());
        viewModel.segments().addListener((ListChangeListener<String>) change -> {
            segment.getItems().setAll(allSegments);
            segment.getItems().addAll(viewModel.segments());
            segment.setValue(allSegments);
        });
        segment.visibleProperty().bind(Bindings.isNotEmpty(viewModel.segments()));
        segment.managedProperty().bind(segment.visibleProperty());
        segment.valueProperty().addListener((obs, old, now) ->
                viewModel.segmentProperty().set(now == null || allSegments.equals(now) ? null : now));
        ToggleGroup kind = new ToggleGroup();
        revenue.setToggleGroup(kind);
        logos.setToggleGroup(kind);
        revenue.setSelected(true);
        kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                kind.selectToggle(old);
            } else {
                drawHeatmap();
            }
        });
        HeadlineCards.bind(cards, viewModel.headlines());
        buildMonthTable();
        viewModel.reportProperty().addListener((obs, old, now) -> draw(now));
    }

    /** Shows old → new for every assumption, then calibrates as one undoable edit. */
    @FXML
    void calibrate() {
        List<ActualsViewModel.Change> changes = viewModel.preview();
        StringBuilder text = new StringBuilder();
        for (ActualsViewModel.Change change : changes) {
            text.append(change.input()).append(":  ").append(change.now()).append("  →  ").append(change.measured())
                    .append('\n');
        }
        if (Dialogs.confirm(calibrate.getScene().getWindow(), null,
                UiText.text("actuals.setTheSelectedScenario"), UiText.text("actuals.nctrlZTakesIt", text))) {
            viewModel.calibrate();
        }
    }

    private void draw(CohortReport report) {
        movements.getData().clear();
        losses.getData().clear();
        trailing.getData().clear();
        if (report == null) {
            return;
        }
        XYChart.Series<String, Number> added = series(UiText.text("actuals.new"));
        XYChart.Series<String, Number> expansion = series(UiText.text("actuals.expansion"));
        XYChart.Series<String, Number> reactivation = series(UiText.text("actuals.reactivation"));
        XYChart.Series<String, Number> contraction = series(UiText.text("actuals.contraction"));
        XYChart.Series<String, Number> churn = series(UiText.text("actuals.churn"));
        for (MonthMovement m : viewModel.months()) {
            String month = DateText.of(m.month());
            added.getData().add(new XYChart.Data<>(month, m.newMrr()));
            expansion.getData().add(new XYChart.Data<>(month, m.expansion()));
            reactivation.getData().add(new XYChart.Data<>(month, m.reactivation()));
            contraction.getData().add(new XYChart.Data<>(month, m.contraction()));
            churn.getData().add(new XYChart.Data<>(month, m.churn()));
        }
        // JavaFX stacks negative values over the positive ones: losses get a chart of their own.
        movements.getData().setAll(List.of(added, expansion, reactivation));
        losses.getData().setAll(List.of(contraction, churn));
        movementAxis.setLabel(UiText.text("actuals.mrr2", viewModel.currency()));
        lossAxis.setLabel(UiText.text("actuals.mrr2", viewModel.currency()));
        ChartAxes.money(movementAxis, viewModel.formats().withCurrency(viewModel.currency()));
        ChartAxes.money(lossAxis, viewModel.formats().withCurrency(viewModel.currency()));
        FigureFormatter f = viewModel.formats();
        List<XYChart.Series<String, Number>> all = new ArrayList<>(movements.getData());
        all.addAll(losses.getData());
        for (XYChart.Series<String, Number> s : all) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                Tooltip.install(d.getNode(), Tables.tooltip(UiText.text("actuals.in", s.getName(), d.getXValue(), f.money(d.getYValue().doubleValue(), viewModel.currency()))));
            }
        }
        XYChart.Series<String, Number> nrr = series(UiText.text("actuals.nrr"));
        XYChart.Series<String, Number> grr = series(UiText.text("actuals.grr"));
        for (TrailingTwelve t : viewModel.trailing()) {
            if (t.nrr().isPresent()) {
                nrr.getData().add(new XYChart.Data<>(DateText.of(t.month()), t.nrr().getAsDouble() * 100));
                grr.getData().add(new XYChart.Data<>(DateText.of(t.month()), t.grr().getAsDouble() * 100));
            }
        }
        trailing.getData().setAll(List.of(nrr, grr));
        drawHeatmap();
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    /** Rows are cohorts, columns months of age; the colour deepens with retention. */
    private void drawHeatmap() {
        heatmap.getChildren().clear();
        boolean byRevenue = revenue.isSelected();
        FigureFormatter f = viewModel.formats();
        heatmap.add(header(UiText.text("actuals.cohort")), 0, 0);
        heatmap.add(header(UiText.text("actuals.size")), 1, 0);
        for (int age = 0; age < AGES_SHOWN; age++) {
            heatmap.add(header(Integer.toString(age)), age + 2, 0);
        }
        int row = 1;
        for (Cohort cohort : viewModel.cohorts()) {
            Label month = header(DateText.of(cohort.cohort()));
            month.setPadding(new Insets(0, 8, 0, 0)); // "Sept. 2021" would touch the cohort's size
            heatmap.add(month, 0, row);
            heatmap.add(header(Integer.toString(cohort.size())), 1, row);
            List<Double> curve = byRevenue ? cohort.revenueRetention() : cohort.logoRetention();
            for (int age = 0; age < Math.min(AGES_SHOWN, curve.size()); age++) {
                double value = curve.get(age);
                double strength = Math.max(0, Math.min(1, value));
                HeatCell cell = new HeatCell(f.percent(value), 0.08 + 0.8 * strength, strength > 0.55);
                cell.setMinWidth(58);
                Tooltip.install(cell, Tables.tooltip(UiText.text("actuals.retentionOfTheCohort", (byRevenue ? UiText.text("actuals.revenue") : UiText.text("actuals.logo")), DateText.of(cohort.cohort()), age, f.percent(value), (byRevenue ? UiText.text("actuals.ofItsStartingMrr", f.money(cohort.startMrr(), viewModel.currency()))
                        : UiText.text("actuals.ofItsCustomers", cohort.size())))));
                heatmap.add(cell, age + 2, row);
            }
            row++;
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(48);
        return label;
    }

    private void buildMonthTable() {
        FigureFormatter f = viewModel.formats();
        Tables.copyable(monthTable);
        monthTable.setItems(viewModel.months());
        monthTable.getColumns().add(Tables.shownColumn(UiText.text("actuals.month"), MonthMovement::month, DateText::of));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.mrr"), m -> f.number(m.mrr(), 0),
                m -> UiText.text("actuals.previousMrrNewExpansion"), true));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.customers"), m -> f.number(m.customers(), 0), null, true));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.new"), m -> f.number(m.newMrr(), 0), null, true));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.expansion"), m -> f.number(m.expansion(), 0), null, true));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.contraction"), m -> f.number(-m.contraction(), 0), null, true));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.churn"), m -> f.number(-m.churn(), 0), null, true));
        monthTable.getColumns().add(Tables.column(UiText.text("actuals.reactivation"), m -> f.number(m.reactivation(), 0), null, true));
        monthTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
