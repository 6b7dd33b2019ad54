package dev.hourglass.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A grid of records, one per row, that behaves like a spreadsheet: type or Enter to edit a cell, Enter to take
 * it and go down, Tab to go right, Escape to cancel, Ctrl+C / Ctrl+V for ranges to and from Excel or LibreOffice.
 */
public final class RowsGrid extends VBox {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final RowsGridModel<?> model;
    private final TableView<List<String>> table = new TableView<>();
    private String typedToStart;
    private static final PseudoClass OVERRIDDEN = PseudoClass.getPseudoClass("overridden");

    public RowsGrid(RowsGridModel<?> model, String rowNoun) {
        this.model = model;
        getStyleClass().add("input-grid");
        table.setItems(model.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(38);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(
                Bindings.size(model.rows()).add(1.6)));
        for (int c = 0; c < model.columns().size(); c++) {
            table.getColumns().add(column(c));
        }
        Tables.columnsFit(table); // names in full: 'Campaign B (better customers)', not 'Campaign B (better custo…'
        table.setContextMenu(resetMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);
        Label message = new Label();
        message.getStyleClass().add("input-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        setSpacing(8);
        getChildren().addAll(table, message);
        if (model.canAddRows()) {
            Button add = new Button(UiText.text("common.add", rowNoun));
            add.setOnAction(e -> model.addRow());
            Button remove = new Button(UiText.text("common.remove", rowNoun));
            remove.setOnAction(e -> {
                int row = table.getFocusModel().getFocusedIndex();
                if (row >= 0) {
                    model.removeRow(row);
                }
            });
            remove.disableProperty().bind(table.getFocusModel().focusedIndexProperty().lessThan(0));
            getChildren().add(new HBox(8, add, remove));
        }
    }

    public TableView<List<String>> table() {
        return table;
    }

    private ContextMenu resetMenu() {
        MenuItem reset = new MenuItem(InputGrid.reset());
        reset.setOnAction(e -> {
            TablePosition<?, ?> cell = table.getFocusModel().getFocusedCell();
            if (cell != null) {
                model.reset(cell.getRow(), Math.max(0, cell.getColumn()));
            }
        });
        ContextMenu menu = new ContextMenu(reset);
        menu.setOnShowing(e -> {
            TablePosition<?, ?> cell = table.getFocusModel().getFocusedCell();
            reset.setDisable(cell == null || model.overrideNote(cell.getRow(), Math.max(0, cell.getColumn())) == null);
        });
        return menu;
    }

    public void editCell(int row, int column) {
        table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
        table.getFocusModel().focus(row, table.getColumns().get(column));
        table.edit(row, table.getColumns().get(column));
    }

    private TableColumn<List<String>, String> column(int index) {
        ColumnField<?> field = model.columns().get(index);
        TableColumn<List<String>, String> column = new TableColumn<>(field.label());
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
        column.setCellFactory(c -> new EditCell(index));
        column.setSortable(false);
        column.setPrefWidth(field.kind() == null ? 190 : 95);
        if (field.kind() != null) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        if (!field.help().isEmpty()) {
            Label header = new Label(field.label());
            header.setTooltip(InputGrid.tooltip(field.help()));
            column.setText(null);
            column.setGraphic(header);
        }
        return column;
    }

    private void onKey(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        int row = Math.max(0, focused == null ? 0 : focused.getRow());
        int column = Math.max(0, focused == null || focused.getTableColumn() == null ? 0 : focused.getColumn());
        if (COPY.match(event)) {
            List<Integer> rows = table.getSelectionModel().getSelectedCells().stream().map(TablePosition::getRow)
                    .distinct().sorted().toList();
            int first = table.getSelectionModel().getSelectedCells().stream().mapToInt(TablePosition::getColumn).min().orElse(0);
            int last = table.getSelectionModel().getSelectedCells().stream().mapToInt(TablePosition::getColumn).max()
                    .orElse(model.columns().size() - 1);
            ClipboardContent content = new ClipboardContent();
            content.putString(model.copy(rows, first, last));
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        } else if (PASTE.match(event)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                model.paste(row, column, text);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
            if (row < model.rows().size()) {
                editCell(row, column);
            }
            event.consume();
        }
    }

    private void onTyped(KeyEvent event) {
        if (EditingCell.forwardToOpenEditor(table, event)) {
            return;
        }
        String typed = event.getCharacter();
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        if (table.getEditingCell() == null && focused != null && focused.getRow() >= 0 && !event.isShortcutDown()
                && typed.length() == 1 && !Character.isISOControl(typed.charAt(0))) {
            typedToStart = typed;
            editCell(focused.getRow(), Math.max(0, focused.getColumn()));
            event.consume();
        }
    }

    /** A cell being edited shows a text field; Enter takes the value and goes down, Tab goes right. */
    private final class EditCell extends EditingCell<List<String>> {
        private final int column;

        EditCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            String note = empty ? null : model.overrideNote(getIndex(), column);
            pseudoClassStateChanged(OVERRIDDEN, note != null);
            setTooltip(note == null ? null : InputGrid.tooltip(note));
            if (note != null && !isEditing()) {
                Label marker = new Label("\u25C6");
                marker.getStyleClass().add("override-marker");
                setGraphic(marker);
            }
        }

        @Override
        protected String takeTypedStart() {
            String typed = typedToStart;
            typedToStart = null;
            return typed;
        }

        @Override
        protected void take(String typed, int down, int right) {
            int row = getIndex();
            boolean taken = model.edit(row, column, typed);
            int nextRow = taken ? row + down : row;
            int nextColumn = taken ? column + right : column;
            if ((down != 0 || right != 0) && nextRow >= 0 && nextRow < model.rows().size() && nextColumn >= 0
                    && nextColumn < model.columns().size()) {
                Platform.runLater(() -> {
                    table.getSelectionModel().clearAndSelect(nextRow, table.getColumns().get(nextColumn));
                    table.getFocusModel().focus(nextRow, table.getColumns().get(nextColumn));
                    table.requestFocus();
                });
            }
        }
    }
}
