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
