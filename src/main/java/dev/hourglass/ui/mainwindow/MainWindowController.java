package dev.hourglass.ui.mainwindow;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Shows the scenario's headline cards; all figures come from the view model. */
public final class MainWindowController {
    private final HeadlinesViewModel viewModel;

    @FXML
    private Label scenarioName;
    @FXML
    private Label scenarioDescription;
    @FXML
    private FlowPane cards;

    public MainWindowController(HeadlinesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        scenarioName.textProperty().bind(viewModel.scenarioProperty().map(s -> s == null ? "" : s.name()));
        scenarioDescription.textProperty().bind(viewModel.scenarioProperty().map(s -> s == null ? "" : s.description()));
        viewModel.headlinesProperty().addListener((ListChangeListener<Headline>) change -> rebuildCards());
        rebuildCards();
    }

    private void rebuildCards() {
        cards.getChildren().clear();
        for (Headline h : viewModel.headlinesProperty()) {
            Label title = new Label(h.title());
            title.getStyleClass().add("card-title");
            Label value = new Label(h.value());
            value.getStyleClass().add("card-value");
            value.setId(h.id());
            VBox card = new VBox(title, value);
            card.getStyleClass().add("headline-card");
            Tooltip tip = new Tooltip(h.formula());
            tip.setShowDelay(Duration.millis(250));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(card, tip);
            cards.getChildren().add(card);
        }
    }
}
