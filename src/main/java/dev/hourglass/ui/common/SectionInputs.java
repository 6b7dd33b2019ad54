package dev.hourglass.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Where a scenario view shows a section's inputs: placed in the view's FXML, it holds the section's grids, shown only
 * while the scenario has the section, and under an input grid whose rows may override business drivers, the button
 * that resets the selected row to the scenario's value. The five scenario views share it instead of each inserting
 * its grid among the FXML's children at a fixed index.
 */
public final class SectionInputs extends VBox {
    public SectionInputs() {
        getStyleClass().add("section-inputs");
        setSpacing(12);
    }

    /** Shows these grids, always: a section that is a list (channels, budget lines) is there with no rows too. */
    public void show(Node... grids) {
        getChildren().setAll(grids);
    }

    /** Shows these grids (and controls) while the section is present. */
    public void show(ObservableBooleanValue present, Node... grids) {
        getChildren().setAll(grids);
        visibleProperty().bind(BooleanExpression.booleanExpression(present));
        managedProperty().bind(visibleProperty());
    }

    /** An input grid whose driver rows may be overrides, with its reset button under it. */
    public static VBox withReset(InputGrid grid) {
        Button reset = new Button(InputGrid.reset());
        reset.setId((grid.getId() == null ? "grid" : grid.getId()) + "Reset");
        reset.getStyleClass().add("reset-override");
        reset.setTooltip(new Tooltip(UiText.text("common.theSelectedRowOverrides")));
        reset.disableProperty().bind(grid.selectedOverridden().not());
        reset.setOnAction(e -> grid.resetSelected());
        VBox box = new VBox(6, grid, reset);
        return box;
    }
}
