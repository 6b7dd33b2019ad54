package dev.hourglass.ui.mainwindow;

import java.nio.file.Path;
import java.util.List;

/** What the main window asks of the application: workbooks to open, create and save under a name; quitting. */
public interface WindowActions {
    void open(Path workbook);

    void newWorkbook();

    /** Saves the open workbook (and its unsaved edits) as another file, which becomes the open one. */
    void saveAs(Path target);

    void quit();

    List<Path> recentWorkbooks();

    /** Light or dark theme, and the font zoom, applied to the whole application. */
    void applyLook(boolean dark, double zoom);

    /** The window built anew on the same session (workbook, selection, undo), in the language now chosen. */
    void rebuildWindow();
}
