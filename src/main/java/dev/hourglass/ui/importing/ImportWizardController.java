package dev.hourglass.ui.importing;

import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;
import dev.hourglass.ui.importing.ImportWizardViewModel.Finding;
import dev.hourglass.ui.importing.ImportWizardViewModel.Kind;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * Thin: the kind chooser, the preview, column and value choices, what Hourglass found, the check, and the import
 * with progress and cancel.
 */
public final class ImportWizardController {
    private final String none = UiText.text("import.none");
    /** The field grid's choices, by field, for their "from <joined file>" text. */
    private final Map<String, ComboBox<String>> fieldChoices = new LinkedHashMap<>();
    /** Wide enough for "originalCloseDate" and a long column name; the grid flows into as many columns as fit. */
    private static final double FIELD_WIDTH = 240;

    private final ImportWizardViewModel viewModel;
    private final Runnable imported;
    private Task<?> running;

    @FXML
    private Label title;
    @FXML
    private ComboBox<Kind> kindChoice;
    @FXML
    private Label recognised;
    @FXML
    private FlowPane joinedFiles;
    @FXML
    private Label noJoinedFiles;
    @FXML
    private Button joinButton;
    @FXML
    private Label joinProblem;
    @FXML
    private TableView<List<String>> preview;
    @FXML
    private Label columnsTitle;
    @FXML
    private FlowPane columns;
    @FXML
    private VBox valuesSection;
    @FXML
    private TableView<ImportWizardViewModel.ValueRow<String>> stages;
    @FXML
    private TableView<ImportWizardViewModel.ValueRow<Outcome>> outcomes;
    @FXML
    private ComboBox<String> sal;
    @FXML
    private TableView<ImportWizardViewModel.StageRow> setup;
    private final ObservableList<String> stageNames = FXCollections.observableArrayList();
    @FXML
    private VBox findings;
    @FXML
    private Button checkButton;
    @FXML
    private Label checkSummary;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressText;
    @FXML
    private Button cancelButton;
    @FXML
    private Button importButton;
    private TableColumn<ImportWizardViewModel.ValueRow<Outcome>, String> rawOutcome;

    /** @param imported told after a successful import (views reload their data) */
    public ImportWizardController(ImportWizardViewModel viewModel, Runnable imported) {
        this.viewModel = viewModel;
        this.imported = imported;
    }

    @FXML
    void initialize() {
        title.setText(UiText.text("import.import", viewModel.preview().fileName()));
        kindChoice.getItems().setAll(Kind.values());
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind kind) {
                return kind == null ? "" : kind.title();
            }

            @Override
            public Kind fromString(String text) {
                return null;
            }
        });
        kindChoice.setValue(viewModel.kind());
        kindChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.kind()) {
                chooseKind(now);
            }
        });
        recognised.textProperty().bind(viewModel.recognisedLineProperty());
        recognised.visibleProperty().bind(viewModel.recognisedLineProperty().isNotEmpty());
        recognised.managedProperty().bind(recognised.visibleProperty());
        checkSummary.textProperty().bind(viewModel.checkSummaryProperty());
        joinProblem.textProperty().bind(viewModel.joinProblemProperty().map(p -> p.isEmpty() ? "" : "⚠ " + p));
        joinProblem.visibleProperty().bind(viewModel.joinProblemProperty().isNotEmpty());
        joinProblem.managedProperty().bind(joinProblem.visibleProperty());
        viewModel.joinedFiles().addListener((ListChangeListener<ImportWizardViewModel.JoinedFile>) c -> showJoins());
        showJoins();
        viewModel.findings().addListener((ListChangeListener<Finding>) c -> showFindings());
        showFindings();
        List<String> header = viewModel.preview().header();
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                    ? row.getValue().get(index) : ""));
            preview.getColumns().add(column);
        }
        preview.setItems(FXCollections.observableArrayList(viewModel.preview().firstRows()));
        buildValueTables();
        showKind();
        progress.setVisible(false);
    }

    /** The field grid, the values section and the step numbers of the kind chosen. */
    private void showKind() {
        boolean deals = viewModel.kind() == Kind.DEALS;
        columns.getChildren().clear();
        fieldChoices.clear();
        List<String> header = viewModel.preview().header();
        for (String field : viewModel.fields()) {
            Label label = new Label(ImportFieldText.label(field));
            label.setTooltip(Tables.tooltip(ImportFieldText.keyTip(field)));
            if (viewModel.requiredFields().contains(field)) {
                label.getStyleClass().add("import-required");
            }
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("column-" + field);
            choice.getItems().add(none);
            choice.getItems().addAll(header);
            choice.setMaxWidth(Double.MAX_VALUE);
            String column = viewModel.columnProperty(field).get();
            choice.setValue(column == null ? none : column);
            fieldChoices.put(field, choice);
            showWhereFrom(field, choice);
            Tooltip how = new Tooltip();
            how.textProperty().bind(viewModel.howMatchedProperty(field));
            how.setWrapText(true);
            how.setMaxWidth(420);
            choice.setTooltip(how);
            label.setLabelFor(choice);
            choice.valueProperty().addListener((obs, old, now) -> {
                String chosen = none.equals(now) ? null : now;
                viewModel.columnProperty(field).set(chosen);
                showWhereFrom(field, choice);
                viewModel.howMatchedProperty(field).set(chosen == null ? UiText.text("import.noColumnChosenHere", field)
                        : UiText.text("import.chosenHere", chosen, field));
                if (deals && (field.equals("stage") || field.equals("outcome"))) {
                    reloadValues();
                }
            });
            VBox pair = new VBox(2, label, choice);
            pair.setPrefWidth(FIELD_WIDTH);
            pair.setMinWidth(FIELD_WIDTH);
            pair.getStyleClass().add("import-field");
            columns.getChildren().add(pair);
        }
        valuesSection.setVisible(deals);
        valuesSection.setManaged(deals);
        // no step 3 (the stage and outcome values) for the other kinds: number the steps on
        checkButton.setText(deals ? UiText.text("import.checkButton") : UiText.text("import.3CheckTheWhole"));
        importButton.setText(deals ? UiText.text("import.importButton") : UiText.text("import.4Import"));
        title.setText(UiText.text("import.importFrom", viewModel.kind().title(), viewModel.preview().fileName()));
        showOutcomeHeading();
    }

    private void chooseKind(Kind kind) {
        run(UiText.text("import.readingTheFileAs", kind.title()), new Task<ImportWizardViewModel.KindReading>() {
            @Override
            protected ImportWizardViewModel.KindReading call() throws Exception {
                return viewModel.read(kind);
            }
        }, reading -> {
            viewModel.apply(reading);
            showKind();
        });
    }

    /**
     * A field without a column of its own that a ticked joined file gives shows "from crm-products.csv" in its
     * choice, not "none"; a new cell each time, as a cell is redrawn only when its value changes.
     */
    private void showWhereFrom(String field, ComboBox<String> choice) {
        Optional<String> from = viewModel.joinedFileGiving(field);
        choice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : from.isPresent() && none.equals(item) ? UiText.text("import.fromJoinedFile", from.get()) : item);
            }
        });
    }

    private void showWhereFromForAll() {
        fieldChoices.forEach(this::showWhereFrom);
    }

    /** One tick box per joined file, between the part's name and its button; "none …" when there is none. */
    private void showJoins() {
        joinedFiles.getChildren().removeIf(node -> node instanceof CheckBox);
        int at = joinedFiles.getChildren().indexOf(noJoinedFiles) + 1;
        for (ImportWizardViewModel.JoinedFile join : viewModel.joinedFiles()) {
            CheckBox box = new CheckBox(join.text());
            box.setId("join-" + join.lookup().fileName());
            box.setWrapText(true);
            box.setMnemonicParsing(false); // a column's underscore (sales_price) is no shortcut
            box.selectedProperty().bindBidirectional(join.joinedProperty());
            join.joinedProperty().addListener((obs, was, now) -> showWhereFromForAll());
            joinedFiles.getChildren().add(at++, box);
        }
        showWhereFromForAll();
        boolean none = viewModel.joinedFiles().isEmpty();
        noJoinedFiles.setVisible(none);
        noJoinedFiles.setManaged(none);
    }

    /** Chooses a file in the open file's folder and joins it, proposed from the two headers off the FX thread. */
    @FXML
    void joinFile() {
        FileChooser chooser = Dialogs.fileChooser(UiText.text("import.joinAFileTitle", viewModel.preview().fileName()),
                viewModel.file().toAbsolutePath().getParent() == null ? null
                        : viewModel.file().toAbsolutePath().getParent().toFile(),
                new FileChooser.ExtensionFilter(UiText.text("import.tablesCsvTxtTsv"), "*.csv", "*.txt", "*.tsv",
                        "*.xlsx", "*.xls", "*.CSV", "*.TXT", "*.TSV", "*.XLSX", "*.XLS"),
                new FileChooser.ExtensionFilter(UiText.text("import.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(title.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        run(UiText.text("import.readingToJoin", chosen.getName()), new Task<ImportWizardViewModel.JoinProposal>() {
            @Override
            protected ImportWizardViewModel.JoinProposal call() {
                return viewModel.proposeJoin(chosen.toPath());
            }
        }, viewModel::addJoin);
    }

    private void showFindings() {
        findings.getChildren().clear();
        for (Finding finding : viewModel.findings()) {
            Label sentence = new Label((finding.warning() ? "⚠ " : "• ") + finding.text());
            sentence.setWrapText(true);
            sentence.setMaxWidth(Double.MAX_VALUE);
            sentence.setMinHeight(Region.USE_PREF_SIZE); // else the VBox keeps it one line high and cuts the rest
            sentence.getStyleClass().add(finding.warning() ? "import-warning" : "import-finding");
            findings.getChildren().add(sentence);
        }
    }

    private void showOutcomeHeading() {
        if (rawOutcome != null) {
            rawOutcome.setText(viewModel.outcomesFromStageProperty().get() ? UiText.text("import.stageInTheFile")
                    : UiText.text("import.outcomeInTheFile"));
        }
    }

    private void buildValueTables() {
        TableColumn<ImportWizardViewModel.ValueRow<String>, String> raw = new TableColumn<>(UiText.text("import.stageInTheFile2"));
        raw.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().raw() + "  (" + c.getValue().rows() + ")"));
        TableColumn<ImportWizardViewModel.ValueRow<String>, String> target = new TableColumn<>(UiText.text("import.stageInHourglass"));
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        stageNames.setAll(viewModel.stageNames());
        viewModel.stages().addListener((ListChangeListener<ImportWizardViewModel.StageRow>) c ->
                stageNames.setAll(viewModel.stageNames()));
        target.setCellFactory(ComboBoxTableCell.forTableColumn(stageNames));
        target.setOnEditCommit(e -> e.getRowValue().targetProperty().set(e.getNewValue()));
        stages.getColumns().setAll(List.of(raw, target));
        stages.setEditable(true);
        stages.setItems(viewModel.stageValues());
        stages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        rawOutcome = new TableColumn<>(UiText.text("import.outcomeInTheFile"));
        rawOutcome.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().raw().isEmpty() ? UiText.text("import.empty")
                : c.getValue().raw()) + "  (" + c.getValue().rows() + ")"));
        TableColumn<ImportWizardViewModel.ValueRow<Outcome>, Outcome> outcome = new TableColumn<>(UiText.text("import.outcome"));
        outcome.setCellValueFactory(c -> c.getValue().targetProperty());
        outcome.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(Outcome.values())));
        outcome.setOnEditCommit(e -> e.getRowValue().targetProperty().set(e.getNewValue()));
        outcomes.getColumns().setAll(List.of(rawOutcome, outcome));
        outcomes.setEditable(true);
        outcomes.setItems(viewModel.outcomeValues());
        outcomes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        sal.setItems(stageNames);
        sal.valueProperty().bindBidirectional(viewModel.salStageProperty());

        TableColumn<ImportWizardViewModel.StageRow, String> stageName = new TableColumn<>(UiText.text("import.stageInHourglass"));
        stageName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<ImportWizardViewModel.StageRow, Phase> phase = new TableColumn<>(UiText.text("import.phase"));
        phase.setCellValueFactory(c -> c.getValue().phaseProperty());
        phase.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Phase p) {
                return p == null ? "" : ValueText.of(p) + " (" + ValueText.of(p.category()) + ")";
            }

            @Override
            public Phase fromString(String text) {
                return null;
            }
        }, Phase.values()));
        phase.setOnEditCommit(e -> e.getRowValue().phaseProperty().set(e.getNewValue()));
        setup.getColumns().setAll(List.of(stageName, phase));
        setup.setEditable(true);
        setup.setItems(viewModel.stages());
        setup.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void reloadValues() {
        run(UiText.text("import.readingTheStageAnd"), new Task<ImportWizardViewModel.ValuesRead>() {
            @Override
            protected ImportWizardViewModel.ValuesRead call() throws Exception {
                return viewModel.readValues();
            }
        }, values -> {
            viewModel.showValues(values);
            showOutcomeHeading();
        });
    }

    @FXML
    void addStages() {
        viewModel.addUnmappedStages();
        stages.refresh();
    }

    @FXML
    void check() {
        run(UiText.text("import.checkingEveryRow"), new Task<ImportWizardViewModel.FileCheck>() {
            @Override
            protected ImportWizardViewModel.FileCheck call() throws Exception {
                return viewModel.check();
            }
        }, viewModel::showCheck);
    }

    @FXML
    void importNow() {
        Task<ImportWizardViewModel.FileCheck> task = new Task<>() {
            @Override
            protected ImportWizardViewModel.FileCheck call() throws Exception {
                return viewModel.importNow(rows -> updateMessage(String.format(UiText.text("import.dRowsRead"), rows)), this::isCancelled);
            }
        };
        run(UiText.text("import.importing"), task, result -> {
            viewModel.showCheck(result);
            imported.run();
            close();
        });
    }

    @FXML
    void cancel() {
        if (running != null) {
            running.cancel();
        } else {
            close();
        }
    }

    private <T> void run(String what, Task<T> task, Consumer<T> done) {
        running = task;
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.textProperty().bind(task.messageProperty().map(m -> m == null || m.isEmpty() ? what : m));
        checkButton.setDisable(true);
        importButton.setDisable(true);
        kindChoice.setDisable(true);
        joinButton.setDisable(true);
        task.setOnSucceeded(e -> {
            finish();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            Throwable failure = task.getException();
            progressText.setText(failure instanceof CancellationException ? UiText.text("import.cancelledNothingWasImported")
                    : FileProblemText.of(failure));
        });
        task.setOnCancelled(e -> {
            finish();
            progressText.setText(UiText.text("import.cancelledNothingWasImported"));
        });
        Background.start(task, "import-wizard");
    }

    private void finish() {
        running = null;
        progressText.textProperty().unbind();
        progressText.setText("");
        progress.setVisible(false);
        checkButton.setDisable(false);
        importButton.setDisable(false);
        kindChoice.setDisable(false);
        joinButton.setDisable(false);
        kindChoice.setValue(viewModel.kind()); // back to the kind shown when reading as another failed
    }

    private void close() {
        ((Stage) title.getScene().getWindow()).close();
    }
}
