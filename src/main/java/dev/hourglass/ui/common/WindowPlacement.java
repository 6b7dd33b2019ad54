package dev.hourglass.ui.common;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Where the main window opens and what is remembered of it: the last normal (not maximised) bounds, kept on a
 * screen that is still there, and whether it was maximised.
 *
 * <p>Under a window manager JavaFX 21 on Linux can map the window at 200×200 whatever size was set before
 * {@code show()} (the first configure event from the window manager wins), so the size is set again once the
 * window is shown.
 */
public final class WindowPlacement {
    /** A window never opens smaller than this, nor larger than the screen's work area. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private static final Duration SETTLE = Duration.millis(400);

    private final AppPreferences preferences;
    private Rectangle2D normalBounds;
    private boolean maximiseWhenFocused;

    public WindowPlacement(AppPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * The bounds to open at: the saved ones when they fit on the work area (moved onto it if they hang off), else
     * a default size centred on it; never larger than the work area.
     */
    static Rectangle2D initialBounds(Optional<double[]> saved, Rectangle2D workArea) {
        double width = Math.min(saved.map(b -> b[2]).orElse(DEFAULT_WIDTH), workArea.getWidth());
        double height = Math.min(saved.map(b -> b[3]).orElse(DEFAULT_HEIGHT), workArea.getHeight());
        width = Math.max(width, Math.min(MIN_WIDTH, workArea.getWidth()));
        height = Math.max(height, Math.min(MIN_HEIGHT, workArea.getHeight()));
        double centredX = workArea.getMinX() + (workArea.getWidth() - width) / 2;
        double centredY = workArea.getMinY() + (workArea.getHeight() - height) / 2;
        double x = saved.map(b -> b[0]).orElse(centredX);
        double y = saved.map(b -> b[1]).orElse(centredY);
        x = clamp(x, workArea.getMinX(), workArea.getMaxX() - width);
        y = clamp(y, workArea.getMinY(), workArea.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    /**
     * Maximised when it was so at the last close, and on a first start (nothing saved), so a large screen is used
     * whole; un-maximising it then gives {@link #initialBounds}'s default size.
     */
    static boolean opensMaximised(Optional<double[]> saved, boolean savedMaximised) {
        return saved.isEmpty() || savedMaximised;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    /** Bounds to give the stage before it is shown. */
    public Rectangle2D opening() {
        Optional<double[]> saved = preferences.windowBounds();
        Rectangle2D workArea = saved
                .flatMap(b -> Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]).stream().findFirst())
                .orElse(Screen.getPrimary())
                .getVisualBounds();
        normalBounds = initialBounds(saved, workArea);
        return normalBounds;
    }

    /**
     * Places a stage that has a scene of {@link #opening()}'s size and is about to be shown; call before
     * {@code show()}.
     */
    public void place(Stage stage) {
        Rectangle2D bounds = normalBounds != null ? normalBounds : opening();
        apply(stage, bounds);
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        boolean maximized = opensMaximised(preferences.windowBounds(), preferences.windowMaximized());
        stage.setOnShown(e -> Platform.runLater(() -> {
            apply(stage, bounds);
            stage.setMaximized(maximized);
        }));
        // Maximising changes the size a moment before the maximised flag: the bounds are taken once they settle.
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> rememberNormal(stage));
        InvalidationListener moved = o -> settle.playFromStart();
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
        // A window started maximised is restored by the window manager to the size it had when it was mapped,
        // which may be the whole screen: restore it to the remembered bounds instead.
        stage.maximizedProperty().addListener((o, was, maximised) -> {
            if (maximised) {
                return;
            }
            if (modalChildShowing(stage)) {
                // JavaFX 21 on Linux fixes the owner's size while a modal dialog is up (JDK-8332222, fixed in 23), so the window
                // manager un-maximises it: maximise it again when the dialog is gone.
                maximiseWhenFocused = true;
                // meanwhile it keeps the whole work area, so the dialog does not seem to shrink the window
                Rectangle2D area = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
                Platform.runLater(() -> apply(stage, area));
            } else if (normalBounds != null) {
                Rectangle2D normal = normalBounds;
                Platform.runLater(() -> apply(stage, normal));
            }
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused && maximiseWhenFocused && !modalChildShowing(stage)) {
                maximiseWhenFocused = false;
                Platform.runLater(() -> stage.setMaximized(true));
            }
        });
    }

    /**
     * Gives a secondary window (a wizard) its bounds before it is shown and again once it is: under a window
     * manager the first configure event can otherwise leave it at 200×200, as the main window.
     */
    public static void showAt(Stage stage, Rectangle2D bounds) {
        apply(stage, bounds);
        stage.setOnShown(e -> Platform.runLater(() -> apply(stage, bounds)));
        stage.show();
    }

    private static boolean modalChildShowing(Stage stage) {
        return Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing() && w instanceof Stage child
                && child.getOwner() == stage && child.getModality() != Modality.NONE);
    }

    private static void apply(Stage stage, Rectangle2D bounds) {
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
    }

    private void rememberNormal(Stage stage) {
        if (stage.isShowing() && !maximiseWhenFocused && !stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()
                && stage.getWidth() >= MIN_WIDTH / 2 && stage.getHeight() >= MIN_HEIGHT / 2) {
            normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** Remembers the normal bounds and the maximised state for the next start. */
    public void save(Stage stage) {
        if (normalBounds != null) {
            preferences.setWindowBounds(normalBounds.getMinX(), normalBounds.getMinY(), normalBounds.getWidth(),
                    normalBounds.getHeight());
        }
        preferences.setWindowMaximized(stage.isMaximized());
    }
}
