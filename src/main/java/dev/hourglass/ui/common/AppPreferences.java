package dev.hourglass.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.prefs.Preferences;

/** What the app remembers between runs: window place and size, last and recent workbooks, theme, zoom, language and
 * the columns hidden in a table. */
public final class AppPreferences {
    private static final int RECENT = 8;

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("dev/hourglass"));
    }

    public Optional<Path> lastWorkbook() {
        String path = node.get("lastWorkbook", null);
        return path == null ? Optional.empty() : Optional.of(Path.of(path));
    }

    public void rememberWorkbook(Path file) {
        String path = file.toAbsolutePath().toString();
        node.put("lastWorkbook", path);
        List<String> recent = new ArrayList<>(recentPaths());
        recent.remove(path);
        recent.add(0, path);
        for (int i = 0; i < RECENT; i++) {
            if (i < recent.size()) {
                node.put("recent." + i, recent.get(i));
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public List<Path> recentWorkbooks() {
        return recentPaths().stream().map(Path::of).toList();
    }

    private List<String> recentPaths() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String path = node.get("recent." + i, null);
            if (path != null) {
                recent.add(path);
            }
        }
        return recent;
    }

    public boolean darkTheme() {
        return node.getBoolean("darkTheme", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("darkTheme", dark);
    }

    /** Font scale for workshops on a projector: 1.0 is the normal size. */
    public double zoom() {
        return node.getDouble("zoom", 1.0);
    }

    public void setZoom(double zoom) {
        node.putDouble("zoom", zoom);
    }

    /** x, y, width, height of the main window, when it was placed before. */
    public Optional<double[]> windowBounds() {
        double width = node.getDouble("window.width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new double[] {node.getDouble("window.x", 0), node.getDouble("window.y", 0), width,
            node.getDouble("window.height", 700)});
    }

    /** Whether the main window was maximised when it was last closed. */
    public boolean windowMaximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void setWindowMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    /** The language the user picked for the desktop's texts (a language tag, e.g. "de"); none before the first pick. */
    public Optional<Locale> language() {
        String tag = node.get("language", null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale language) {
        node.put("language", language.toLanguageTag());
    }

    /** The ids of the columns the user hid in a table (by its name), or {@code byDefault} before any choice. */
    public Set<String> hiddenColumns(String table, Set<String> byDefault) {
        String ids = node.get("hiddenColumns." + table, null);
        return ids == null ? byDefault : ids.isEmpty() ? Set.of() : Set.of(ids.split(","));
    }

    public void setHiddenColumns(String table, Collection<String> ids) {
        node.put("hiddenColumns." + table, String.join(",", new TreeSet<>(ids)));
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }
}
