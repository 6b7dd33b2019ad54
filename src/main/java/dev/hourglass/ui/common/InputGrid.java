package dev.hourglass.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * An input grid that behaves like a spreadsheet column: type to edit, Enter or Tab to take the value and move
 * down, Escape to cancel, Ctrl+C / Ctrl+V for ranges to and from Excel or LibreOffice. A refused value marks its
 * row and is explained under the grid.
 */
public final class InputGrid extends VBox {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass OVERRIDDEN = PseudoClass.getPseudoClass("overridden");
    /** The words of the context menu item and the button that undo an override. */
    public static String reset() {
        return UiText.text("common.resetToScenarioValue");
    }

    private final InputGridModel<?> model;
    private final TableView<InputRow> table = new TableView<>();
    private final Label message = new Label();
    /** What the user typed on a selected row to start editing it, as in a spreadsheet. */
    private String typedToStart;

    public InputGrid(InputGridModel<?> model) {
        this.model = model;
        getStyleClass().add("input-grid");
        table.setItems(model.rows());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(labelColumn());
        table.getColumns().add(valueColumn());
        table.getColumns().add(unitColumn());
        Tables.columnsFit(table); // an input's name in full: 'Onboarding scheduled within 7 days'
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(InputRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("invalid"),
                        !empty && row != null && row.errorProperty().get() != null);
                pseudoClassStateChanged(OVERRIDDEN, !empty && row != null && row.overridden());
            }
        });
        table.setContextMenu(resetMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);
        table.setFixedCellSize(38);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(model.rows().size() + 1.3));
        message.getStyleClass().add("input-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        for (InputRow row : model.rows()) {
            row.errorProperty().addListener((obs, old, now) -> table.refresh());
            row.overrideProperty().addListener((obs, old, now) -> table.refresh());
        }
        setSpacing(8);
        VBox.setVgrow(table, Priority.NEVER);
        getChildren().addAll(table, message);
    }

    public TableView<InputRow> table() {
        return table;
    }

    /** Makes the selected row read the scenario's value again, when it overrides it. */
    public boolean resetSelected() {
        int row = table.getSelectionModel().getSelectedIndex();
        return row >= 0 && model.reset(row);
    }

    /** True while the selected row overrides a scenario driver. */
    public BooleanBinding selectedOverridden() {
        return Bindings.createBooleanBinding(() -> {
            InputRow row = table.getSelectionModel().getSelectedItem();
            return row != null && row.overridden();
        }, table.getSelectionModel().selectedItemProperty(), table.itemsProperty(),
                Bindings.createObjectBinding(() -> model.rows().stream().map(InputRow::overridden).toList(),
                        model.rows().stream().map(InputRow::overrideProperty).toArray(Observable[]::new)));
    }

    private ContextMenu resetMenu() {
        MenuItem reset = new MenuItem(reset());
        reset.setOnAction(e -> resetSelected());
        ContextMenu menu = new ContextMenu(reset);
        menu.setOnShowing(e -> {
            InputRow row = table.getSelectionModel().getSelectedItem();
            reset.setDisable(row == null || !row.overridden());
        });
        return menu;
    }

    /** Starts editing a row's value, as a click or typing would. */
    public void editRow(int row) {
        table.getSelectionModel().clearAndSelect(row);
        table.getFocusModel().focus(row);
        table.edit(row, table.getColumns().get(1));
    }

    private void onKey(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (COPY.match(event)) {
            List<Integer> rows = table.getSelectionModel().getSelectedIndices().stream().sorted().toList();
            ClipboardContent content = new ClipboardContent();
            content.putString(model.copy(rows));
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        } else if (PASTE.match(event)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                model.paste(Math.max(0, table.getFocusModel().getFocusedIndex()), text);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
            editRow(Math.max(0, table.getFocusModel().getFocusedIndex()));
            event.consume();
        }
    }

    private void onTyped(KeyEvent event) {
        if (EditingCell.forwardToOpenEditor(table, event)) {
            return;
        }
        String typed = event.getCharacter();
        if (table.getEditingCell() == null && !event.isShortcutDown() && typed.length() == 1
                && (Character.isDigit(typed.charAt(0)) || "-.,".contains(typed))) {
            typedToStart = typed;
            editRow(Math.max(0, table.getFocusModel().getFocusedIndex()));
            event.consume();
        }
    }

    private static TableColumn<InputRow, String> labelColumn() {
        TableColumn<InputRow, String> column = new TableColumn<>(UiText.text("common.input"));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                setText(empty ? null : label);
                InputRow row = empty ? null : getTableRow().getItem();
                setTooltip(row == null || row.help().isEmpty() ? null : tooltip(row.help()));
            }
        });
        column.setSortable(false);
        column.setPrefWidth(190);
        return column;
    }

    private TableColumn<InputRow, String> valueColumn() {
        TableColumn<InputRow, String> column = new TableColumn<>(UiText.text("common.value"));
        column.setCellValueFactory(c -> c.getValue().textProperty());
        column.setCellFactory(c -> new ValueCell());
        column.setEditable(true);
        column.setSortable(false);
        column.setPrefWidth(130);
        column.getStyleClass().add("value-column");
        return column;
    }

    private static TableColumn<InputRow, String> unitColumn() {
        TableColumn<InputRow, String> column = new TableColumn<>(UiText.text("common.unit"));
        column.setCellValueFactory(c -> c.getValue().unitProperty());
        column.setSortable(false);
        column.setMinWidth(72);
        column.setPrefWidth(80);
        return column;
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** The editable value: a text field while editing; Enter/Tab take the value and move to the next row. */
    private final class ValueCell extends EditingCell<InputRow> {
        @Override
        protected String takeTypedStart() {
            String typed = typedToStart;
            typedToStart = null;
            return typed;
        }

        /** A one-column grid: Tab moves down like Enter. */
        @Override
        protected void take(String typed, int down, int right) {
            int move = down != 0 ? down : right;
            int row = getIndex();
            boolean taken = model.edit(row, typed);
            int next = taken ? row + move : row;
            if (move != 0 && next >= 0 && next < model.rows().size()) {
                Platform.runLater(() -> {
                    table.getSelectionModel().clearAndSelect(next);
                    table.getFocusModel().focus(next);
                    table.requestFocus();
                });
            }
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            InputRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            String error = row == null ? null : row.errorProperty().get();
            String override = row == null ? null : row.overrideProperty().get();
            String range = row == null ? null : row.rangeProperty().get();
            String tip = error != null ? error : override != null ? override : range;
            setTooltip(tip == null ? null : tooltip(tip));
            if (override != null && !isEditing()) {
                Label marker = new Label("\u25C6"); // a small diamond, as a spreadsheet marks a changed cell
                marker.getStyleClass().add("override-marker");
                setGraphic(marker);
            } else if (!isEditing()) {
                setGraphic(null);
            }
        }
    }
}
