package dev.hourglass.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A cell of a heat map: its text over the theme's accent colour, shown as strongly as the value is high, so the light
 * and the dark theme each shade with their own accent.
 */
public final class HeatCell extends StackPane {
    private final Label text;

    /**
     * @param shade how much of the accent shows, from 0 (none) to 1 (all of it)
     * @param strong whether the shade is strong enough to need the text in the theme's colour for emphasis
     */
    public HeatCell(String text, double shade, boolean strong) {
        getStyleClass().add("heat-cell");
        if (strong) {
            getStyleClass().add("heat-strong");
        }
        Region accent = new Region();
        accent.getStyleClass().add("heat-shade");
        accent.setOpacity(Math.max(0, Math.min(1, shade)));
        this.text = new Label(text);
        this.text.getStyleClass().add("heat-text");
        getChildren().addAll(accent, this.text);
    }

    public String text() {
        return text.getText();
    }
}
