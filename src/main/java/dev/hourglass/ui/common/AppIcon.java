package dev.hourglass.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;

/** The hourglass icon at the sizes window managers and task bars ask for (drawn from packaging/hourglass.svg). */
public final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);
    /** Decoded once: the window, its splash and its dialogs share them. */
    private static volatile List<Image> loaded;

    private AppIcon() {
    }

    /**
     * Every size, decoded on the first call; callable from any thread (JavaFX images may be made off the FX thread),
     * so the desktop decodes them while its window is being set up.
     */
    public static List<Image> images() {
        List<Image> images = loaded;
        if (images == null) {
            images = SIZES.stream().map(AppIcon::load).toList();
            loaded = images;
        }
        return images;
    }

    /** The icon at one of {@link #SIZES}, for a splash or a dialog. */
    public static Image image(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no icon of " + size + " px; sizes: " + SIZES);
        }
        return images().get(SIZES.indexOf(size));
    }

    static String resource(int size) {
        return "/dev/hourglass/icon-" + size + ".png";
    }

    private static Image load(int size) {
        try (InputStream in = AppIcon.class.getResourceAsStream(resource(size))) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource(size));
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
