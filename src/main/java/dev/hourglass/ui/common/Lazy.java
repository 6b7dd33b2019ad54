package dev.hourglass.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, so a start makes only what the first view shows (a view model is
 * made with its view, when its tab is first selected). Made and used on the JavaFX thread only: not thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private T value;

    private Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    public static <T> Lazy<T> of(Supplier<T> maker) {
        return new Lazy<>(maker);
    }

    @Override
    public T get() {
        if (value == null) {
            value = maker.get();
        }
        return value;
    }

    /** Runs {@code action} on the value if it has been made; one not made yet will be made from the latest data. */
    public void ifMade(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}
