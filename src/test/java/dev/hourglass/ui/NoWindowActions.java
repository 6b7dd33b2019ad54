package dev.hourglass.ui;

import dev.hourglass.ui.mainwindow.WindowActions;
import java.nio.file.Path;
import java.util.List;

/** A main window's application that does nothing: for tests that build the window without the application. */
public class NoWindowActions implements WindowActions {
    @Override
    public void open(Path workbook) {
    }

    @Override
    public void newWorkbook() {
    }

    @Override
    public void saveAs(Path target) {
    }

    @Override
    public void quit() {
    }

    @Override
    public List<Path> recentWorkbooks() {
        return List.of();
    }

    @Override
    public void applyLook(boolean dark, double zoom) {
    }

    @Override
    public void rebuildWindow() {
    }
}
