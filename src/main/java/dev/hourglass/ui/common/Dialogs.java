package dev.hourglass.ui.common;

import dev.hourglass.store.Workbook;
import java.io.File;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Every alert and file chooser of the views, made one way: owned by the window they concern, worded by the caller. */
public final class Dialogs {
    /** Wide enough for a workbook's file name in the question and a line per change below it. */
    private static final double CHOICE_MIN_WIDTH = 560;
    /** A window's frame around its content, that a stage's minimum width includes. */
    private static final double FRAME = 16;

    private Dialogs() {
    }

    /** Hourglass workbooks, for the choosers that open or save one. */
    public static FileChooser.ExtensionFilter workbooks() {
        return new FileChooser.ExtensionFilter(UiText.text("common.hourglassWorkbooks"), "*" + Workbook.EXTENSION);
    }

    /** A chooser with a title, the file types it offers and, when it is a folder, the folder it starts in. */
    public static FileChooser fileChooser(String title, File folder, FileChooser.ExtensionFilter... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(types);
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    /** What went wrong; {@code header} says what could not be done. */
    public static void error(Window owner, String header, String message) {
        show(owner, Alert.AlertType.ERROR, header, message);
    }

    /** Why something cannot be done now (e.g. a read-only workbook), headed "Warning". */
    public static void warning(Window owner, String message) {
        Alert alert = worded(new Alert(Alert.AlertType.WARNING, message));
        alert.initOwner(owner);
        alert.setHeaderText(UiText.text("common.warning"));
        alert.showAndWait();
    }

    /** A note with no header, e.g. why an action has nothing to do. */
    public static void information(Window owner, String message) {
        show(owner, Alert.AlertType.INFORMATION, null, message);
    }

    /**
     * Asks before a change: {@code question} as the header, {@code details} (one line per change) below; true when
     * the user chose OK. Long details make the dialog as tall as they need, and it can be resized.
     *
     * @param title the window title; null for "Hourglass"
     */
    public static boolean confirm(Window owner, String title, String question, String details) {
        Alert ask = worded(new Alert(Alert.AlertType.CONFIRMATION, details, ButtonType.OK, ButtonType.CANCEL));
        ask.initOwner(owner);
        if (title != null) {
            ask.setTitle(title);
        }
        ask.setHeaderText(question);
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        resizableAtItsSize(ask);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /**
     * Asks with the caller's own choices ("Restore" / "Discard"): {@code header} the question, {@code message} what
     * it is about; a warning when the choice is forced on the user by something wrong (a workbook in use).
     *
     * @return the choice, empty when the dialog was closed without one
     */
    public static Optional<ButtonType> choose(Window owner, boolean warning, String header, String message,
                                              ButtonType... choices) {
        Alert ask = worded(new Alert(warning ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, message, choices));
        ask.initOwner(owner);
        ask.setHeaderText(header);
        ask.getDialogPane().setMinWidth(CHOICE_MIN_WIDTH);
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        resizableAtItsSize(ask);
        return ask.showAndWait();
    }

    /**
     * An error shown without waiting for it to be closed: a failure may be told in the middle of a layout, where
     * a nested event loop is refused.
     *
     * @return whether the alert is still showing, so a failure repeated on every pulse is told once
     */
    public static ReadOnlyBooleanProperty errorNotWaiting(Window owner, String header, String message) {
        Alert alert = worded(new Alert(Alert.AlertType.ERROR, message));
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.show();
        return alert.showingProperty();
    }

    /**
     * A resizable dialog opened at its content's size. Under some Linux window managers (openbox here, KDE) a
     * resizable dialog shown while its owner is still being laid out — the recovery question at start-up — opened at
     * a fraction of its size, its buttons cut off: the window is sized to its scene again once shown, and kept from
     * being made smaller than the content's minimum.
     */
    private static void resizableAtItsSize(Dialog<?> dialog) {
        dialog.setResizable(true);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.sizeToScene();
            if (window instanceof Stage stage) {
                stage.setMinWidth(Math.min(stage.getWidth(), dialog.getDialogPane().minWidth(-1) + FRAME));
            }
        }));
    }

    private static void show(Window owner, Alert.AlertType type, String header, String message) {
        Alert alert = worded(new Alert(type, message));
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    /**
     * The toolkit words its own buttons and titles in the computer's language, not the one chosen in the app: the
     * OK and Cancel buttons and the window title ("Hourglass") are set here, for every dialog a view shows.
     */
    public static <D extends Dialog<?>> D worded(D dialog) {
        dialog.setTitle("Hourglass");
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            String key = type == ButtonType.OK ? "common.ok" : type == ButtonType.CANCEL ? "common.cancel" : null;
            if (key != null && dialog.getDialogPane().lookupButton(type) instanceof Button button) {
                button.setText(UiText.text(key));
            }
        }
        return dialog;
    }
}
