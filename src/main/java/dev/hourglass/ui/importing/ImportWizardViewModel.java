package dev.hourglass.ui.importing;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.CsvPreview;
import dev.hourglass.io.csv.DateFormats;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.AccountsCsvReader;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: a CRM deal export or a billing ledger, its columns matched to fields by name (editable), the
 * raw stage and outcome values mapped to the workbook's stages and outcomes, the SAL stage, a check that shows
 * which rows would be left out and why, and the import. The mapping is kept with the data and offered again
 * for the next file with the same name.
 */
public final class ImportWizardViewModel {
    /** What a file holds: its name in titles, and the fields its reader knows and needs. */
    public enum Kind {
        DEALS("deals (a CRM export)", DealsCsvReader.FIELDS, DealsCsvReader.REQUIRED),
        LEDGER("a subscription ledger", LedgerCsvReader.FIELDS, LedgerCsvReader.REQUIRED),
        ACCOUNTS("customer accounts", AccountsCsvReader.FIELDS, AccountsCsvReader.REQUIRED);

        private final String title;
        private final List<String> fields;
        private final List<String> required;

        Kind(String title, List<String> fields, List<String> required) {
            this.title = title;
            this.fields = fields;
            this.required = required;
        }

        /** "deals (a CRM export)", "a subscription ledger", "customer accounts". */
        public String title() {
            return title;
        }
    }

    /** A raw value found in the file, how many rows hold it, and what it is mapped to (null: not mapped). */
    public static final class ValueRow<T> {
        private final String raw;
        private final long rows;
        private final ObjectProperty<T> target;

        ValueRow(String raw, long rows, T target) {
            this.raw = raw;
            this.rows = rows;
            this.target = new SimpleObjectProperty<>(target);
        }

        public String raw() {
            return raw;
        }

        public long rows() {
            return rows;
        }

        public ObjectProperty<T> targetProperty() {
            return target;
        }
    }

    /**
     * What a check or an import found: rows read, rows usable, the rows left out with why, and (ledgers) the
     * customers with months without MRR inside their life.
     */
    public record FileCheck(long rowsRead, long usable, RowProblems problems, List<Ledger.Gap> gaps) {
        public FileCheck(long rowsRead, long usable, RowProblems problems) {
            this(rowsRead, usable, problems, List.of());
        }
    }

    /** How many customers with gaps a check names. */
    static final int GAPS_SHOWN = 10;

    private static final int PREVIEW_ROWS = 20;
    private static final int MAX_VALUES = 200;

    private final Workbook workbook;
    private final Kind kind;
    private Path file;
    private CsvPreview preview;
    private final Map<String, ObjectProperty<String>> columns = new LinkedHashMap<>();
    private final ObservableList<ValueRow<String>> stageValues = FXCollections.observableArrayList();
    private final ObservableList<ValueRow<Outcome>> outcomeValues = FXCollections.observableArrayList();
    private final ObjectProperty<String> salStage = new SimpleObjectProperty<>();
    private StageSetup setup = StageSetup.defaults();
    /** The workbook's stages for this import, in order, each with its phase (forecast category); editable. */
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();

    /** A stage of the setup: its name and its phase, which decides its forecast category. */
    public static final class StageRow {
        private final String name;
        private final ObjectProperty<dev.hourglass.model.pipeline.Phase> phase;

        StageRow(String name, dev.hourglass.model.pipeline.Phase phase) {
            this.name = name;
            this.phase = new SimpleObjectProperty<>(phase);
        }

        public String name() {
            return name;
        }

        public ObjectProperty<dev.hourglass.model.pipeline.Phase> phaseProperty() {
            return phase;
        }
    }

    public ImportWizardViewModel(Workbook workbook, Kind kind) {
        this.workbook = workbook;
        this.kind = kind;
        for (String field : fields()) {
            columns.put(field, new SimpleObjectProperty<>());
        }
        salStage.set(setup.salStage());
        showStages();
    }

    private void showStages() {
        stages.setAll(setup.stages().stream().map(st -> new StageRow(st.name(), st.phase())).toList());
    }

    /** The workbook's stages for this import; a phase changed here changes the stage's forecast category. */
    public ObservableList<StageRow> stages() {
        return stages;
    }

    /**
     * Adds every stage value of the file that is not mapped yet as a new stage (in the Conversations phase, to be
     * changed), after the existing ones, and maps the value to it.
     */
    public int addUnmappedStages() {
        int added = 0;
        for (ValueRow<String> row : stageValues) {
            if (row.targetProperty().get() == null && !row.raw().isBlank()
                    && stages.stream().noneMatch(st -> st.name().equals(row.raw()))) {
                stages.add(new StageRow(row.raw(), dev.hourglass.model.pipeline.Phase.CONVERSATIONS));
                row.targetProperty().set(row.raw());
                added++;
            }
        }
        return added;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> fields() {
        return kind.fields;
    }

    public List<String> requiredFields() {
        return kind.required;
    }

    /** Reads the header and first rows, matches columns by name, and offers a mapping kept for this file name. */
    public void open(Path chosen) throws BadInputException {
        file = chosen;
        preview = CsvPreview.of(chosen, fields(), PREVIEW_ROWS);
        for (String field : fields()) {
            Integer column = preview.columnOfField().get(field);
            columns.get(field).set(column == null ? null : preview.header().get(column));
        }
        Optional<ImportMapping> kept = keptMapping(preview.fileName());
        kept.ifPresent(m -> {
            m.columns().forEach((column, field) -> {
                if (columns.containsKey(field) && preview.header().contains(column)) {
                    columns.get(field).set(column);
                }
            });
            setup = m.stageSetup();
            salStage.set(setup.salStage());
            showStages();
        });
        if (kind == Kind.DEALS) {
            readValues(kept.orElse(null));
        }
    }

    /** The distinct stage and outcome values of the file, mapped by name or by the kept mapping. */
    public void readValues(ImportMapping kept) throws BadInputException {
        stageValues.clear();
        outcomeValues.clear();
        int stageColumn = columnIndex("stage");
        if (stageColumn >= 0) {
            CsvPreview.distinct(file, stageColumn, MAX_VALUES).forEach((raw, count) -> {
                String known = kept != null && kept.stageValues().containsKey(raw) ? kept.stageValues().get(raw)
                        : setup.stages().stream().map(Stage::name).filter(n -> n.equalsIgnoreCase(raw)).findFirst()
                        .orElse(null);
                stageValues.add(new ValueRow<>(raw, count, known));
            });
        }
        int outcomeColumn = columnIndex("outcome");
        if (outcomeColumn >= 0) {
            ImportMapping interpretation = kept != null ? kept : ImportMapping.defaults();
            CsvPreview.distinct(file, outcomeColumn, MAX_VALUES).forEach((raw, count) ->
                    outcomeValues.add(new ValueRow<>(raw, count, interpretation.outcome(raw))));
        }
    }

    /** The mapping as chosen: column renames, raw values, stage setup with the SAL stage. */
    public ImportMapping mapping() {
        Map<String, String> renames = new HashMap<>();
        columns.forEach((field, column) -> {
            if (column.get() != null) {
                renames.put(column.get(), field);
            }
        });
        Map<String, Outcome> outcomes = new HashMap<>();
        for (ValueRow<Outcome> row : outcomeValues) {
            if (row.targetProperty().get() != null) {
                outcomes.put(row.raw(), row.targetProperty().get());
            }
        }
        Map<String, String> stageMap = new HashMap<>();
        for (ValueRow<String> row : stageValues) {
            if (row.targetProperty().get() != null) {
                stageMap.put(row.raw(), row.targetProperty().get());
            }
        }
        String sal = salStage.get() == null ? setup.salStage() : salStage.get();
        List<Stage> chosen = stages.stream().map(st -> new Stage(st.name(), st.phaseProperty().get())).toList();
        return new ImportMapping(renames, outcomes, stageMap, new StageSetup(chosen, sal));
    }

    /** Reads the whole file with the mapping without importing: what would be left out, and why. */
    public FileCheck check() throws BadInputException {
        if (kind == Kind.DEALS) {
            DealsCsvReader.Summary summary = DealsCsvReader.read(file, mapping(), deal -> { });
            return new FileCheck(summary.rowsRead(), summary.dealsRead(), summary.problems());
        }
        if (kind == Kind.ACCOUNTS) {
            AccountsCsvReader.Result result = AccountsCsvReader.read(file, mapping());
            return new FileCheck(result.rowsRead(), result.accounts().size(), result.problems());
        }
        LedgerCsvReader.Result result = LedgerCsvReader.read(file, mapping());
        return new FileCheck(result.rowsRead(), result.rowsRead() - result.problems().total(), result.problems(),
                result.ledger().gaps(GAPS_SHOWN));
    }

    /** Imports the file in one transaction; stops and writes nothing when {@code cancelled} turns true. */
    public FileCheck importNow(LongConsumer progress, BooleanSupplier cancelled) throws BadInputException, WorkbookException {
        DataImports.Imported imported = switch (kind) {
            case DEALS -> DataImports.deals(workbook, file, mapping(), progress, cancelled);
            case LEDGER -> DataImports.ledger(workbook, file, mapping());
            case ACCOUNTS -> DataImports.accounts(workbook, file, mapping());
        };
        return new FileCheck(imported.rowsRead(), imported.dataset().rowCount(), imported.problems());
    }

    public CsvPreview preview() {
        return preview;
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<String> columnProperty(String field) {
        return columns.get(field);
    }

    public ObservableList<ValueRow<String>> stageValues() {
        return stageValues;
    }

    public ObservableList<ValueRow<Outcome>> outcomeValues() {
        return outcomeValues;
    }

    public ObjectProperty<String> salStageProperty() {
        return salStage;
    }

    public List<String> stageNames() {
        return stages.stream().map(StageRow::name).toList();
    }

    private int columnIndex(String field) {
        String column = columns.get(field).get();
        return column == null ? -1 : preview.header().indexOf(column);
    }

    private Optional<ImportMapping> keptMapping(String fileName) {
        try {
            List<Dataset> same = workbook.datasets().stream()
                    .filter(d -> d.sourceFile().toLowerCase(Locale.ROOT).equals(fileName.toLowerCase(Locale.ROOT))
                            && d.mapping().isPresent())
                    .toList();
            if (same.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ImportMapping.parse(same.get(same.size() - 1).mapping().get()));
        } catch (WorkbookException | BadInputException e) {
            return Optional.empty();
        }
    }
}
