package dev.hourglass.ui.common;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody else caught (an exception on the FX thread or another thread of the app): logged with its stack
 * trace, and told to the user in one sentence that says where the details are.
 */
public final class FailureReport implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);
    private final Consumer<String> tellUser;

    /** @param tellUser shows a sentence to the user; called on the thread that failed */
    public FailureReport(Consumer<String> tellUser) {
        this.tellUser = tellUser;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Unexpected failure on thread {}", thread.getName(), failure);
        tellUser.accept(sentence(failure));
    }

    /** What the user reads: what went wrong in a few words, and that the log has the rest. */
    public static String sentence(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String what = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage().strip().lines().findFirst().orElse("");
        if (what.endsWith(".")) {
            what = what.substring(0, what.length() - 1);
        }
        return UiText.text("common.somethingWentWrongThe", what);
    }
}
