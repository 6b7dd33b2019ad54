package dev.hourglass.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a feature's FXML from the resources folder matching its package, with the controller factory. */
public final class Views {
    private Views() {
    }

    private static final String FIRST_SHOWN = "hourglass.firstShown";

    /**
     * Asks to be told the first time a view is shown (its tab selected), so its data is read then and not while
     * the window opens.
     */
    public static void onFirstShown(javafx.scene.Node view, Runnable action) {
        view.getProperties().put(FIRST_SHOWN, action);
    }

    private static final String SHOWING = "hourglass.showing";

    /**
     * Asks to be told each time a view is shown and hidden (its tab selected or left), so a view whose figures cost
     * a lot follows edits only while it can be seen.
     */
    public static void onShowing(javafx.scene.Node view, java.util.function.Consumer<Boolean> showing) {
        view.getProperties().put(SHOWING, showing);
    }

    /** Tells a view it is shown; its first-shown action runs once. */
    public static void shown(javafx.scene.Node view) {
        Object action = view == null ? null : view.getProperties().remove(FIRST_SHOWN);
        if (action instanceof Runnable runnable) {
            runnable.run();
        }
        tellShowing(view, true);
    }

    /** Tells a view it is no longer shown (another tab was selected). */
    public static void hidden(javafx.scene.Node view) {
        tellShowing(view, false);
    }

    @SuppressWarnings("unchecked")
    private static void tellShowing(javafx.scene.Node view, boolean showing) {
        Object listener = view == null ? null : view.getProperties().get(SHOWING);
        if (listener instanceof java.util.function.Consumer<?> consumer) {
            ((java.util.function.Consumer<Boolean>) consumer).accept(showing);
        }
    }

    public static Parent load(Class<?> controllerType, String fxml, ControllerFactory controllers) {
        URL location = controllerType.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("missing view " + fxml + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
