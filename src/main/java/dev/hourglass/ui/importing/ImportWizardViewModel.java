package dev.hourglass.ui.importing;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.LookupProposals;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.AccountsCsvReader;
import dev.hourglass.io.csv.AmountUnit;
import dev.hourglass.io.csv.ColumnMatch;
import dev.hourglass.io.csv.ColumnMatching;
import dev.hourglass.io.csv.ColumnNames;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.CsvPreview;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ExportPresets;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.io.csv.RecognisedExport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.SubscriptionsCsvReader;
import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.DetectionText;
import dev.hourglass.ui.common.ExportNameText;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.PipelineWarningText;
import dev.hourglass.ui.common.RowReasonText;
import dev.hourglass.ui.common.UiText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: a file of any kind (deals, subscriptions, a monthly ledger, customer accounts, leads), its kind
 * guessed from the header and its columns matched to fields by the names the kind's exports use (editable), a tool's
 * export recognised with its mapping proposed, the raw stage and outcome values of deals mapped to the workbook's
 * stages and outcomes, what Hourglass found in the file said in sentences, a check that gives the import's report
 * without writing, and the import. The mapping is kept with the data and offered again for the next file with the
 * same name.
 */
public final class ImportWizardViewModel {
    /** What a file holds: its name in the kind chooser, and the fields its reader knows and needs. */
    public enum Kind {
        DEALS(ImportKind.DEALS, "import.kind.deals", DealsCsvReader.FIELDS, DealsCsvReader.REQUIRED),
        SUBSCRIPTIONS(ImportKind.SUBSCRIPTIONS, "import.kind.subscriptions", SubscriptionsCsvReader.FIELDS,
                SubscriptionsCsvReader.REQUIRED),
        LEDGER(ImportKind.LEDGER, "import.kind.ledger", LedgerCsvReader.FIELDS, LedgerCsvReader.REQUIRED),
        ACCOUNTS(ImportKind.ACCOUNTS, "import.kind.accounts", AccountsCsvReader.FIELDS, AccountsCsvReader.REQUIRED),
        LEADS(ImportKind.LEADS, "import.kind.leads", ColumnNames.of(ImportKind.LEADS).fields(), List.of("id", "createdDate"));

        private final ImportKind importKind;
        private final String title;
        private final List<String> fields;
        private final List<String> required;

        Kind(ImportKind importKind, String title, List<String> fields, List<String> required) {
            this.importKind = importKind;
            this.title = title;
            this.fields = fields;
            this.required = required;
        }

        /** As the kind chooser says it: "deals", "subscriptions", "a monthly ledger", "customer accounts", "leads". */
        public String title() {
            return UiText.text(title);
        }

        List<String> fields() {
            return fields;
        }

        public ImportKind importKind() {
            return importKind;
        }

        public static Kind of(ImportKind kind) {
            for (Kind k : values()) {
                if (k.importKind == kind) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no wizard kind for " + kind);
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

    /** A sentence of "What Hourglass found"; a warning is something the user should act on or know before importing. */
    public record Finding(String text, boolean warning) {
    }

    /** What a check or an import found: the import's report (rows read, left out, filled, detections, warnings). */
    public record FileCheck(ImportReport report) {
        public long rowsRead() {
            return report.rowsRead();
        }

        public long usable() {
            return report.imported();
        }

        public RowProblems problems() {
            return report.excluded();
        }
    }

    /**
     * A kind's reading of the open file, made off the FX thread and then applied: the column chosen for each field
     * and how it matched, the proposal of a recognised export, a kept mapping, what opening the file found, and the
     * files proposed to join it (the kept mapping's, else the lookup tables beside it).
     */
    public record KindReading(Kind kind, Map<String, String> columns, Map<String, String> howMatched,
                              Optional<RecognisedExport> recognised, Optional<ImportMapping> kept,
                              List<Detection> detections, ValuesRead values, List<Lookup> lookups) {
        public KindReading {
            lookups = List.copyOf(lookups);
        }
    }

    /** A file joined to the open file by a key, ticked to be joined, said in words. */
    public static final class JoinedFile {
        private final Lookup lookup;
        private final BooleanProperty joined;

        JoinedFile(Lookup lookup) {
            this.lookup = lookup;
            this.joined = new SimpleBooleanProperty(true);
        }

        public Lookup lookup() {
            return lookup;
        }

        /** Ticked: the import joins the file; unticked: it does not. */
        public BooleanProperty joinedProperty() {
            return joined;
        }

        /** After "Joined files:": "crm-products.csv by product: sales_price → List price". */
        public String text() {
            String columns = String.join(", ", lookup.columns().entrySet().stream()
                    .map(e -> e.getKey() + " → " + ImportFieldText.label(e.getValue())).toList());
            return UiText.text("import.joinedBy", lookup.fileName(), lookup.keyDescription(), columns);
        }
    }

    /** A file the user chose to join: the lookup proposed for it, or the sentence why it cannot be joined. */
    public record JoinProposal(Optional<Lookup> lookup, String problem) {
    }

    /** The distinct stage and outcome values of a deals file, as proposed. */
    public record ValuesRead(List<ValueRow<String>> stages, List<ValueRow<Outcome>> outcomes,
                             boolean outcomesFromStage) {
        static final ValuesRead NONE = new ValuesRead(List.of(), List.of(), false);
    }

    private static final int PREVIEW_ROWS = 20;
    private static final int MAX_VALUES = 200;
    private static final int EXAMPLES_SHOWN = 3;
    /** First words of the presets' names that keep their capital in a sentence: the tools' names, abbreviations. */
    private static final Set<String> PROPER_WORDS = Set.of("salesforce", "hubspot", "pipedrive", "stripe",
            "chargebee", "zoho", "close", "crm", "mrr", "microsoft", "copper", "freshsales", "recurly", "chartmogul");

    private final Workbook workbook;
    private final Kind preselected;
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>();
    private Path file;
    private CsvPreview preview;
    private Optional<RecognisedExport> recognised = Optional.empty();
    private final Map<String, ObjectProperty<String>> columns = new LinkedHashMap<>();
    private final Map<String, StringProperty> howMatched = new LinkedHashMap<>();
    private final ObservableList<ValueRow<String>> stageValues = FXCollections.observableArrayList();
    private final ObservableList<ValueRow<Outcome>> outcomeValues = FXCollections.observableArrayList();
    private final BooleanProperty outcomesFromStage = new SimpleBooleanProperty();
    private final ObjectProperty<String> salStage = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper recognisedLine = new ReadOnlyStringWrapper("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<JoinedFile> joinedFiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper joinProblem = new ReadOnlyStringWrapper("");
    private List<Detection> openDetections = List.of();
    private boolean checked;
    private ImportMapping proposal = ImportMapping.defaults();
    /** Whether the file's amounts are in cents: as the recognised export writes them, or as the kept mapping said. */
    private AmountUnit amountUnit = AmountUnit.UNITS;
    private StageSetup setup = StageSetup.defaults();
    /** The workbook's stages for this import, in order, each with its phase (forecast category); editable. */
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();

    /** A stage of the setup: its name and its phase, which decides its forecast category. */
    public static final class StageRow {
        private final String name;
        private final ObjectProperty<Phase> phase;

        StageRow(String name, Phase phase) {
            this.name = name;
            this.phase = new SimpleObjectProperty<>(phase);
        }

        public String name() {
            return name;
        }

        public ObjectProperty<Phase> phaseProperty() {
            return phase;
        }
    }

    /** @param preselected the kind the user asked for (a kind's menu item); null to guess it from the file */
    public ImportWizardViewModel(Workbook workbook, Kind preselected) {
        this.workbook = workbook;
        this.preselected = preselected;
        for (Kind k : Kind.values()) {
            for (String field : k.fields) {
                if (!columns.containsKey(field)) {
                    ObjectProperty<String> column = new SimpleObjectProperty<>();
                    column.addListener((obs, old, now) -> showOpenFindings());
                    columns.put(field, column);
                    howMatched.put(field, new SimpleStringProperty(""));
                }
            }
        }
        salStage.set(setup.salStage());
        showStages();
    }

    /**
     * Reads the header and first rows, recognises the export, guesses the kind (unless one was preselected) and
     * reads the file as that kind. Call it off the FX thread before the wizard shows.
     */
    public void open(Path chosen) throws BadInputException {
        file = chosen;
        preview = CsvPreview.of(chosen, List.of(), PREVIEW_ROWS);
        recognised = ExportPresets.recognise(preview.header());
        Kind guess = preselected != null ? preselected
                : recognised.filter(r -> !r.lookup()).map(r -> Kind.of(r.kind())).orElse(Kind.DEALS);
        apply(read(guess));
    }

    /** Reads the file as another kind and shows it: what the kind chooser does. */
    public void choose(Kind chosen) throws BadInputException {
        apply(read(chosen));
    }

    /** The columns, proposal and values of the open file read as {@code chosen}; no property changes. */
    public KindReading read(Kind chosen) throws BadInputException {
        Optional<RecognisedExport> proposed = recognised.filter(r -> !r.lookup() && r.kind() == chosen.importKind);
        ImportMapping proposedMapping = proposed.map(RecognisedExport::mapping).orElse(ImportMapping.defaults());
        Map<String, String> chosenColumns = new HashMap<>();
        Map<String, String> how = new HashMap<>();
        List<Detection> detections;
        try (CsvFile csv = CsvFile.open(file, chosen.fields, chosen.importKind, proposedMapping)) {
            ColumnMatching matching = csv.columns();
            for (String field : chosen.fields) {
                Optional<ColumnMatch> match = matching.match(field);
                match.ifPresent(m -> {
                    chosenColumns.put(field, m.header());
                    how.put(field, m.describe());
                });
            }
            detections = csv.detections();
        }
        Optional<ImportMapping> kept = keptMapping(preview.fileName(), chosen);
        kept.ifPresent(m -> m.columns().forEach((column, field) -> {
            if (chosen.fields.contains(field) && preview.header().contains(column)) {
                chosenColumns.values().remove(column);
                chosenColumns.put(field, column);
                how.put(field, UiText.text("import.asInTheLast", column, field, preview.fileName()));
            }
        }));
        ValuesRead values = ValuesRead.NONE;
        if (chosen == Kind.DEALS) {
            ImportMapping interpretation = kept.orElse(proposedMapping);
            StageSetup stageSetup = kept.map(ImportMapping::stageSetup).orElse(StageSetup.defaults());
            values = readValues(chosenColumns.get("stage"), chosenColumns.get("outcome"), interpretation, stageSetup);
        }
        List<Lookup> lookups = kept.map(ImportMapping::lookups).filter(l -> !l.isEmpty())
                .orElseGet(() -> LookupProposals.beside(file, preview.header(), chosen.importKind,
                        renames(chosenColumns)));
        return new KindReading(chosen, chosenColumns, how, proposed, kept, detections, values, lookups);
    }

    /** Field → column choices as a mapping's column renames: column → field. */
    private static Map<String, String> renames(Map<String, String> columnOfField) {
        Map<String, String> renames = new HashMap<>();
        columnOfField.forEach((field, column) -> renames.putIfAbsent(column, field));
        return renames;
    }

    /** Shows a kind's reading; on the FX thread once the wizard is up. */
    public void apply(KindReading reading) {
        kind.set(reading.kind());
        proposal = reading.recognised().map(RecognisedExport::mapping).orElse(ImportMapping.defaults());
        setup = reading.kept().map(ImportMapping::stageSetup).orElse(StageSetup.defaults());
        amountUnit = reading.kept().map(ImportMapping::amountUnit).orElse(proposal.amountUnit());
        salStage.set(setup.salStage());
        showStages();
        openDetections = reading.detections();
        checked = false;
        checkSummary.set("");
        for (String field : columns.keySet()) {
            columns.get(field).set(reading.kind().fields.contains(field) ? reading.columns().get(field) : null);
            howMatched.get(field).set(reading.howMatched().getOrDefault(field, UiText.text("import.noColumnOfThe", field)));
        }
        recognisedLine.set(recognisedSentence(reading));
        joinedFiles.setAll(reading.lookups().stream().map(this::joinedFile).toList());
        joinProblem.set("");
        showValues(reading.values());
        showOpenFindings();
    }

    /** The files joined to the open file, proposed ticked; a file the user joins is added ticked. */
    public ObservableList<JoinedFile> joinedFiles() {
        return joinedFiles;
    }

    /**
     * The ticked joined file that gives a field the open file has no column chosen for ("crm-products.csv" for
     * listPrice), for the field grid to say where its values come from; empty when none does.
     */
    public Optional<String> joinedFileGiving(String field) {
        if (columns.get(field) == null || columns.get(field).get() != null) {
            return Optional.empty();
        }
        return joinedFiles.stream().filter(j -> j.joinedProperty().get() && j.lookup().columns().containsValue(field))
                .map(j -> j.lookup().fileName()).findFirst();
    }

    /** Why the file the user last chose cannot be joined, in one sentence; empty when it was joined. */
    public ReadOnlyStringProperty joinProblemProperty() {
        return joinProblem.getReadOnlyProperty();
    }

    /** The lookup that joins {@code chosen} to the open file as its columns are chosen now; off the FX thread. */
    public JoinProposal proposeJoin(Path chosen) {
        Map<String, String> columnOfField = new HashMap<>();
        for (String field : fields()) {
            String column = columns.get(field).get();
            if (column != null) {
                columnOfField.put(field, column);
            }
        }
        try {
            return new JoinProposal(Optional.of(LookupProposals.propose(file, preview.header(), kind().importKind,
                    renames(columnOfField), chosen)), "");
        } catch (BadInputException e) {
            return new JoinProposal(Optional.empty(), FileProblemText.of(e));
        }
    }

    /**
     * Adds a proposed join, ticked, or says why the file cannot be joined; a file joined already is ticked again
     * with the new proposal. On the FX thread once the wizard is up.
     */
    public void addJoin(JoinProposal proposal) {
        joinProblem.set(proposal.problem());
        proposal.lookup().ifPresent(lookup -> {
            joinedFiles.removeIf(j -> j.lookup().file().toAbsolutePath().equals(lookup.file().toAbsolutePath()));
            joinedFiles.add(joinedFile(lookup));
            showOpenFindings();
        });
    }

    /** A joined file whose ticking changes what is said about the columns not used (its key is used). */
    private JoinedFile joinedFile(Lookup lookup) {
        JoinedFile joined = new JoinedFile(lookup);
        joined.joinedProperty().addListener((obs, old, now) -> showOpenFindings());
        return joined;
    }

    /** Proposes and adds a join in one step (tests, and callers already off the FX thread). */
    public void join(Path chosen) {
        addJoin(proposeJoin(chosen));
    }

    private String recognisedSentence(KindReading reading) {
        if (reading.recognised().isPresent()) {
            String what = reading.kind() == Kind.DEALS ? UiText.text("import.itsColumnsAndValues") : UiText.text("import.itsColumnsAreSet");
            return UiText.text("import.recognisedAsChangeAny", recognisedName(reading.recognised().get().name()), what);
        }
        if (reading.kept().isPresent()) {
            return UiText.text("import.readAsTheLast", preview.fileName());
        }
        return "";
    }

    /** An export's name in a sentence: English with its article, another language in its own words. */
    private static String recognisedName(String english) {
        return UiText.speaksEnglish() ? withArticle(english)
                : ExportNameText.of(english);
    }

    /**
     * An export's name in a sentence: "a Salesforce opportunity report", "an accounts list", "an MRR ledger …";
     * a plural without an article: "CRM sales opportunities (Maven Analytics sample)".
     */
    static String withArticle(String name) {
        String firstWord = name.split("[ (]", 2)[0];
        String shown = PROPER_WORDS.contains(firstWord.toLowerCase(Locale.ROOT)) ? name
                : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        String head = name.split(" \\(", 2)[0].strip();
        if (head.endsWith("s")) {
            return shown;
        }
        boolean vowelSound = "aeiou".indexOf(Character.toLowerCase(shown.charAt(0))) >= 0
                || firstWord.equals("MRR");
        return UiText.text(vowelSound ? "import.anArticle" : "import.aArticle", shown);
    }

    /** Re-reads the stage and outcome values after the stage or outcome column changed; off the FX thread. */
    public ValuesRead readValues() throws BadInputException {
        return readValues(columns.get("stage").get(), columns.get("outcome").get(), proposal, setup);
    }

    /** Re-reads and shows the stage and outcome values (tests, and callers already off the FX thread). */
    public void readValues(ImportMapping ignored) throws BadInputException {
        showValues(readValues());
    }

    private ValuesRead readValues(String stageColumn, String outcomeColumn, ImportMapping interpretation,
                                  StageSetup stageSetup) throws BadInputException {
        List<ValueRow<String>> stageRows = new ArrayList<>();
        List<ValueRow<Outcome>> outcomeRows = new ArrayList<>();
        int stageIndex = stageColumn == null ? -1 : preview.header().indexOf(stageColumn);
        int outcomeIndex = outcomeColumn == null ? -1 : preview.header().indexOf(outcomeColumn);
        if (stageIndex >= 0) {
            CsvPreview.distinct(file, stageIndex, MAX_VALUES).forEach((raw, count) -> {
                String known = interpretation.stageValues().containsKey(raw) ? interpretation.stageValues().get(raw)
                        : stageSetup.stages().stream().map(Stage::name).filter(n -> n.equalsIgnoreCase(raw)).findFirst()
                        .orElse(null);
                stageRows.add(new ValueRow<>(raw, count, known));
                if (outcomeIndex < 0) {
                    outcomeRows.add(new ValueRow<>(raw, count, interpretation.outcomeOfStage(raw)));
                }
            });
        }
        if (outcomeIndex >= 0) {
            CsvPreview.distinct(file, outcomeIndex, MAX_VALUES).forEach((raw, count) -> {
                Outcome outcome = interpretation.outcome(raw);
                if (outcome == null && interpretation.outcomeOfStage(raw).isClosed()) {
                    outcome = interpretation.outcomeOfStage(raw); // "Closed Won" in a status column means won
                }
                outcomeRows.add(new ValueRow<>(raw, count, outcome));
            });
        }
        return new ValuesRead(stageRows, outcomeRows, stageIndex >= 0 && outcomeIndex < 0);
    }

    /** Shows values read by {@link #readValues()}; on the FX thread once the wizard is up. */
    public void showValues(ValuesRead values) {
        stageValues.setAll(values.stages());
        outcomeValues.setAll(values.outcomes());
        outcomesFromStage.set(values.outcomesFromStage());
    }

    private void showStages() {
        stages.setAll(setup.stages().stream().map(st -> new StageRow(st.name(), st.phase())).toList());
    }

    /** The workbook's stages for this import; a phase changed here changes the stage's forecast category. */
    public ObservableList<StageRow> stages() {
        return stages;
    }

    /**
     * Adds every stage value of the file that is not mapped yet, and does not close a deal, as a new stage (in the
     * Conversations phase, to be changed) after the existing ones, and maps the value to it.
     */
    public int addUnmappedStages() {
        Map<String, Outcome> closing = new HashMap<>();
        if (outcomesFromStage.get()) {
            outcomeValues.forEach(row -> closing.put(row.raw(), row.targetProperty().get()));
        }
        int added = 0;
        for (ValueRow<String> row : stageValues) {
            Outcome outcome = closing.get(row.raw());
            if (row.targetProperty().get() == null && !row.raw().isBlank() && (outcome == null || !outcome.isClosed())
                    && stages.stream().noneMatch(st -> st.name().equals(row.raw()))) {
                stages.add(new StageRow(row.raw(), Phase.CONVERSATIONS));
                row.targetProperty().set(row.raw());
                added++;
            }
        }
        return added;
    }

    public Kind kind() {
        return kind.get();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public List<String> fields() {
        return kind().fields;
    }

    public List<String> requiredFields() {
        return kind().required;
    }

    /** "Recognised as a Salesforce opportunity report: …", or empty when the header names no known export. */
    public ReadOnlyStringProperty recognisedLineProperty() {
        return recognisedLine.getReadOnlyProperty();
    }

    /** What Hourglass found: how the file reads as soon as it is open, the check's full report after a check. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** After a check: "120 rows read: 118 can be imported, 2 are left out."; empty before. */
    public ReadOnlyStringProperty checkSummaryProperty() {
        return checkSummary.getReadOnlyProperty();
    }

    /** How a field's column was matched ("'Opportunity ID' → id (recognised as Opportunity ID)"), for its tooltip. */
    public StringProperty howMatchedProperty(String field) {
        return howMatched.get(field);
    }

    /** True when the deals file has no outcome column and the stage column decides won and lost. */
    public BooleanProperty outcomesFromStageProperty() {
        return outcomesFromStage;
    }

    /** The sentences known before a check: how the file was read, required fields without a column, columns not used. */
    private void showOpenFindings() {
        if (checked || kind() == null) {
            return;
        }
        List<Finding> found = new ArrayList<>();
        if (recognised.isPresent() && recognised.get().lookup()) {
            found.add(new Finding(UiText.text("import.thisFileLooksLike", recognisedName(recognised.get().name())), true));
        }
        openDetections.forEach(d -> found.add(new Finding(sentence(DetectionText.of(d)), d.code().warns())));
        List<String> missing = requiredFields().stream().filter(f -> columns.get(f).get() == null).toList();
        if (!missing.isEmpty()) {
            found.add(new Finding(UiText.text(missing.size() == 1 ? "import.noColumnChosenForOne" : "import.noColumnChosenForMany",
                    String.join(", ", missing.stream().map(ImportFieldText::label).toList())), true));
        }
        List<String> used = new ArrayList<>(fields().stream().map(f -> columns.get(f).get()).filter(c -> c != null)
                .toList());
        joinedFiles.stream().filter(j -> j.joinedProperty().get()).forEach(j -> used.add(j.lookup().fromKey()));
        List<String> unused = preview.header().stream().filter(h -> !used.contains(h) && !amountUnit.readsCurrency(h))
                .map(h -> "'" + h + "'").toList();
        if (!unused.isEmpty()) {
            found.add(new Finding(UiText.text(unused.size() == 1 ? "import.columnNotUsed" : "import.columnsNotUsed",
                    unused.size(), String.join(", ", unused)), false));
        }
        if (kind() == Kind.DEALS && outcomesFromStage.get()) {
            found.add(new Finding(UiText.text("import.noOutcomeColumnWon"), false));
        }
        findings.setAll(found);
    }

    /** The mapping as chosen: column renames, raw values, stage setup with the SAL stage, the files ticked to join. */
    public ImportMapping mapping() throws BadInputException {
        Map<String, String> renames = new HashMap<>();
        for (String field : fields()) {
            String column = columns.get(field).get();
            if (column != null) {
                String earlier = renames.put(column, field);
                if (earlier != null) {
                    throw new BadInputException(UiText.text("import.theColumnIsChosen", preview.fileName(), column, earlier, field));
                }
            }
        }
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
        List<Lookup> joined = joinedFiles.stream().filter(j -> j.joinedProperty().get()).map(JoinedFile::lookup)
                .toList();
        return new ImportMapping(renames, outcomes, stageMap, new StageSetup(chosen, sal)).withAmountUnit(amountUnit)
                .withLookups(joined);
    }

    /** Reads the whole file with the mapping as the import would, writing nothing; off the FX thread. */
    public FileCheck check() throws BadInputException {
        return new FileCheck(DataImports.check(kind().importKind, file, mapping()));
    }

    /** Replaces what Hourglass found by a check's report, in words; on the FX thread once the wizard is up. */
    public void showCheck(FileCheck check) {
        checked = true;
        ImportReport report = check.report();
        long left = report.excluded().total();
        checkSummary.set(String.format(UiText.text("import.dRowsReadD"), report.rowsRead(),
                report.imported(), left, UiText.text(left == 1 ? "import.verb.is" : "import.verb.are")));
        List<Finding> found = new ArrayList<>();
        report.detections().forEach(d -> found.add(new Finding(sentence(DetectionText.of(d)), d.code().warns())));
        report.filled().forEach((key, count) -> found.add(new Finding(filledSentence(key, count), false)));
        FigureFormatter counts = new FigureFormatter(Locale.getDefault(Locale.Category.FORMAT), "", UiText.language());
        report.warnings().forEach(w -> found.add(new Finding(sentence(w.counted()
                .map(counted -> PipelineWarningText.of(counted, counts)).orElse(w.message())), true)));
        for (RowProblems.Reason reason : report.excluded().reasons()) {
            List<String> examples = RowReasonText.examples(reason, EXAMPLES_SHOWN);
            found.add(new Finding(String.format(UiText.text("import.dSLeftOut"), reason.count(),
                    UiText.text(reason.count() == 1 ? "import.word.row" : "import.word.rows"),
                    RowReasonText.of(reason.coded())) + (examples.isEmpty() ? "."
                    : UiText.text("import.forExample") + String.join("; ", examples)), true));
        }
        if (left == 0) {
            found.add(new Finding(UiText.text("import.noRowIsLeft"), false));
        }
        findings.setAll(found);
    }

    private static String filledSentence(String key, long count) {
        return switch (key) {
            case DataImports.AMOUNT_FROM_LIST_PRICE -> String.format(UiText.text("import.dDealSWithout"), count, count == 1 ? "" : "s",
                    UiText.text(count == 1 ? "import.word.its" : "import.word.their"));
            case DataImports.AMOUNT_BLANK -> String.format(UiText.text("import.dDealSWith"), count,
                    count == 1 ? "" : "s");
            default -> String.format(UiText.text("import.dValuesFilledIn"), count, key);
        };
    }

    /** A detection as a sentence: capitalised, with a full stop. */
    private static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        String firstWord = s.split(" ", 2)[0];
        if (!firstWord.contains(".")) { // a file name stays as it is written
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s.endsWith(".") ? s : s + ".";
    }

    /** Imports the file in one transaction; stops and writes nothing when {@code cancelled} turns true (deals). */
    public FileCheck importNow(LongConsumer progress, BooleanSupplier cancelled) throws BadInputException, WorkbookException {
        ImportMapping chosen = mapping();
        DataImports.Imported imported = DataImports.of(workbook, kind().importKind, file, chosen, null, progress,
                cancelled);
        return new FileCheck(imported.report());
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

    /** The mapping of the last import of a file with this name as this kind, offered again. */
    private Optional<ImportMapping> keptMapping(String fileName, Kind chosen) {
        try {
            Dataset.Kind stored = chosen == Kind.SUBSCRIPTIONS ? Dataset.Kind.LEDGER
                    : Dataset.Kind.valueOf(chosen.name());
            Optional<Dataset> same = DatasetChoice.newest(workbook.datasets(stored).stream()
                    .filter(d -> d.sourceFile().toLowerCase(Locale.ROOT).equals(fileName.toLowerCase(Locale.ROOT))
                            && d.mapping().isPresent())
                    .toList());
            if (same.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ImportMappingJson.parse(same.get().mapping().get()));
        } catch (WorkbookException | BadInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
