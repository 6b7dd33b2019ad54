package dev.hourglass.ui.importing;

import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.ui.common.Background;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Thin: the wizard's preview, column and value choices, the check, and the import with progress and cancel. */
public final class ImportWizardController {
    private static final String NONE = "(none)";

    private final ImportWizardViewModel viewModel;
    private final Runnable imported;
    private Task<?> running;

    @FXML
    private Label title;
    @FXML
    private TableView<List<String>> preview;
    @FXML
    private GridPane columns;
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
    private final javafx.collections.ObservableList<String> stageNames = FXCollections.observableArrayList();
    @FXML
    private Button checkButton;
    @FXML
    private Label checkSummary;
    @FXML
    private TextArea problems;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressText;
    @FXML
    private Button cancelButton;
    @FXML
    private Button importButton;

    /** @param imported told after a successful import (views reload their data) */
    public ImportWizardController(ImportWizardViewModel viewModel, Runnable imported) {
        this.viewModel = viewModel;
        this.imported = imported;
    }

    @FXML
    void initialize() {
        boolean deals = viewModel.kind() == ImportWizardViewModel.Kind.DEALS;
        title.setText("Import " + viewModel.kind().title() + " from " + viewModel.preview().fileName());
        List<String> header = viewModel.preview().header();
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                    ? row.getValue().get(index) : ""));
            preview.getColumns().add(column);
        }
        preview.setItems(FXCollections.observableArrayList(viewModel.preview().firstRows()));
        int row = 0;
        for (String field : viewModel.fields()) {
            Label label = new Label(field);
            if (viewModel.requiredFields().contains(field)) {
                label.setStyle("-fx-font-weight: bold;");
            }
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().add(NONE);
            choice.getItems().addAll(header);
            choice.setValue(viewModel.columnProperty(field).get() == null ? NONE : viewModel.columnProperty(field).get());
            choice.valueProperty().addListener((obs, old, now) -> {
                viewModel.columnProperty(field).set(NONE.equals(now) ? null : now);
                if (deals && (field.equals("stage") || field.equals("outcome"))) {
                    reloadValues();
                }
            });
            columns.add(label, (row % 3) * 2, row / 3);
            columns.add(choice, (row % 3) * 2 + 1, row / 3);
            row++;
        }
        valuesSection.setVisible(deals);
        valuesSection.setManaged(deals);
        if (!deals) { // no step 3 (the stage and outcome values) for a ledger or accounts: number the steps on
            checkButton.setText("3. Check the whole file");
            importButton.setText("4. Import");
        }
        if (deals) {
            buildValueTables();
        }
        progress.setVisible(false);
    }

    private void buildValueTables() {
        TableColumn<ImportWizardViewModel.ValueRow<String>, String> raw = new TableColumn<>("Stage in the file");
        raw.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().raw() + "  (" + c.getValue().rows() + ")"));
        TableColumn<ImportWizardViewModel.ValueRow<String>, String> target = new TableColumn<>("Stage in Hourglass");
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        stageNames.setAll(viewModel.stageNames());
        viewModel.stages().addListener((javafx.collections.ListChangeListener<ImportWizardViewModel.StageRow>) c ->
                stageNames.setAll(viewModel.stageNames()));
        target.setCellFactory(ComboBoxTableCell.forTableColumn(stageNames));
        target.setOnEditCommit(e -> e.getRowValue().targetProperty().set(e.getNewValue()));
        stages.getColumns().setAll(List.of(raw, target));
        stages.setEditable(true);
        stages.setItems(viewModel.stageValues());
        stages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ImportWizardViewModel.ValueRow<Outcome>, String> rawOutcome = new TableColumn<>("Outcome in the file");
        rawOutcome.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().raw().isEmpty() ? "(empty)"
                : c.getValue().raw()) + "  (" + c.getValue().rows() + ")"));
        TableColumn<ImportWizardViewModel.ValueRow<Outcome>, Outcome> outcome = new TableColumn<>("Outcome");
        outcome.setCellValueFactory(c -> c.getValue().targetProperty());
        outcome.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(Outcome.values())));
        outcome.setOnEditCommit(e -> e.getRowValue().targetProperty().set(e.getNewValue()));
        outcomes.getColumns().setAll(List.of(rawOutcome, outcome));
        outcomes.setEditable(true);
        outcomes.setItems(viewModel.outcomeValues());
        outcomes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        sal.setItems(stageNames);
        sal.valueProperty().bindBidirectional(viewModel.salStageProperty());

        TableColumn<ImportWizardViewModel.StageRow, String> stageName = new TableColumn<>("Stage in Hourglass");
        stageName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<ImportWizardViewModel.StageRow, dev.hourglass.model.pipeline.Phase> phase = new TableColumn<>("Phase");
        phase.setCellValueFactory(c -> c.getValue().phaseProperty());
        phase.setCellFactory(ComboBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
            @Override
            public String toString(dev.hourglass.model.pipeline.Phase p) {
                return p == null ? "" : p.label() + " (" + p.category().label() + ")";
            }

            @Override
            public dev.hourglass.model.pipeline.Phase fromString(String text) {
                return null;
            }
        }, dev.hourglass.model.pipeline.Phase.values()));
        phase.setOnEditCommit(e -> e.getRowValue().phaseProperty().set(e.getNewValue()));
        setup.getColumns().setAll(List.of(stageName, phase));
        setup.setEditable(true);
        setup.setItems(viewModel.stages());
        setup.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void reloadValues() {
        run("Reading the stage and outcome values…", new Task<Void>() {
            @Override
            protected Void call() throws Exception {
                viewModel.readValues(null);
                return null;
            }
        }, v -> { });
    }

    @FXML
    void addStages() {
        viewModel.addUnmappedStages();
        stages.refresh();
    }

    @FXML
    void check() {
        run("Checking every row…", new Task<ImportWizardViewModel.FileCheck>() {
            @Override
            protected ImportWizardViewModel.FileCheck call() throws Exception {
                return viewModel.check();
            }
        }, this::show);
    }

    @FXML
    void importNow() {
        Task<ImportWizardViewModel.FileCheck> task = new Task<>() {
            @Override
            protected ImportWizardViewModel.FileCheck call() throws Exception {
                return viewModel.importNow(rows -> updateMessage(String.format("%,d rows read…", rows)), this::isCancelled);
            }
        };
        run("Importing…", task, result -> {
            show(result);
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

    private <T> void run(String what, Task<T> task, java.util.function.Consumer<T> done) {
        running = task;
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.textProperty().bind(task.messageProperty().map(m -> m == null || m.isEmpty() ? what : m));
        checkButton.setDisable(true);
        importButton.setDisable(true);
        task.setOnSucceeded(e -> {
            finish();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            Throwable failure = task.getException();
            progressText.setText(failure instanceof CancellationException ? "Cancelled: nothing was imported."
                    : failure.getMessage());
        });
        task.setOnCancelled(e -> {
            finish();
            progressText.setText("Cancelled: nothing was imported.");
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
    }

    private void show(ImportWizardViewModel.FileCheck checked) {
        long left = checked.problems().total();
        checkSummary.setText(String.format("%,d rows read: %,d can be imported, %,d %s left out.", checked.rowsRead(),
                checked.usable(), left, left == 1 ? "is" : "are"));
        StringBuilder text = new StringBuilder();
        for (RowProblems.Reason reason : checked.problems().reasons()) {
            text.append(reason.count()).append(" × ").append(reason.reason()).append('\n');
            for (String example : reason.examples()) {
                text.append("    ").append(example).append('\n');
            }
        }
        if (!checked.gaps().isEmpty()) {
            text.append("Customers with months without MRR inside their life (read as churned, then reactivated)")
                    .append(checked.gaps().size() == ImportWizardViewModel.GAPS_SHOWN ? ", the first "
                            + ImportWizardViewModel.GAPS_SHOWN : "").append(":\n");
            for (dev.hourglass.model.actuals.Ledger.Gap gap : checked.gaps()) {
                text.append("    ").append(gap.customer()).append(": ").append(gap.monthsMissing())
                        .append(gap.monthsMissing() == 1 ? " month" : " months").append(", first ")
                        .append(gap.firstMissing()).append('\n');
            }
        }
        problems.setText(text.isEmpty() ? "No row is left out." : text.toString());
    }

    private void close() {
        ((Stage) title.getScene().getWindow()).close();
    }
}
