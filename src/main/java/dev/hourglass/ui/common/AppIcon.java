package dev.hourglass.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;

/** The hourglass icon at the sizes window managers and task bars ask for (drawn from packaging/hourglass.svg). */
public final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    public static List<Image> images() {
        return SIZES.stream().map(AppIcon::load).toList();
    }

    /** The icon at one of {@link #SIZES}, for a splash or a dialog. */
    public static Image image(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no icon of " + size + " px; sizes: " + SIZES);
        }
        return load(size);
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
