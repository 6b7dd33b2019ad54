package dev.hourglass.ui.mainwindow;

import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.ui.common.ArrBridgeChart;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.PaybackChart;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The overview tab: the selected scenario's headline cards across all sections, and under them its closing ARR by
 * year and its payback curve; figures from the view model.
 */
public final class OverviewController {
    private final HeadlinesViewModel viewModel;

    @FXML
    private Label scenarioName;
    @FXML
    private Label scenarioDescription;
    @FXML
    private FlowPane cards;
    @FXML
    private ArrBridgeChart closingArr;
    @FXML
    private PaybackChart payback;

    public OverviewController(HeadlinesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        scenarioName.textProperty().bind(viewModel.scenarioProperty().map(s -> s == null ? "" : s.name()));
        scenarioDescription.textProperty().bind(viewModel.scenarioProperty().map(s -> s == null ? "" : s.description()));
        HeadlineCards.bind(cards, viewModel.headlinesProperty());
        closingArr.visibleProperty().bind(Bindings.isNotEmpty(viewModel.bridge()));
        closingArr.managedProperty().bind(closingArr.visibleProperty());
        payback.visibleProperty().bind(viewModel.unitEconomicsProperty().isNotNull());
        payback.managedProperty().bind(payback.visibleProperty());
        viewModel.bridge().addListener((ListChangeListener<ArrBridgeYear>) change -> drawClosingArr());
        viewModel.unitEconomicsProperty().addListener((obs, old, now) -> drawPayback());
        drawClosingArr();
        drawPayback();
    }

    private void drawClosingArr() {
        closingArr.showClosing(viewModel.bridge(), viewModel.formats(), viewModel.currency());
    }

    private void drawPayback() {
        payback.show(viewModel.unitEconomicsProperty().get(), viewModel.cac(), viewModel.formats(),
                viewModel.currency());
    }
}
