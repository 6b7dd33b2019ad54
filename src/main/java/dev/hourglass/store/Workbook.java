package dev.hourglass.store;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.WorkbookException.Detail;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An open workbook file ({@code *.hourglass}): scenarios with their history and drafts, and imported deals and
 * ledgers. Every change is one transaction. Opened for writing, the file is locked ({@link WorkbookLock}) until
 * {@link #close()}; a second Hourglass opening it is told it is in use. Schema: docs/workbook.md. Thread-safe (one lock).
 */
public final class Workbook implements AutoCloseable {
    public static final String EXTENSION = ".hourglass";

    /**
     * Feeds deals into an import, e.g. a CSV reader; whatever it throws cancels the whole import. It runs on a
     * thread of its own, beside the one writing the rows.
     */
    @FunctionalInterface
    public interface DealFeed<X extends Exception> {
        void feed(Consumer<Deal> sink) throws X;
    }

    private final Path file;
    /** The file SQLite reads: {@link #file} itself, or the upgraded copy standing in for an older read-only one. */
    private final Path databaseFile;
    private final String name;
    private final Connection connection;
    private final WorkbookLock lock;
    private final ReadOnlyReason readOnlyReason;
    private final int formatVersion;
    /** Shown from a private copy rolled back from a save cut short, which only a writing open finishes in the file. */
    private final boolean awaitsRecovery;
    private final ScenarioTable scenarios;
    private final Set<String> checkedTables = ConcurrentHashMap.newKeySet();
    private final RowCounts rowCounts;

    private Workbook(Path file, Path databaseFile, Connection connection, WorkbookLock lock,
                     ReadOnlyReason readOnlyReason, int formatVersion, boolean awaitsRecovery, ScenarioCodec codec) {
        this.file = file;
        this.databaseFile = databaseFile;
        this.name = displayName(file);
        this.connection = connection;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.formatVersion = formatVersion;
        this.awaitsRecovery = awaitsRecovery;
        this.scenarios = new ScenarioTable(connection, codec, name);
        this.rowCounts = new RowCounts();
    }

    /** Work that fills a new workbook before it appears under its name (an import into a new path). */
    @FunctionalInterface
    public interface Fill<T, X extends Exception> {
        T fill(Workbook workbook) throws WorkbookException, X;
    }

    /** Creates a new, empty workbook; the file must not exist. Written whole or not at all. */
    public static Workbook create(Path file, String currency, String locale, ScenarioCodec codec)
            throws WorkbookException {
        createFilled(file, currency, locale, codec, workbook -> null);
        return open(file, codec);
    }

    /**
     * Creates a new workbook holding what {@code fill} puts in it; the file must not exist. It is built beside the
     * target under a hidden name and appears only once the fill succeeded: when the fill fails, nothing is left.
     */
    public static <T, X extends Exception> T createFilled(Path file, String currency, String locale,
            ScenarioCodec codec, Fill<T, X> fill) throws WorkbookException, X {
        String name = displayName(file);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkbookException(Detail.ALREADY_EXISTS, name + " already exists", null, name);
        }
        WorkbookPath.requireRoomToCreate(file);
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".creating");
        try (WorkbookLock claim = WorkbookLock.acquire(file)) {
            writeEmpty(temp, name, currency, locale);
            T result;
            try (Workbook workbook = open(temp, codec).shownAs(file)) {
                result = fill.fill(workbook);
            }
            placeNew(temp, file);
            return result;
        } finally {
            deleteQuietly(temp);
            deleteQuietly(SideFiles.journalOf(temp));
        }
    }

    private static void placeNew(Path temp, Path file) throws WorkbookException {
        String name = displayName(file);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkbookException(Reason.NAME_TAKEN, name + " was created by another program meanwhile; "
                    + "nothing was written");
        }
        try {
            move(temp, file);
        } catch (IOException e) {
            throw new WorkbookException(Detail.CANNOT_CREATE, "Could not create " + name + " (" + e.getMessage() + ")", e,
                    name, String.valueOf(e.getMessage()));
        }
    }

    /** A new workbook with no content at {@code temp}, whatever was there (a leftover of a creation cut short). */
    private static void writeEmpty(Path temp, String name, String currency, String locale)
            throws WorkbookException {
        try {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(SideFiles.journalOf(temp));
        } catch (IOException e) {
            throw new WorkbookException(Detail.CANNOT_CREATE, "Could not create " + name + " (" + e.getMessage() + ")", e,
                    name, String.valueOf(e.getMessage()));
        }
        try (Connection connection = WorkbookConnections.open(temp, false)) {
            Migrations.runWithForeignKeysOff(connection, () -> Transaction.run(connection, name, "creating the workbook", c -> {
                WorkbookConnections.execute(c, "PRAGMA application_id = " + WorkbookHeader.APPLICATION_ID);
                Migrations.apply(c, 0, Migrations.CURRENT_VERSION);
                Instant now = Instant.now();
                Meta.put(c, Meta.CREATED_AT, now.toString());
                Meta.put(c, Meta.CURRENCY, currency);
                Meta.put(c, Meta.LOCALE, locale);
                Meta.touch(c, now, Migrations.CURRENT_VERSION);
                return null;
            }));
        } catch (SQLException e) {
            throw SqlErrors.describe(e, name, "creating the workbook");
        }
    }

    /**
     * Opens a workbook, checking first that it is one: header, integrity and schema. An older format is upgraded
     * in one transaction after copying the file to {@code name.hourglass.bak}; a newer one, a read-only file and a
     * read-only medium open read-only ({@link #readOnlyReason()} says why).
     */
    public static Workbook open(Path file, ScenarioCodec codec) throws WorkbookException {
        return WorkbookOpener.open(file, codec, false);
    }

    /** Opens a workbook only to read it (File › Open read-only, {@code list}, {@code export}): never changes it. */
    public static Workbook openReadOnly(Path file, ScenarioCodec codec) throws WorkbookException {
        return WorkbookOpener.open(file, codec, true);
    }

    static Workbook wrap(Path file, Connection connection, WorkbookLock lock, ReadOnlyReason readOnlyReason,
                         int formatVersion, ScenarioCodec codec) {
        return new Workbook(file, file, connection, lock, readOnlyReason, formatVersion, false, codec);
    }

    /** This workbook's content shown as another, read-only file (an upgraded copy standing in for it). */
    Workbook readOnlyView(Path shownFile, ReadOnlyReason reason, boolean awaitingRecovery) {
        return new Workbook(shownFile, databaseFile, connection, lock, reason, formatVersion, awaitingRecovery,
                scenarios.codec());
    }

    /** This workbook under the name of the file it is being built for (messages name that file). */
    private Workbook shownAs(Path shownFile) {
        return new Workbook(shownFile, databaseFile, connection, lock, readOnlyReason, formatVersion, awaitsRecovery,
                scenarios.codec());
    }

    public Path file() {
        return file;
    }

    /**
     * Whether a save of the file was cut short (a crash) and this read-only workbook shows the state before it from
     * a private copy: opening the file for writing once finishes the recovery in the file itself.
     */
    public boolean awaitsRecovery() {
        return awaitsRecovery;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why the workbook can only be read (in English words, as the CLI prints them). */
    public Optional<String> readOnlyReason() {
        return readOnly().map(ReadOnlyReason::english);
    }

    /** Why the workbook can only be read, coded for the desktop to say in its language. */
    public Optional<ReadOnlyReason> readOnly() {
        return Optional.ofNullable(readOnlyReason);
    }

    private static final String SETTING = "setting.";

    /** The workbook's currency for display; the default one when its metadata cannot be read. */
    public String currencyOrDefault() {
        try {
            return info().currency();
        } catch (WorkbookException unreadable) {
            return Scenario.DEFAULT_CURRENCY;
        }
    }

    public synchronized WorkbookInfo info() throws WorkbookException {
        try {
            return Meta.info(connection, formatVersion);
        } catch (SQLException | RuntimeException e) {
            throw damaged("its metadata cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A setting kept with the workbook (say the health score's weights), as its text; empty when never saved. */
    public synchronized Optional<String> setting(String name) throws WorkbookException {
        return reading("reading the workbook's settings", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT value FROM workbook_meta WHERE key = ?")) {
                select.setString(1, SETTING + name);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public synchronized void saveSetting(String name, String value) throws WorkbookException {
        write("saving a setting", c -> {
            Meta.put(c, SETTING + name, value);
            return null;
        });
    }

    // Scenarios

    public synchronized List<StoredScenario> scenarios() throws WorkbookException {
        return reading("reading scenarios", scenarios::all);
    }

    public synchronized Optional<StoredScenario> scenario(String scenarioName) throws WorkbookException {
        return reading("reading scenario " + scenarioName, () -> scenarios.byName(scenarioName));
    }

    public synchronized StoredScenario scenario(long id) throws WorkbookException {
        return reading("reading a scenario", () -> scenarios.require(id));
    }

    /** Adds a scenario at the end; a name already taken becomes "name (2)". Its first version is saved. */
    public synchronized StoredScenario addScenario(Scenario scenario) throws WorkbookException {
        long id = write("adding scenario '" + scenario.name() + "'", c -> {
            Scenario named = scenario.withName(scenarios.freeName(scenario.name()));
            return scenarios.insert(named, Instant.now(), "created");
        });
        return scenario(id);
    }

    /** Saves the scenario's inputs (name and description included) as a new version and drops its draft. */
    public synchronized void saveScenario(long id, Scenario scenario, String note) throws WorkbookException {
        write("saving scenario '" + scenario.name() + "'", c -> {
            scenarios.require(id);
            Optional<StoredScenario> sameName = scenarios.byName(scenario.name());
            if (sameName.isPresent() && sameName.get().id() != id) {
                throw new WorkbookException(Reason.NAME_TAKEN, name + " already has a scenario named '"
                        + scenario.name() + "'");
            }
            scenarios.save(id, scenario, Instant.now(), note);
            return null;
        });
    }

    /** Keeps unsaved edits (autosave) apart from the saved inputs, so they survive a crash. */
    public synchronized void saveDraft(long id, Scenario draft) throws WorkbookException {
        write("autosaving scenario '" + draft.name() + "'", c -> {
            scenarios.require(id);
            scenarios.saveDraft(id, draft, Instant.now());
            return null;
        });
    }

    public synchronized void discardDraft(long id) throws WorkbookException {
        write("discarding the unsaved edits of a scenario", c -> {
            scenarios.discardDraft(id);
            return null;
        });
    }

    public synchronized StoredScenario duplicateScenario(long id, String newName) throws WorkbookException {
        StoredScenario original = scenario(id);
        return addScenario(original.scenario().withName(newName));
    }

    public synchronized void renameScenario(long id, String newName) throws WorkbookException {
        StoredScenario stored = scenario(id);
        saveScenario(id, stored.scenario().withName(newName), "renamed from '" + stored.name() + "'");
    }

    public synchronized void deleteScenario(long id) throws WorkbookException {
        write("deleting a scenario", c -> {
            scenarios.require(id);
            scenarios.delete(id);
            return null;
        });
    }

    /** Moves a scenario to a place in the navigator (0 = first). */
    public synchronized void moveScenario(long id, int position) throws WorkbookException {
        write("reordering scenarios", c -> {
            scenarios.move(id, position);
            return null;
        });
    }

    /** Every saved version of a scenario, newest first. */
    public synchronized List<ScenarioVersion> history(long id) throws WorkbookException {
        return reading("reading the history of a scenario", () -> scenarios.history(id));
    }

    /** The inputs of one saved version (under the scenario's current name). */
    public synchronized Scenario version(long versionId) throws WorkbookException {
        return reading("reading a saved version", () -> scenarios.version(versionId));
    }

    /** Makes a saved version current again, as a new version: nothing in the history is lost. */
    public synchronized void restoreVersion(long scenarioId, long versionId) throws WorkbookException {
        Scenario restored = version(versionId);
        ScenarioVersion chosen = history(scenarioId).stream().filter(v -> v.id() == versionId).findFirst()
                .orElseThrow(() -> new WorkbookException(Detail.NOT_A_VERSION_OF_THE_SCENARIO, "version " + versionId
                        + " is not a version of this scenario", null, name, versionId));
        saveScenario(scenarioId, restored, "restored the version of " + chosen.savedAt());
    }

    // Imported data

    public synchronized List<Dataset> datasets() throws WorkbookException {
        List<Dataset> all = reading("reading the imported data", () -> Datasets.all(connection));
        for (Dataset dataset : all) {
            requireRowCountHolds(dataset);
        }
        return all;
    }

    /** The imported datasets of one kind, oldest first. */
    public List<Dataset> datasets(Dataset.Kind kind) throws WorkbookException {
        return datasets().stream().filter(d -> d.kind() == kind).toList();
    }

    /**
     * Imports deals in one transaction: all rows the feed gives, or nothing when it throws (a bad file, a cancel).
     * {@code mapping} is the mapping file's JSON as given, kept for the next import from the same source.
     */
    public synchronized <X extends Exception> Dataset importDeals(String datasetName, String sourceFile,
            StageSetup stages, String mapping, DealFeed<X> feed) throws WorkbookException, X {
        return importDeals(datasetName, sourceFile, mapping, feed, () -> stages);
    }

    /**
     * Imports deals whose stage setup is known only once the feed has run (a reader adds the stages the file
     * brought): {@code stages} is asked after the last deal and written in the same transaction.
     */
    public synchronized <X extends Exception> Dataset importDeals(String datasetName, String sourceFile,
            String mapping, DealFeed<X> feed, Supplier<StageSetup> stages) throws WorkbookException, X {
        long id = write("importing deals from " + sourceFile, c -> {
            long datasetId = Datasets.insert(c, Dataset.Kind.DEALS, datasetName, sourceFile, mapping);
            long rows;
            try (DealTable.Writer writer = new DealTable.Writer(c, datasetId)) {
                try {
                    new BackgroundFeed<>(feed).drainInto(writer);
                } catch (StoreFailure e) {
                    throw e.getCause();
                }
                rows = writer.finish(c);
            }
            DealTable.writeStages(c, datasetId, stages.get());
            Datasets.setRowCount(c, datasetId, rows);
            return datasetId;
        });
        return dataset(id);
    }

    public synchronized Dataset importLedger(String datasetName, String sourceFile, Ledger ledger)
            throws WorkbookException {
        long id = write("importing the ledger " + sourceFile, c -> {
            long datasetId = Datasets.insert(c, Dataset.Kind.LEDGER, datasetName, sourceFile, null);
            Datasets.setRowCount(c, datasetId, LedgerTable.write(c, datasetId, ledger));
            return datasetId;
        });
        return dataset(id);
    }

    /** Imports customer accounts (metrics.md §7) as one dataset, in one transaction. */
    public synchronized Dataset importAccounts(String datasetName, String sourceFile, List<Account> accounts)
            throws WorkbookException {
        long id = write("importing the accounts " + sourceFile, c -> {
            long datasetId = Datasets.insert(c, Dataset.Kind.ACCOUNTS, datasetName, sourceFile, null);
            Datasets.setRowCount(c, datasetId, AccountTable.write(c, datasetId, accounts));
            return datasetId;
        });
        return dataset(id);
    }

    /** Imports marketing leads (imports.md §5) with the funnel steps their file had a column for, in one transaction. */
    public synchronized Dataset importLeads(String datasetName, String sourceFile, LeadData leads)
            throws WorkbookException {
        long id = write("importing the leads " + sourceFile, c -> {
            long datasetId = Datasets.insert(c, Dataset.Kind.LEADS, datasetName, sourceFile, null);
            Datasets.setRowCount(c, datasetId, LeadTable.write(c, datasetId, leads));
            return datasetId;
        });
        return dataset(id);
    }

    /** Keeps an import's report (JSON) with its dataset, replacing any earlier one. */
    public synchronized void setImportReport(long datasetId, String report) throws WorkbookException {
        write("keeping the import report", c -> {
            Datasets.setReport(c, datasetId, report);
            return null;
        });
    }

    /** Records the day the dataset's export was taken (a snapshot's date, forecast.md §2). */
    public synchronized void setAsOf(long datasetId, LocalDate asOf) throws WorkbookException {
        write("keeping the day the export was taken", c -> {
            Datasets.setAsOf(c, datasetId, asOf);
            return null;
        });
    }

    public synchronized List<Account> readAccounts(long datasetId) throws WorkbookException {
        return readingCheckedTable("account_row", "reading the accounts", () -> AccountTable.read(connection, datasetId));
    }

    public synchronized LeadData readLeads(long datasetId) throws WorkbookException {
        return readingCheckedTable("lead_row", "reading the leads", () -> LeadTable.read(connection, datasetId));
    }

    public synchronized Dataset dataset(long id) throws WorkbookException {
        Dataset dataset = reading("reading the imported data", () -> Datasets.byId(connection, id)
                .orElseThrow(() -> new WorkbookException(Reason.NO_SUCH_ITEM, name + " has no dataset " + id)));
        requireRowCountHolds(dataset);
        return dataset;
    }

    private void requireRowCountHolds(Dataset dataset) throws WorkbookException {
        String mismatch = reading("counting the imported rows", () -> rowCounts.mismatch(connection, dataset));
        if (mismatch != null) {
            throw WorkbookHeader.damaged(name, mismatch);
        }
    }

    /** Streams a deals dataset's rows in import order. */
    public synchronized void readDeals(long datasetId, Consumer<Deal> sink) throws WorkbookException {
        Dataset dataset = dataset(datasetId);
        readingCheckedTable("deal", "reading deals", () -> {
            if (dataset.rowCount() >= ParallelDealReader.THRESHOLD) {
                ParallelDealReader.read(connection, databaseFile, dataset, sink);
            } else {
                DealTable.read(connection, datasetId, sink);
            }
            return null;
        });
    }

    /**
     * Sets one deal's forecast override: counted in ({@code true}), left out ({@code false}) or decided by its
     * category ({@code null}). {@code rowNumber} is the deal's place in the import (0 = first), as read.
     */
    public synchronized void setDealInclude(long datasetId, long rowNumber, Boolean include) throws WorkbookException {
        write("changing a deal's forecast switch", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE deal SET include = ? WHERE row_key = ?")) {
                if (include == null) {
                    update.setNull(1, Types.INTEGER);
                } else {
                    update.setInt(1, include ? 1 : 0);
                }
                update.setLong(2, DatasetTexts.firstKey(datasetId) + rowNumber);
                if (update.executeUpdate() != 1) {
                    throw new WorkbookException(Reason.NO_SUCH_ITEM, name + " has no deal " + rowNumber + " in dataset "
                            + datasetId);
                }
            }
            return null;
        });
    }

    public synchronized StageSetup stageSetup(long datasetId) throws WorkbookException {
        return reading("reading the stage setup", () -> DealTable.readStages(connection, datasetId));
    }

    public synchronized Ledger readLedger(long datasetId) throws WorkbookException {
        return readingCheckedTable("ledger_row", "reading the ledger", () -> LedgerTable.read(connection, datasetId));
    }

    public synchronized void deleteDataset(long datasetId) throws WorkbookException {
        write("deleting imported data", c -> {
            Datasets.delete(c, datasetId);
            rowCounts.forget(datasetId);
            return null;
        });
    }

    // Revenue plan versions

    /** Keeps a revenue plan under a name (forecast.md §5); a name already taken is refused. */
    public synchronized PlanVersion savePlanVersion(String versionName, String scenarioName, PlanReport report)
            throws WorkbookException {
        if (versionName == null || versionName.isBlank() || versionName.length() > InputLimits.MAX_NAME_CHARS) {
            throw new WorkbookException(Reason.NO_SUCH_ITEM, "a plan version needs a name of 1 to "
                    + InputLimits.MAX_NAME_CHARS + " characters");
        }
        long id = write("saving the plan version '" + versionName + "'", c -> {
            if (PlanVersionTable.all(c).stream().anyMatch(v -> v.name().equals(versionName))) {
                throw new WorkbookException(Reason.NAME_TAKEN, name + " already has a plan version named '"
                        + versionName + "'");
            }
            return PlanVersionTable.insert(c, versionName, scenarioName, report, Instant.now());
        });
        return planVersions().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    /** The saved revenue plans, oldest first. */
    public synchronized List<PlanVersion> planVersions() throws WorkbookException {
        return reading("reading the plan versions", () -> PlanVersionTable.all(connection));
    }

    /** The plan version of this name; the message names the workbook and the versions it has. */
    public synchronized PlanVersion planVersion(String versionName) throws WorkbookException {
        List<PlanVersion> all = planVersions();
        return all.stream().filter(v -> v.name().equals(versionName)).findFirst().orElseThrow(() ->
                new WorkbookException(Reason.NO_SUCH_ITEM, name + " has no plan version named '" + versionName + "' ("
                        + (all.isEmpty() ? "it has none: save one with plan … --save NAME"
                        : "it has: " + String.join(", ", all.stream().map(PlanVersion::name).toList())) + ")"));
    }

    /** Writes a complete copy of this workbook to another file (Save As), replacing it only once whole. */
    public synchronized void saveCopyAs(Path target) throws WorkbookException {
        Path temp = target.toAbsolutePath().getParent().resolve("." + target.getFileName() + ".saving");
        try {
            Files.deleteIfExists(temp); // a link left at that name is deleted, never written through
            Files.deleteIfExists(SideFiles.journalOf(temp));
            WorkbookConnections.allowAttaching(connection, true);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temp.toString());
                vacuum.execute();
            } finally {
                WorkbookConnections.allowAttaching(connection, false);
            }
            move(temp, target);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, displayName(target), "saving a copy");
        } catch (IOException e) {
            throw new WorkbookException(Detail.CANNOT_WRITE, "Could not write " + displayName(target) + " ("
                    + e.getMessage() + ")", e, displayName(target), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temp);
            deleteQuietly(SideFiles.journalOf(temp));
        }
    }

    /** The open connection, for the opener and for tests that simulate faults (a full disk). */
    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // every change was committed when it was made: nothing is left to save
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    static String displayName(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    /** A read step; rows a tampered or damaged file makes unreadable come back as a clear message. */
    @FunctionalInterface
    private interface Read<T> {
        T run() throws SQLException, WorkbookException;
    }

    private <T> T reading(String doing, Read<T> read) throws WorkbookException {
        try {
            return read.run();
        } catch (SQLException e) {
            throw SqlErrors.describe(e, name, doing);
        } catch (RuntimeException e) {
            // the desktop gives the technical detail alone: the step is said in English only
            throw new WorkbookException(Detail.DAMAGED, name + " is damaged and cannot be opened: " + doing + " failed: "
                    + e.getMessage(), e, name, String.valueOf(e.getMessage()));
        }
    }

    private <T, X extends Exception> T write(String doing, Transaction.Work<T, X> work) throws WorkbookException, X {
        if (readOnlyReason != null) {
            throw new WorkbookException(Detail.READ_ONLY, name + " is open read-only (" + readOnlyReason.english() + "): "
                    + doing + " was not done. Use Save As to keep your changes in another file.", null, name);
        }
        return Transaction.run(connection, name, doing, c -> {
            T result = work.run(c);
            Meta.touch(c, Instant.now(), formatVersion);
            return result;
        });
    }

    /**
     * Reads from a data table that is checked ({@code quick_check}, references) before its first use in this session
     * — on another connection, while it is read, since both take as long: whatever was read is only returned
     * when the check passed.
     */
    private <T> T readingCheckedTable(String table, String doing, Read<T> read) throws WorkbookException {
        if (checkedTables.contains(table)) {
            return reading(doing, read);
        }
        FutureTask<String> check = new FutureTask<>(() -> {
            try (Connection checker = WorkbookConnections.open(databaseFile, true)) {
                return WorkbookConnections.tableProblems(checker, table);
            }
        });
        Thread checking = new Thread(check, "check-" + table);
        checking.setDaemon(true);
        checking.start();
        T result = null;
        WorkbookException readFailure = null;
        try {
            result = reading(doing, read);
        } catch (WorkbookException e) {
            readFailure = e;
        }
        String problems;
        try {
            problems = check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbookException(Detail.INTERRUPTED, name + ": " + doing + " was interrupted", e, name);
        } catch (ExecutionException e) {
            problems = String.valueOf(e.getCause().getMessage());
        }
        if (problems != null) {
            throw WorkbookHeader.damaged(name, problems);
        }
        if (readFailure != null) {
            throw readFailure;
        }
        checkedTables.add(table);
        return result;
    }

    private WorkbookException damaged(String why, Exception cause) {
        WorkbookException damaged = WorkbookHeader.damaged(name, why);
        damaged.initCause(cause);
        return damaged;
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is hidden and replaced next time
        }
    }
}
