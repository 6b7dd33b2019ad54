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

    /** A view's root and what it wants to hear of its tab ({@link View#NONE} when its controller is no {@link View}). */
    public record Loaded(Parent root, View view) {
    }

    /** Loads a view shown in a tab: its root and its controller's lifecycle. */
    public static Loaded loadView(Class<?> controllerType, String fxml, ControllerFactory controllers) {
        FXMLLoader loader = loader(controllerType, fxml, controllers);
        Parent root = load(loader, fxml);
        return new Loaded(root, loader.getController() instanceof View view ? view : View.NONE);
    }

    public static Parent load(Class<?> controllerType, String fxml, ControllerFactory controllers) {
        return load(loader(controllerType, fxml, controllers), fxml);
    }

    private static FXMLLoader loader(Class<?> controllerType, String fxml, ControllerFactory controllers) {
        URL location = controllerType.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("missing view " + fxml + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(controllers);
        loader.setResources(UiText.bundle());
        return loader;
    }

    private static Parent load(FXMLLoader loader, String fxml) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
