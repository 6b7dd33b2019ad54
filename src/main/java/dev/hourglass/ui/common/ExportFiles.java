package dev.hourglass.ui.common;

import dev.hourglass.io.InputFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Saving an export: the user picks the file, it is written on a background thread with the busy indicator shown,
 * and a failure is explained naming the file. The exporters themselves write whole files or nothing.
 */
public final class ExportFiles {
    /** Writes one export to a file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    /** Where the last export went, so the next one starts there, as desktop apps do; ~/Hourglass at first. */
    private static final Preferences PREFERENCES =
            Preferences.userNodeForPackage(ExportFiles.class);
    private static final String LAST_FOLDER = "lastExportFolder";
    /** The window's property holding the {@link InputFiles} an export from it must not replace. */
    private static final String INPUTS = "hourglass.exportInputs";

    private ExportFiles() {
    }

    /** Tells the exports from {@code window} which workbook it shows: an export never replaces it or its side files. */
    public static void readsFrom(Window window, Path workbook) {
        readsFrom(window.getProperties(), workbook);
    }

    static void readsFrom(Map<Object, Object> windowProperties, Path workbook) {
        windowProperties.put(INPUTS, InputFiles.none().andWorkbook(workbook));
    }

    /** Refuses, before anything is written, an export over what the window reads (or over any workbook). */
    static void checkExport(Map<Object, Object> windowProperties, Path file) throws IOException {
        InputFiles inputs = windowProperties.get(INPUTS) instanceof InputFiles read ? read : InputFiles.none();
        inputs.checkExport(file);
    }

    private static File lastFolder() {
        File hourglass = new File(System.getProperty("user.home"), "Hourglass");
        return new File(PREFERENCES.get(LAST_FOLDER, (hourglass.isDirectory() ? hourglass
                : new File(System.getProperty("user.home"))).getAbsolutePath()));
    }

    /**
     * @param suggestedName the file name offered, e.g. the scenario's name (characters a file system refuses are
     *                      replaced)
     * @param written       told the file once it is complete
     */
    public static void save(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter type,
                            Node busy, Writer writer, Consumer<Path> written) {
        FileChooser chooser = Dialogs.fileChooser(title, lastFolder(), type);
        chooser.setInitialFileName(fileName(suggestedName) + type.getExtensions().get(0).substring(1));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        if (file.getParentFile() != null) {
            PREFERENCES.put(LAST_FOLDER, file.getParentFile().getAbsolutePath());
        }
        try {
            checkExport(owner == null ? Map.of() : owner.getProperties(), path);
        } catch (IOException refused) {
            failed(owner, file, refused);
            return;
        }
        Background.run("export-" + file.getName(), () -> {
            writer.write(path);
            return path;
        }, busy, written, failure -> failed(owner, file, failure));
    }

    private static void failed(Window owner, File file, Throwable failure) {
        Dialogs.error(owner, UiText.text("common.hourglassCouldNotWrite", file.getName()), failure instanceof IOException
                ? failure.getMessage() : failure.toString());
    }

    static String fileName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return cleaned.isEmpty() ? "Hourglass" : cleaned;
    }
}
