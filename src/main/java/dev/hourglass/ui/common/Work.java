package dev.hourglass.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where a view model runs a slow computation: on a background thread in the app (the result comes back on the FX
 * thread), right away in tests, so a view model stays testable without the toolkit and without waiting.
 */
public interface Work {
    <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** On a daemon thread; {@code done} and {@code failed} run on the FX thread. */
    Work BACKGROUND = new Work() {
        @Override
        public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            Background.run(name, work, null, done, failed);
        }
    };

    /** Here and now (tests). */
    Work NOW = new Work() {
        @Override
        public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };
}
