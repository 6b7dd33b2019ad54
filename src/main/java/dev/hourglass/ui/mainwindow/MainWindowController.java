package dev.hourglass.ui.mainwindow;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.export.PlanXlsxExport;
import dev.hourglass.io.export.ScenarioXlsxExport;
import dev.hourglass.io.export.WorkshopReport;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.RecoveryFolder;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.ChartImages;
import dev.hourglass.ui.common.DesktopLocale;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.ExportFiles;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.ShowLogs;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.View;
import dev.hourglass.ui.common.Views;
import dev.hourglass.ui.importing.ImportWizardViewModel;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The workbook window: menus, toolbar, scenario navigator and status bar. Work is done by the session (edits,
 * undo, save) and the application (opening other files); this class wires them to controls and dialogs.
 */
public final class MainWindowController {
    private static final double NAVIGATOR_WIDTH = 250;

    private static final double ZOOM_STEP = 0.1;

    private final WorkbookSession session;
    private final WindowActions actions;
    private final AppPreferences preferences;
    private final DataImporter importer;
    private final Function<String, Views.Loaded> viewLoader;
    private final ObservableValue<PlanReport> plan;
    /** The lifecycle of each tab's view, once loaded. */
    private final Map<Tab, View> tabViews = new HashMap<>();

    /**
     * Starts the import wizard for a kind, or (kind null) for the kind the file's header suggests; the window knows
     * which views reload afterwards.
     */
    @FunctionalInterface
    public interface DataImporter {
        void importData(Window owner, ImportWizardViewModel.Kind kind);
    }

    @FXML
    private BorderPane root;
    @FXML
    private Menu recentMenu;
    @FXML
    private Menu languageMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem saveItem;
    @FXML
    private CheckMenuItem darkItem;
    @FXML
    private CheckMenuItem workshopItem;
    @FXML
    private Button workshopButton;
    @FXML
    private SplitPane split;
    @FXML
    private Button newButton;
    @FXML
    private Button openButton;
    @FXML
    private Button saveButton;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private Button zoomInButton;
    @FXML
    private Button zoomOutButton;
    @FXML
    private Button themeButton;
    @FXML
    private Button addButton;
    @FXML
    private Button duplicateButton;
    @FXML
    private Button renameButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private Button deleteButton;
    @FXML
    private ListView<ScenarioEntry> scenarioList;
    @FXML
    private TextArea description;
    @FXML
    private TabPane views;
    @FXML
    private Label status;
    @FXML
    private Label notice;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private MenuItem exportXlsxItem;
    @FXML
    private MenuItem reportItem;
    @FXML
    private MenuItem exportPlanItem;
    @FXML
    private Label fileLabel;

    /**
     * @param viewLoader loads a view's FXML (a path under the ui resources) with its controller; a tab's view is
     *                   loaded the first time the tab is chosen, so the window opens quickly
     * @param plan       the revenue plan the Plan tab shows (null until it has one), for File › Export plan
     */
    public MainWindowController(WorkbookSession session, WindowActions actions, AppPreferences preferences,
                                DataImporter importer, Function<String, Views.Loaded> viewLoader,
                                ObservableValue<PlanReport> plan, Locale locale) {
        this.session = session;
        this.locale = locale;
        this.actions = actions;
        this.preferences = preferences;
        this.importer = importer;
        this.viewLoader = viewLoader;
        this.plan = plan;
    }

    private WorkshopMode workshop;
    private final Locale locale;

    @FXML
    void initialize() {
        icon(newButton, MaterialDesignF.FILE_PLUS_OUTLINE, UiText.text("main.tip.newWorkbook"));
        icon(openButton, MaterialDesignF.FOLDER_OPEN, UiText.text("main.tip.openWorkbook"));
        icon(saveButton, MaterialDesignC.CONTENT_SAVE, UiText.text("main.tip.save"));
        icon(undoButton, MaterialDesignU.UNDO, UiText.text("main.tip.undo"));
        icon(redoButton, MaterialDesignR.REDO, UiText.text("main.tip.redo"));
        icon(zoomOutButton, MaterialDesignM.MAGNIFY_MINUS_OUTLINE, UiText.text("main.tip.zoomOut"));
        icon(zoomInButton, MaterialDesignM.MAGNIFY_PLUS_OUTLINE, UiText.text("main.tip.zoomIn"));
        icon(themeButton, MaterialDesignT.THEME_LIGHT_DARK, UiText.text("main.tip.theme"));
        icon(workshopButton, MaterialDesignP.PRESENTATION_PLAY, UiText.text("main.tip.workshop"));
        icon(addButton, MaterialDesignP.PLUS, UiText.text("main.tip.addScenario"));
        icon(duplicateButton, MaterialDesignC.CONTENT_COPY, UiText.text("main.tip.duplicate"));
        icon(renameButton, MaterialDesignP.PENCIL_OUTLINE, UiText.text("main.tip.rename"));
        icon(upButton, MaterialDesignA.ARROW_UP, UiText.text("main.tip.moveUp"));
        icon(downButton, MaterialDesignA.ARROW_DOWN, UiText.text("main.tip.moveDown"));
        icon(deleteButton, MaterialDesignD.DELETE_OUTLINE, UiText.text("main.tip.delete"));

        boolean readOnly = session.workbook().isReadOnly();
        saveItem.setDisable(readOnly);
        saveButton.setDisable(readOnly);
        session.history().relabel();
        session.relabel();
        undoItem.textProperty().bind(session.history().undoLabelProperty());
        redoItem.textProperty().bind(session.history().redoLabelProperty());
        undoItem.disableProperty().bind(session.history().canUndoProperty().not());
        redoItem.disableProperty().bind(session.history().canRedoProperty().not());
        undoButton.disableProperty().bind(session.history().canUndoProperty().not());
        redoButton.disableProperty().bind(session.history().canRedoProperty().not());
        darkItem.setSelected(preferences.darkTheme());
        exportXlsxItem.disableProperty().bind(session.selectedProperty().isNull());
        reportItem.disableProperty().bind(session.selectedProperty().isNull());
        exportPlanItem.setText(UiText.text("plan.export"));
        exportPlanItem.disableProperty().bind(Bindings.createBooleanBinding(() -> plan.getValue() == null, plan));

        scenarioList.setItems(session.scenarios());
        scenarioList.setCellFactory(list -> new ScenarioCell());
        scenarioList.getSelectionModel().select(session.selectedProperty().get());
        scenarioList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                session.selectedProperty().set(now);
            }
        });
        session.selectedProperty().addListener((obs, old, now) -> {
            scenarioList.getSelectionModel().select(now);
            showDescription();
        });
        showDescription();
        description.focusedProperty().addListener((obs, was, focused) -> {
            ScenarioEntry entry = session.selectedProperty().get();
            if (!focused && entry != null && !description.getText().strip().equals(entry.scenario().description())) {
                try {
                    session.describe(entry, description.getText());
                } catch (IllegalArgumentException e) {
                    error(UiText.text("main.theDescriptionWasNot"), e.getMessage());
                }
            }
        });

        keepNavigatorWidth();
        workshop = new WorkshopMode(root, split, views, session, new WorkshopMode.ZoomSetter() {
            @Override
            public void apply(double zoom) {
                actions.applyLook(preferences.darkTheme(), zoom);
            }

            @Override
            public double userZoom() {
                return preferences.zoom();
            }
        });
        workshop.onProperty().addListener((obs, was, now) -> workshopItem.setSelected(now));
        views.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (old != null) {
                tabViews.getOrDefault(old, View.NONE).hidden();
            }
            show(tab);
        });
        show(views.getSelectionModel().getSelectedItem());
        status.textProperty().bind(session.autosaveStatusProperty());
        fileLabel.setText(session.workbook().file().toAbsolutePath().toString());
        fillRecent();
        fillLanguages();
        acceptDrops();
    }

    /** View › Language: each language by its own name; picking one rebuilds the window in it. */
    private void fillLanguages() {
        ToggleGroup group = new ToggleGroup();
        for (Locale language : UiText.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(UiText.nameOf(language));
            item.setToggleGroup(group);
            item.setSelected(language.equals(UiText.language()));
            item.setOnAction(e -> useLanguage(language));
            languageMenu.getItems().add(item);
        }
    }

    /** Remembers the language and shows the window in it, keeping the open workbook, the selection and undo. */
    public void useLanguage(Locale language) {
        preferences.setLanguage(language);
        if (!language.equals(UiText.language())) {
            DesktopLocale.use(language);
            actions.rebuildWindow();
        }
    }

    /** The place of the tab shown, for a rebuilt window to show the same. */
    public int shownViewIndex() {
        return views.getSelectionModel().getSelectedIndex();
    }

    public void showView(int index) {
        views.getSelectionModel().select(index);
    }

    private void show(Tab tab) {
        if (tab == null) {
            return;
        }
        if (tab.getContent() == null && tab.getUserData() instanceof String fxml) {
            Views.Loaded loaded = viewLoader.apply(fxml);
            tab.setContent(loaded.root());
            tabViews.put(tab, loaded.view());
            ChartImages.installAll(tab.getContent());
        }
        tabViews.getOrDefault(tab, View.NONE).shown();
    }

    /** The title the window shows, with the unsaved marker. */
    public ObservableValue<String> titleProperty() {
        return session.titleProperty();
    }

    // File

    @FXML
    void newWorkbook() {
        if (confirmLeaving()) {
            actions.newWorkbook();
        }
    }

    @FXML
    void open() {
        FileChooser chooser = chooser(UiText.text("main.openAWorkbook"));
        File file = chooser.showOpenDialog(window());
        if (file != null && confirmLeaving()) {
            actions.open(file.toPath());
        }
    }

    @FXML
    void save() {
        try {
            session.save();
        } catch (WorkbookException e) {
            error(UiText.text("main.hourglassCouldNotSave"), FileProblemText.of(e));
        }
    }

    @FXML
    void saveAs() {
        FileChooser chooser = chooser(UiText.text("main.saveTheWorkbookAs"));
        String current = session.workbook().file().getFileName().toString();
        chooser.setInitialFileName(current.startsWith("Untitled ") ? "Plan" + Workbook.EXTENSION : current);
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path target = file.toPath();
            if (!target.getFileName().toString().endsWith(Workbook.EXTENSION)) {
                target = target.resolveSibling(target.getFileName() + Workbook.EXTENSION);
            }
            actions.saveAs(target);
        }
    }

    /** File → Import data…: the wizard guesses the kind from the file's header. */
    @FXML
    void importData() {
        importer.importData(window(), null);
    }

    @FXML
    void importSubscriptions() {
        importer.importData(window(), ImportWizardViewModel.Kind.SUBSCRIPTIONS);
    }

    @FXML
    void importLeads() {
        importer.importData(window(), ImportWizardViewModel.Kind.LEADS);
    }

    @FXML
    void importDeals() {
        importer.importData(window(), ImportWizardViewModel.Kind.DEALS);
    }

    @FXML
    void importLedger() {
        importer.importData(window(), ImportWizardViewModel.Kind.LEDGER);
    }

    @FXML
    void exportXlsx() {
        selected().ifPresent(entry -> ExportFiles.save(window(), UiText.text("main.exportTheScenarioTo"),
                entry.scenario().name(), new FileChooser.ExtensionFilter(UiText.text("main.excelWorkbook"), "*.xlsx"), busy,
                file -> ScenarioXlsxExport.write(entry.scenario(), file, UiText.language()), this::written));
    }

    @FXML
    void exportReport() {
        selected().ifPresent(entry -> {
            Scenario scenario = entry.scenario();
            WorkshopReport.Options options = WorkshopReport.Options.of(UiText.language(), locale)
                    .withWorkbookName(session.workbook().file().getFileName().toString());
            ExportFiles.save(window(), UiText.text("main.workshopReportOfThe"), UiText.text("main.workshopReport", scenario.name()),
                    new FileChooser.ExtensionFilter(UiText.text("main.pdfDocument"), "*.pdf"), busy,
                    file -> WorkshopReport.write(List.of(scenario), file, options), this::written);
        });
    }

    /** File › Export plan…: the plan the Plan tab shows, as a live spreadsheet. */
    @FXML
    void exportPlan() {
        PlanReport shown = plan.getValue();
        ScenarioEntry entry = session.selectedProperty().get();
        if (shown == null || entry == null) {
            return;
        }
        String currency = entry.scenario().currency();
        ExportFiles.save(window(), UiText.text("plan.export.title"), UiText.text("plan.export.fileName", entry.scenario().name()),
                new FileChooser.ExtensionFilter(UiText.text("main.excelWorkbook"), "*.xlsx"), busy,
                file -> PlanXlsxExport.write(shown.inputs(), shown.goal(), currency, file, UiText.language()),
                this::written);
    }

    private void written(Path file) {
        notice.setText(UiText.text("main.wrote", file.getFileName()));
        notice.setTooltip(new Tooltip(file.toAbsolutePath().toString()));
    }

    @FXML
    void importAccounts() {
        importer.importData(window(), ImportWizardViewModel.Kind.ACCOUNTS);
    }

    @FXML
    void quit() {
        if (confirmLeaving()) {
            actions.quit();
        }
    }

    /** Before the workbook is left: unsaved edits are saved, discarded, or the user stays. */
    public boolean confirmLeaving() {
        if (!session.modifiedProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType(UiText.text("main.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.text("main.donTSave"), ButtonBar.ButtonData.NO);
        ButtonType answer = Dialogs.choose(window(), false,
                UiText.text("main.saveTheChangesTo", session.workbook().file().getFileName()),
                UiText.text("main.yourEditsAreKept"), save, discard, ButtonType.CANCEL).orElse(ButtonType.CANCEL);
        try {
            if (answer == save) {
                session.save();
                return true;
            }
            if (answer == discard) {
                session.discardUnsaved();
                return true;
            }
        } catch (WorkbookException e) {
            error(UiText.text("main.hourglassCouldNotSave"), FileProblemText.of(e));
        }
        return false;
    }

    // Edit

    @FXML
    void undo() {
        session.history().undo();
    }

    @FXML
    void redo() {
        session.history().redo();
    }

    // Scenarios

    @FXML
    void addScenario() {
        try {
            String name = uniqueName(UiText.text("main.newScenario"));
            session.add(SeedScenarios.baseCase().withName(name).withDescription(""));
        } catch (WorkbookException e) {
            error(UiText.text("main.hourglassCouldNotAdd"), FileProblemText.of(e));
        }
    }

    @FXML
    void duplicateScenario() {
        selected().ifPresent(entry -> {
            try {
                session.duplicate(entry);
            } catch (WorkbookException e) {
                error(UiText.text("main.hourglassCouldNotDuplicate"), FileProblemText.of(e));
            }
        });
    }

    @FXML
    void renameScenario() {
        selected().ifPresent(entry -> {
            TextInputDialog ask = Dialogs.worded(new TextInputDialog(entry.scenario().name()));
            ask.initOwner(window());
            ask.setHeaderText(UiText.text("main.renameScenario"));
            ask.setContentText(UiText.text("main.name"));
            ask.showAndWait().ifPresent(name -> {
                try {
                    session.rename(entry, name);
                } catch (IllegalArgumentException e) {
                    error(UiText.text("main.theScenarioWasNot"), e.getMessage());
                }
            });
        });
    }

    @FXML
    void deleteScenario() {
        selected().ifPresent(entry -> {
            try {
                session.delete(entry);
            } catch (WorkbookException e) {
                error(UiText.text("main.hourglassCouldNotDelete"), FileProblemText.of(e));
            }
        });
    }

    @FXML
    void moveUp() {
        move(-1);
    }

    @FXML
    void moveDown() {
        move(1);
    }

    private void move(int by) {
        selected().ifPresent(entry -> {
            try {
                session.move(entry, session.scenarios().indexOf(entry) + by);
            } catch (WorkbookException e) {
                error(UiText.text("main.hourglassCouldNotMove"), FileProblemText.of(e));
            }
        });
    }

    // View

    @FXML
    void zoomIn() {
        zoomTo(preferences.zoom() + ZOOM_STEP);
    }

    @FXML
    void zoomOut() {
        zoomTo(preferences.zoom() - ZOOM_STEP);
    }

    @FXML
    void zoomReset() {
        zoomTo(1.0);
    }

    @FXML
    void toggleWorkshop() {
        workshop.toggle();
    }

    // Help

    @FXML
    void showLogs() {
        ShowLogs.show(window());
    }

    /** Presenting to a room; see {@link WorkshopMode}. */
    public WorkshopMode workshop() {
        return workshop;
    }

    @FXML
    void toggleTheme() {
        boolean dark = !preferences.darkTheme();
        preferences.setDarkTheme(dark);
        darkItem.setSelected(dark);
        actions.applyLook(dark, preferences.zoom());
    }

    private void zoomTo(double zoom) {
        if (workshop.onProperty().get()) {
            return; // a workshop has its own size; the user's zoom comes back when it ends
        }
        double bounded = Math.max(0.7, Math.min(2.5, Math.round(zoom * 10) / 10.0));
        preferences.setZoom(bounded);
        actions.applyLook(preferences.darkTheme(), bounded);
    }

    private void showDescription() {
        ScenarioEntry entry = session.selectedProperty().get();
        description.setText(entry == null ? "" : entry.scenario().description());
        description.setDisable(entry == null);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> recent = actions.recentWorkbooks();
        for (Path file : recent) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.toAbsolutePath().getParent());
            item.setOnAction(e -> {
                if (confirmLeaving()) {
                    actions.open(file);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.isEmpty());
    }

    /** A .hourglass file dropped on the window opens; a scenario .json file is added to this workbook. */
    private void acceptDrops() {
        root.setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles() && board.getFiles().stream().allMatch(f -> f.getName().endsWith(Workbook.EXTENSION)
                    || f.getName().endsWith(".json"))) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            event.setDropCompleted(true);
            event.consume();
            for (File file : files) {
                if (file.getName().endsWith(".json")) {
                    importScenario(file.toPath());
                } else if (confirmLeaving()) {
                    actions.open(file.toPath());
                    return;
                }
            }
        });
    }

    void importScenario(Path json) {
        try {
            Scenario scenario = ScenarioJsonReader.read(json);
            session.add(scenario.withName(uniqueName(scenario.name())));
        } catch (BadInputException | WorkbookException e) {
            error(UiText.text("main.hourglassCouldNotImport", json.getFileName()), FileProblemText.of(e));
        }
    }

    private String uniqueName(String wanted) {
        String candidate = wanted;
        for (int n = 2; nameTaken(candidate); n++) {
            candidate = Scenario.suffixedName(wanted, " (" + n + ")");
        }
        return candidate;
    }

    private boolean nameTaken(String name) {
        return session.scenarios().stream().anyMatch(e -> e.scenario().name().equals(name));
    }

    private Optional<ScenarioEntry> selected() {
        return Optional.ofNullable(session.selectedProperty().get());
    }

    private FileChooser chooser(String title) {
        Path folder = session.workbook().file().toAbsolutePath().getParent();
        if (folder != null && folder.startsWith(RecoveryFolder.defaultLocation().toAbsolutePath())) {
            folder = SampleWorkbook.defaultLocation().getParent(); // an untitled workbook is saved among the others
        }
        return Dialogs.fileChooser(title, folder == null ? null : folder.toFile(), Dialogs.workbooks());
    }

    private void error(String header, String message) {
        Dialogs.error(window(), header, message);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static void icon(Button button, Ikon ikon, String tooltip) {
        button.setGraphic(new FontIcon(ikon));
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
    }

    /** A scenario in the navigator: its name, with a dot while it has unsaved edits. */
    private static final class ScenarioCell extends ListCell<ScenarioEntry> {
        @Override
        protected void updateItem(ScenarioEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            textProperty().unbind();
            if (empty || entry == null) {
                setText(null);
                return;
            }
            textProperty().bind(entry.scenarioProperty().map(Scenario::name)
                    .flatMap(name -> entry.unsavedProperty().map(unsaved -> unsaved ? name + "  •" : name)));
        }
    }

    /**
     * The scenario list keeps its width when the window is resized or maximised (the views take the rest); a
     * divider given as a fraction would hand it half of a wide window, or drift back after every resize.
     */
    private void keepNavigatorWidth() {
        Node navigator = split.getItems().get(0);
        SplitPane.setResizableWithParent(navigator, false);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number was, Number width) {
                if (width.doubleValue() > NAVIGATOR_WIDTH * 3) {
                    split.setDividerPositions(NAVIGATOR_WIDTH / width.doubleValue());
                    split.widthProperty().removeListener(this);
                }
            }
        });
    }
}
