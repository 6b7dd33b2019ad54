package dev.hourglass.ui.programme;

import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.common.SectionInputs;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Thin: binds the retention programme view model to its FXML and draws net gain against churn reduction. */
public final class RetentionProgramController {
    private final RetentionProgramViewModel viewModel;

    @FXML
    private SectionInputs section;
    @FXML
    private VBox missing;
    @FXML
    private FlowPane cards;
    @FXML
    private LineChart<Number, Number> chart;
    @FXML
    private NumberAxis gainAxis;

    public RetentionProgramController(RetentionProgramViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        InputGrid grid = new InputGrid(viewModel.grid());
        grid.setId("retentionProgramGrid");
        section.show(viewModel.hasSectionProperty(), SectionInputs.withReset(grid));
        missing.visibleProperty().bind(viewModel.hasSectionProperty().not());
        missing.managedProperty().bind(missing.visibleProperty());
        HeadlineCards.bind(cards, viewModel.headlines());
        showBands();
        viewModel.curve().addListener((ListChangeListener<RetentionProgramViewModel.Point>) change -> draw());
        draw();
    }

    /** The bands of a scenario with ranges, as lines under the cards; nothing without ranges. */
    private void showBands() {
        Label bands = new Label();
        bands.setId("retentionProgramBands");
        bands.setWrapText(true);
        bands.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.bandLines()),
                viewModel.bandLines()));
        bands.visibleProperty().bind(Bindings.isNotEmpty(viewModel.bandLines()));
        bands.managedProperty().bind(bands.visibleProperty());
        VBox outputs = (VBox) cards.getParent();
        outputs.getChildren().add(outputs.getChildren().indexOf(cards) + 1, bands);
    }

    @FXML
    void addSection() {
        viewModel.addSection();
    }

    private void draw() {
        chart.getData().clear();
        if (viewModel.curve().isEmpty()) {
            return;
        }
        gainAxis.setLabel(UiText.text("programme.netGain2", viewModel.currency()));
        ChartAxes.money(gainAxis, viewModel.formats().withCurrency(viewModel.currency()));
        XYChart.Series<Number, Number> gain = new XYChart.Series<>();
        gain.setName(UiText.text("programme.netGain"));
        XYChart.Series<Number, Number> zero = new XYChart.Series<>();
        zero.setName(UiText.text("programme.breakEven"));
        for (RetentionProgramViewModel.Point p : viewModel.curve()) {
            gain.getData().add(new XYChart.Data<>(p.churnReduction() * 100, p.netGain()));
        }
        double last = viewModel.curve().get(viewModel.curve().size() - 1).churnReduction() * 100;
        zero.getData().add(new XYChart.Data<>(0, 0));
        zero.getData().add(new XYChart.Data<>(last, 0));
        chart.getData().add(gain);
        chart.getData().add(zero);
        double planned = viewModel.plannedReduction();
        XYChart.Series<Number, Number> plan = new XYChart.Series<>();
        plan.setName(UiText.text("programme.thisProgrammePoints", String.format("%.1f", planned * 100)));
        double plannedGain = viewModel.plannedNetGain();
        XYChart.Data<Number, Number> point = new XYChart.Data<>(planned * 100, plannedGain);
        Circle marker = new Circle(7);
        marker.setStyle("-fx-fill: -color-success-fg; -fx-stroke: -color-bg-default; -fx-stroke-width: 2;"); // the chart resets style classes
        point.setNode(marker);
        Tooltip.install(marker, Tables.tooltip(UiText.text("programme.churnReductionPointsNet", String.format("%.1f", planned * 100), Math.round(plannedGain), viewModel.currency())));
        plan.getData().add(point);
        chart.getData().add(plan);
    }
}
