package dev.hourglass.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Headline figures as cards in a pane, each with its formula (and the numbers in it) as tooltip. */
public final class HeadlineCards {
    private HeadlineCards() {
    }

    public static void bind(FlowPane pane, ObservableList<Headline> headlines) {
        headlines.addListener((ListChangeListener<Headline>) change -> rebuild(pane, headlines));
        rebuild(pane, headlines);
    }

    private static void rebuild(FlowPane pane, ObservableList<Headline> headlines) {
        pane.getChildren().clear();
        for (Headline h : headlines) {
            Label title = new Label(h.title());
            title.getStyleClass().add("card-title");
            Label value = new Label(h.value());
            value.getStyleClass().add("card-value");
            value.setId(h.id());
            VBox card = new VBox(title, value);
            if (h.note() != null) {
                Label note = new Label(h.note());
                note.getStyleClass().add("card-note");
                card.getChildren().add(note);
            }
            card.getStyleClass().add("headline-card");
            Tooltip tip = InputGrid.tooltip(h.formula());
            Tooltip.install(card, tip);
            pane.getChildren().add(card);
        }
    }
}
