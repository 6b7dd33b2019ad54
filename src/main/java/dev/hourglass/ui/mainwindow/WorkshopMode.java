package dev.hourglass.ui.mainwindow;

import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Presenting to a room: full screen, one view at a time in large type, no menus or navigator. ← → (or Page Up/Down)
 * step through the views, ↑ ↓ through the scenarios, I hides or shows the inputs, Esc leaves. Keys typed into a
 * field or a grid stay there.
 */
public final class WorkshopMode {
    /** How much larger than the user's zoom a workshop shows, within the zoom limits. */
    static final double ENLARGE = 1.5;
    static final double LARGEST = 2.5;
    private static final String HIDDEN_INPUTS = "hourglass.workshop.hiddenInputs";
    private static final String TABLE_SCALE = "hourglass.workshop.tableScale";

    private final BorderPane root;
    private final SplitPane split;
    private final TabPane views;
    private final WorkbookSession session;
    private final ZoomSetter zoom;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final BooleanProperty inputsHidden = new SimpleBooleanProperty();
    private final Label title = new Label();
    private final Label hint = new Label(UiText.text("main.viewsScenariosIInputs"));
    private final EventHandler<KeyEvent> keys = this::key;
    private final ChangeListener<Boolean> fullScreenLeft = (obs, was, now) -> {
        if (!now) {
            leave();
        }
    };
    private final ChangeListener<Object> retitle = (obs, old, now) -> showTitle();
    /** Column widths are set in pixels: in large type they grow by the same factor as the type. */
    private double tableScale = 1;
    /** A view chosen any way (keys, or a click in the overview) follows the inputs' shown/hidden state. */
    private final ChangeListener<Tab> followInputs = (obs, old, now) -> {
        applyInputs(now);
        scaleTables(now, tableScale);
    };

    private boolean wasFullScreen;
    private Node top;
    private Node bottom;
    private Node navigator;
    private double[] dividers;

    /** Sets the font zoom of the window; a workshop enlarges it and gives the user's own back when it ends. */
    public interface ZoomSetter {
        void apply(double zoom);

        double userZoom();
    }

    public WorkshopMode(BorderPane root, SplitPane split, TabPane views, WorkbookSession session, ZoomSetter zoom) {
        this.root = root;
        this.split = split;
        this.views = views;
        this.session = session;
        this.zoom = zoom;
        title.getStyleClass().add("workshop-title");
        hint.getStyleClass().add("workshop-hint");
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on;
    }

    public boolean inputsHidden() {
        return inputsHidden.get();
    }

    public void toggle() {
        if (on.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (on.get()) {
            return;
        }
        on.set(true);
        top = root.getTop();
        bottom = root.getBottom();
        navigator = split.getItems().get(0);
        dividers = split.getDividerPositions();
        split.getItems().remove(navigator);
        HBox bar = new HBox(24, title, spacer(), hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("workshop-bar");
        root.setTop(bar);
        root.setBottom(null);
        root.getStyleClass().add("workshop");
        double enlarged = Math.min(LARGEST, zoom.userZoom() * ENLARGE);
        zoom.apply(enlarged);
        tableScale = enlarged / zoom.userZoom();
        scaleTables(views.getSelectionModel().getSelectedItem(), tableScale);
        views.getSelectionModel().selectedItemProperty().addListener(retitle);
        views.getSelectionModel().selectedItemProperty().addListener(followInputs);
        session.selectedProperty().addListener(retitle);
        showTitle();
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
            if (root.getScene().getWindow() instanceof Stage stage) {
                wasFullScreen = stage.isFullScreen();
                stage.setFullScreenExitHint(""); // the title bar says how to leave
                stage.setFullScreen(true);
                stage.fullScreenProperty().addListener(fullScreenLeft);
            }
        }
        applyInputs(views.getSelectionModel().getSelectedItem());
        views.requestFocus(); // arrows step the views, not a grid that had the focus
    }

    public void leave() {
        if (!on.get()) {
            return;
        }
        on.set(false);
        if (root.getScene() != null) {
            root.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            if (root.getScene().getWindow() instanceof Stage stage) {
                stage.fullScreenProperty().removeListener(fullScreenLeft);
                stage.setFullScreen(wasFullScreen);
                stage.setFullScreenExitHint(null); // the platform's hint again
            }
        }
        views.getSelectionModel().selectedItemProperty().removeListener(retitle);
        views.getSelectionModel().selectedItemProperty().removeListener(followInputs);
        session.selectedProperty().removeListener(retitle);
        inputsHidden.set(false);
        views.getTabs().forEach(this::applyInputs);
        tableScale = 1;
        views.getTabs().forEach(tab -> scaleTables(tab, 1));
        root.getStyleClass().remove("workshop");
        root.setTop(top);
        root.setBottom(bottom);
        split.getItems().add(0, navigator);
        split.setDividerPositions(dividers);
        zoom.apply(zoom.userZoom());
    }

    /** Steps through the views, wrapping at the ends. */
    public void step(int by) {
        int count = views.getTabs().size();
        int index = views.getSelectionModel().getSelectedIndex();
        views.getSelectionModel().select(Math.floorMod(index + by, count));
    }

    public void stepScenario(int by) {
        List<ScenarioEntry> scenarios = session.scenarios();
        if (scenarios.isEmpty()) {
            return;
        }
        int index = scenarios.indexOf(session.selectedProperty().get());
        session.selectedProperty().set(scenarios.get(Math.floorMod(index + by, scenarios.size())));
    }

    public void toggleInputs() {
        inputsHidden.set(!inputsHidden.get());
        applyInputs(views.getSelectionModel().getSelectedItem());
    }

    /** Takes a view's input side out of its split, or puts it back where it was. */
    private void applyInputs(Tab tab) {
        if (tab == null || !(tab.getContent() instanceof SplitPane viewSplit)) {
            return;
        }
        Object hidden = viewSplit.getProperties().get(HIDDEN_INPUTS);
        if (inputsHidden.get() && hidden == null && viewSplit.getItems().size() > 1
                && isInputs(viewSplit.getItems().get(0))) {
            Node inputs = viewSplit.getItems().get(0);
            viewSplit.getProperties().put(HIDDEN_INPUTS, new Object[] {inputs, viewSplit.getDividerPositions()});
            viewSplit.getItems().remove(inputs);
        } else if (!inputsHidden.get() && hidden instanceof Object[] saved) {
            viewSplit.getProperties().remove(HIDDEN_INPUTS);
            viewSplit.getItems().add(0, (Node) saved[0]);
            viewSplit.setDividerPositions((double[]) saved[1]);
        }
    }

    /** Brings the pixel widths of a view's table columns to {@code scale} × what they were made with. */
    private static void scaleTables(Tab tab, double scale) {
        if (tab == null || tab.getContent() == null) {
            return;
        }
        List<TableView<?>> tables = new ArrayList<>();
        collectTables(tab.getContent(), tables);
        for (TableView<?> table : tables) {
            double applied = (double) table.getProperties().getOrDefault(TABLE_SCALE, 1.0);
            if (applied != scale) {
                table.getColumns().forEach(column -> column.setPrefWidth(column.getPrefWidth() * scale / applied));
                table.getProperties().put(TABLE_SCALE, scale);
            }
        }
    }

    /** Tables in a view, also in parts not yet shown (split and scroll panes and inner tabs before their skins). */
    private static void collectTables(Node node, List<TableView<?>> into) {
        if (node instanceof TableView<?> table) {
            into.add(table);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> collectTables(item, into));
        } else if (node instanceof ScrollPane scroll) {
            collectTables(scroll.getContent(), into);
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(inner -> collectTables(inner.getContent(), into));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTables(child, into));
        }
    }

    /** A view's input side: the inputs themselves, or a scroll pane around them (whose content is found before it is shown). */
    private static boolean isInputs(Node node) {
        Node content = node instanceof ScrollPane scroll ? scroll.getContent() : node;
        return content != null && (content.getStyleClass().contains("view-inputs")
                || !content.lookupAll(".view-inputs").isEmpty());
    }

    private void key(KeyEvent event) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean typing = focused instanceof TextInputControl || focused instanceof TableView<?>
                || focused instanceof ComboBoxBase<?> || focused instanceof Spinner<?>
                || focused != null && focused.getParent() instanceof TableView<?>;
        KeyCode code = event.getCode();
        boolean handled = true;
        if (code == KeyCode.PAGE_DOWN || code == KeyCode.RIGHT && !typing) {
            step(1);
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.LEFT && !typing) {
            step(-1);
        } else if (code == KeyCode.DOWN && !typing) {
            stepScenario(1);
        } else if (code == KeyCode.UP && !typing) {
            stepScenario(-1);
        } else if (code == KeyCode.I && !typing && !event.isShortcutDown()) {
            toggleInputs();
        } else if (code == KeyCode.ESCAPE && !typing || code == KeyCode.F5) {
            leave(); // F5 too: its menu item is out of sight with the menu bar
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private void showTitle() {
        Tab tab = views.getSelectionModel().getSelectedItem();
        ScenarioEntry entry = session.selectedProperty().get();
        title.setText((tab == null ? "" : tab.getText()) + (entry == null ? "" : "  ·  " + entry.scenario().name()));
    }

    private static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }
}
