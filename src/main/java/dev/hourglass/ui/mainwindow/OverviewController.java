package dev.hourglass.ui.mainwindow;

import dev.hourglass.ui.common.HeadlineCards;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** The overview tab: the selected scenario's headline cards across all sections; figures from the view model. */
public final class OverviewController {
    private final HeadlinesViewModel viewModel;

    @FXML
    private Label scenarioName;
    @FXML
    private Label scenarioDescription;
    @FXML
    private FlowPane cards;

    public OverviewController(HeadlinesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        scenarioName.textProperty().bind(viewModel.scenarioProperty().map(s -> s == null ? "" : s.name()));
        scenarioDescription.textProperty().bind(viewModel.scenarioProperty().map(s -> s == null ? "" : s.description()));
        HeadlineCards.bind(cards, viewModel.headlinesProperty());
    }
}
