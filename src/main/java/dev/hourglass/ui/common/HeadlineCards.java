package dev.hourglass.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Headline figures as cards in a pane, each with its formula (and the numbers in it) as tooltip. */
public final class HeadlineCards {
    private HeadlineCards() {
    }

    public static void bind(FlowPane pane, ObservableList<Headline> headlines) {
        headlines.addListener((ListChangeListener<Headline>) change -> rebuild(pane, headlines));
        rebuild(pane, headlines);
        pane.widthProperty().addListener((obs, old, now) -> spread(pane));
    }

    /**
     * Responsive columns: as many cards to a row as fit at their own (type-relative) width, widened to share the row,
     * so a wide window is not a row of cards beside an empty band.
     */
    private static final double MAX_STRETCH = 1.5;

    private static void spread(FlowPane pane) {
        double width = pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset();
        if (pane.getChildren().isEmpty() || width <= 0) {
            return;
        }
        pane.applyCss();
        // the widest card's own width, so no value reads '28,19 Mio…' in a row of short ones
        double natural = pane.getChildren().stream().mapToDouble(HeadlineCards::naturalWidth).max().orElse(0);
        int columns = Math.max(1, Math.min(pane.getChildren().size(),
                (int) Math.floor((width + pane.getHgap()) / (natural + pane.getHgap()))));
        double shared = Math.floor((width - (columns - 1) * pane.getHgap()) / columns);
        for (Node card : pane.getChildren()) {
            ((Region) card).setMinWidth(Math.max(natural, Math.min(shared, natural * MAX_STRETCH)));
        }
    }

    /** A card's own width, and never less than its value needs (a style sheet may give cards a narrower width). */
    private static double naturalWidth(Node card) {
        double value = card.lookup(".card-value") instanceof Region label && card instanceof Region region
                ? label.prefWidth(-1) + region.snappedLeftInset() + region.snappedRightInset() : 0;
        return Math.max(card.prefWidth(-1), value);
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
        Platform.runLater(() -> spread(pane));
    }
}
