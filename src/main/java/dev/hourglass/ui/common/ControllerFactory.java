package dev.hourglass.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers with their dependencies passed to the constructor, so no controller reaches for a
 * static singleton. Each controller class is registered with the supplier that constructs it.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
