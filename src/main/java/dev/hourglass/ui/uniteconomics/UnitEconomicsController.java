package dev.hourglass.ui.uniteconomics;

import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.common.PaybackChart;
import dev.hourglass.ui.common.SectionInputs;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Thin: binds the unit economics view model to its FXML and draws the payback chart. */
public final class UnitEconomicsController {
    private final UnitEconomicsViewModel viewModel;

    @FXML
    private SectionInputs section;
    @FXML
    private VBox missing;
    @FXML
    private ToggleButton annualBilling;
    @FXML
    private ToggleButton monthlyBilling;
    @FXML
    private VBox toggles;
    @FXML
    private CheckBox frontLoaded;
    @FXML
    private CheckBox expansion;
    @FXML
    private CheckBox discounting;
    @FXML
    private FlowPane cards;
    @FXML
    private PaybackChart chart;

    public UnitEconomicsController(UnitEconomicsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        InputGrid grid = new InputGrid(viewModel.grid());
        grid.setId("unitEconomicsGrid");
        section.show(viewModel.hasSectionProperty(), grid);
        frontLoaded.selectedProperty().bindBidirectional(viewModel.frontLoadedChurnProperty());
        expansion.selectedProperty().bindBidirectional(viewModel.expansionProperty());
        discounting.selectedProperty().bindBidirectional(viewModel.discountingProperty());
        toggles.visibleProperty().bind(viewModel.hasSectionProperty());
        toggles.managedProperty().bind(toggles.visibleProperty());
        missing.visibleProperty().bind(viewModel.hasSectionProperty().not());
        missing.managedProperty().bind(missing.visibleProperty());

        ToggleGroup billing = new ToggleGroup();
        annualBilling.setToggleGroup(billing);
        monthlyBilling.setToggleGroup(billing);
        annualBilling.setUserData(Billing.ANNUAL);
        monthlyBilling.setUserData(Billing.MONTHLY);
        billing.selectToggle(viewModel.billingProperty().get() == Billing.MONTHLY ? monthlyBilling : annualBilling);
        viewModel.billingProperty().addListener((obs, old, now) ->
                billing.selectToggle(now == Billing.MONTHLY ? monthlyBilling : annualBilling));
        billing.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                billing.selectToggle(old); // one of the two is always on
            } else {
                viewModel.billingProperty().set((Billing) now.getUserData());
            }
        });

        HeadlineCards.bind(cards, viewModel.headlines());
        showBands();
        viewModel.resultProperty().addListener((obs, old, now) -> draw(now));
        draw(viewModel.resultProperty().get());
    }

    /** The bands of a scenario with ranges, as lines under the cards; nothing without ranges. */
    private void showBands() {
        Label bands = new Label();
        bands.setId("unitEconomicsBands");
        bands.setWrapText(true);
        bands.setMinHeight(Region.USE_PREF_SIZE); // the lines never collapse to one cut line
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

    private void draw(UnitEconomicsResult result) {
        chart.show(result, viewModel.cac(), viewModel.formats(), viewModel.currency());
    }
}
