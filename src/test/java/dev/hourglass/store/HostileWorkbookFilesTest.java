package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files shipped beside a workbook or inside it to make Hourglass write somewhere else, roll back the wrong pages or
 * read wrong figures (issue 15): each ends in one clear refusal naming the file, or in the right result, and the
 * workbook (and whatever a link points to) is left byte for byte as it was.
 */
class HostileWorkbookFilesTest {
    private static final JsonScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;
    private static final String VICTIM_TEXT = "a file the user can write, not a lock\n";

    @TempDir
    static Path shared;
    static byte[] dealsWorkbook;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildAWorkbookWithDeals() throws Exception {
        Path file = shared.resolve("deals.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            workbook.addScenario(SeedScenarios.baseCase());
            workbook.importDeals("CRM", "crm.csv", StageSetup.defaults(), "{}", sink -> {
                for (int i = 0; i < 2000; i++) {
                    sink.accept(new Deal("D" + i, 1000 + i, "Discovery", LocalDate.of(2024, 1, 1).plusDays(i % 300),
                            Outcome.values()[i % 4], "Seg", "", "Owner", "", "", null, null, null));
                }
            });
        }
        dealsWorkbook = Files.readAllBytes(file);
    }

    private Path copyOfDealsWorkbook(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, dealsWorkbook);
        return file;
    }

    private Path victim() throws IOException {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, VICTIM_TEXT);
        return victim;
    }

    // 1: the lock file

    @Test
    void aLockFileThatIsASymbolicLinkIsRefusedAndNeverWrittenThrough() throws Exception {
        Path file = copyOfDealsWorkbook("w.hourglass");
        Path victim = victim();
        Path lock = Files.createSymbolicLink(dir.resolve(".w.hourglass.lock"), victim.getFileName());
        String before = hash(file);

        assertThatThrownBy(() -> Workbook.open(file, CODEC)).isInstanceOf(WorkbookException.class)
                .hasMessageStartingWith("w.hourglass is not opened: .w.hourglass.lock beside it is a symbolic link")
                .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(Reason.TAMPERED);

        assertThat(Files.readString(victim)).isEqualTo(VICTIM_TEXT);
        assertThat(Files.isSymbolicLink(lock)).isTrue();
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void creatingAWorkbookBesideALockLinkWritesNothingAnywhere() throws Exception {
        Path victim = victim();
        Files.createSymbolicLink(dir.resolve(".new.hourglass.lock"), victim.getFileName());
        Path dangling = Files.createSymbolicLink(dir.resolve(".other.hourglass.lock"), dir.resolve("created-by-link"));

        assertThatThrownBy(() -> Workbook.create(dir.resolve("new.hourglass"), "USD", "en-US", CODEC))
                .hasMessageContaining(".new.hourglass.lock beside it is a symbolic link");
        assertThatThrownBy(() -> Workbook.create(dir.resolve("other.hourglass"), "USD", "en-US", CODEC))
                .hasMessageContaining(".other.hourglass.lock beside it is a symbolic link");

        assertThat(Files.readString(victim)).isEqualTo(VICTIM_TEXT);
        assertThat(dir.resolve("created-by-link")).doesNotExist();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(dir.resolve("new.hourglass")).doesNotExist();
        assertThat(dir.resolve("other.hourglass")).doesNotExist();
    }

    @Test
    void aLockFileThatIsAHardLinkToAnotherFileIsRefused() throws Exception {
        Path file = copyOfDealsWorkbook("w.hourglass");
        Path victim = victim();
        Files.createLink(dir.resolve(".w.hourglass.lock"), victim);

        assertThatThrownBy(() -> Workbook.open(file, CODEC))
                .hasMessageStartingWith("w.hourglass is not opened: .w.hourglass.lock beside it is a hard link");
        assertThat(Files.readString(victim)).isEqualTo(VICTIM_TEXT);
    }

    // 2: the journal

    @Test
    void aJournalThatIsASymbolicLinkIsRefusedEvenReadOnly() throws Exception {
        Path file = copyOfDealsWorkbook("w.hourglass");
        Path victim = victim();
        Files.createSymbolicLink(dir.resolve("w.hourglass-journal"), victim.getFileName());
        String before = hash(file);

        assertThatThrownBy(() -> Workbook.openReadOnly(file, CODEC))
                .hasMessageStartingWith("w.hourglass is not opened: w.hourglass-journal beside it is a symbolic link");
        assertThatThrownBy(() -> Workbook.open(file, CODEC))
                .hasMessageStartingWith("w.hourglass is not opened: w.hourglass-journal beside it is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo(VICTIM_TEXT);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void creatingAWorkbookNeverWritesThroughALinkLeftAtItsTemporaryJournal() throws Exception {
        Path victim = victim();
        Files.createSymbolicLink(dir.resolve(".new.hourglass.creating-journal"), victim.getFileName());

        try (Workbook created = Workbook.create(dir.resolve("new.hourglass"), "USD", "en-US", CODEC)) {
            assertThat(created.scenarios()).isEmpty();
        }
        assertThat(Files.readString(victim)).isEqualTo(VICTIM_TEXT);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("new.hourglass",
                    "victim.txt");
        }
    }

    @Test
    void aJournalOfAnotherWorkbookIsNeverRolledBackIntoThisOne() throws Exception {
        Crash crash = crashWhileSaving("other.hourglass");
        Path file = copyOfDealsWorkbook("w.hourglass");
        Path journal = dir.resolve("w.hourglass-journal");
        Files.copy(crash.journal, journal);
        String fileBefore = hash(file);
        String journalBefore = hash(journal);

        for (boolean readOnly : new boolean[] {true, false}) {
            assertThatThrownBy(() -> (readOnly ? Workbook.openReadOnly(file, CODEC) : Workbook.open(file, CODEC)).close())
                    .isInstanceOf(WorkbookException.class)
                    .hasMessageStartingWith("w.hourglass is not opened: w.hourglass-journal beside it belongs to "
                            + "another file (")
                    .hasMessageEndingWith("Move w.hourglass-journal out of the folder and open w.hourglass again.")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(Reason.TAMPERED);
        }
        assertThat(hash(file)).isEqualTo(fileBefore);
        assertThat(hash(journal)).isEqualTo(journalBefore);

        Files.delete(journal);
        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            assertThat(readDeals(workbook)).isEqualTo(2000);
        }
    }

    /**
     * A journal of the same workbook two saves old. (One save old cannot be told from the journal of a save cut
     * short after writing page 1: both find the file one change ahead.)
     */
    @Test
    void aJournalOfAnEarlierStateOfTheSameWorkbookIsRefused() throws Exception {
        Crash crash = crashWhileSaving("w.hourglass");
        try (Workbook workbook = Workbook.open(crash.file, CODEC)) {
            workbook.addScenario(Scenario.empty("saved after the crash was recovered"));
            workbook.addScenario(Scenario.empty("and saved again"));
        }
        assertThat(crash.journal).doesNotExist();
        Files.copy(crash.journalCopy, crash.journal);
        String before = hash(crash.file);

        assertThatThrownBy(() -> Workbook.open(crash.file, CODEC)).hasMessageContaining("belongs to another file (it "
                + "was written when the file was at change");
        assertThat(hash(crash.file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyOpenAfterACrashShowsTheStateBeforeTheSaveAndWritesNothing() throws Exception {
        Crash crash = crashWhileSaving("w.hourglass");
        String fileBefore = hash(crash.file);
        String journalBefore = hash(crash.journal);

        try (Workbook workbook = Workbook.openReadOnly(crash.file, CODEC)) {
            assertThat(workbook.file()).isEqualTo(crash.file);
            assertThat(workbook.readOnlyReason().orElseThrow()).contains("a save of it was cut short")
                    .contains("open it normally once");
            assertThat(workbook.scenarios()).extracting(StoredScenario::name).containsExactly("Seed base case");
            assertThat(workbook.history(workbook.scenarios().get(0).id())).hasSize(1);
        }
        assertThat(hash(crash.file)).isEqualTo(fileBefore);
        assertThat(hash(crash.journal)).isEqualTo(journalBefore);

        try (Workbook workbook = Workbook.open(crash.file, CODEC)) { // the writing open finishes the recovery
            assertThat(workbook.isReadOnly()).isFalse();
            assertThat(workbook.history(workbook.scenarios().get(0).id())).hasSize(1);
        }
        assertThat(crash.journal).doesNotExist();
        assertThat(RawSqlite.column(crash.file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    // 5: a "newer" file re-declaring a table

    @Test
    void aNewerFileWhoseDealTableLostItsTypesIsRefusedNotReadAsZero() throws Exception {
        Path file = copyOfDealsWorkbook("newer.hourglass");
        RawSqlite.execute(file, "PRAGMA foreign_keys = OFF",
                "CREATE TABLE deal_copy AS SELECT * FROM deal", "DROP TABLE deal",
                "CREATE TABLE deal (row_key INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL REFERENCES dataset(id) "
                        + "ON DELETE CASCADE, deal_id TEXT NOT NULL, amount, stage INTEGER NOT NULL, close_date INTEGER,"
                        + " outcome INTEGER NOT NULL, segment INTEGER NOT NULL, competitor INTEGER NOT NULL, owner "
                        + "INTEGER NOT NULL, team INTEGER NOT NULL, source INTEGER NOT NULL, original_close_date "
                        + "INTEGER, created_date INTEGER, include INTEGER)",
                "INSERT INTO deal SELECT * FROM deal_copy", "DROP TABLE deal_copy",
                "UPDATE deal SET amount = '25000 USD' WHERE row_key % 3 = 0",
                "UPDATE deal SET amount = 'lots' WHERE row_key % 3 = 1",
                "UPDATE deal SET amount = x'00ff' WHERE row_key % 3 = 2",
                "PRAGMA user_version = " + (Migrations.CURRENT_VERSION + 1));
        String before = hash(file);

        for (boolean readOnly : new boolean[] {true, false}) {
            assertThatThrownBy(() -> (readOnly ? Workbook.openReadOnly(file, CODEC) : Workbook.open(file, CODEC)).close())
                    .isInstanceOf(WorkbookException.class)
                    .hasMessage("newer.hourglass was changed outside Hourglass and is not opened (missing or changed "
                            + "table deal)");
        }
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void aNewerFileMayAddTablesButNotIndexesOnTheTablesThisVersionReads() throws Exception {
        Path file = copyOfDealsWorkbook("newer.hourglass");
        RawSqlite.execute(file, "CREATE TABLE forecast_note (id INTEGER PRIMARY KEY, body TEXT)",
                "CREATE INDEX forecast_note_by_body ON forecast_note(body)",
                "PRAGMA user_version = " + (Migrations.CURRENT_VERSION + 1));
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            assertThat(workbook.isReadOnly()).isTrue();
            assertThat(readDeals(workbook)).isEqualTo(2000);
        }
        RawSqlite.execute(file, "CREATE INDEX deal_by_amount ON deal(amount)");
        assertThatThrownBy(() -> Workbook.openReadOnly(file, CODEC))
                .hasMessage("newer.hourglass was changed outside Hourglass and is not opened (unexpected index "
                        + "deal_by_amount)");
    }

    // 6: a stale UNIQUE index

    @Test
    void twoScenariosSharingANameBehindAStaleUniqueIndexAreRefused() throws Exception {
        Path file = dir.resolve("stale.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", CODEC)) {
            workbook.addScenario(SeedScenarios.baseCase());
            workbook.addScenario(SeedScenarios.nrr110());
        }
        makeTheScenarioNameIndexStale(file);
        assertThat(RawSqlite.column(file, "PRAGMA quick_check")).containsExactly("ok");
        assertThat(RawSqlite.column(file, "SELECT count(*) FROM scenario NOT INDEXED WHERE name = 'Seed base case'"))
                .containsExactly("2");
        String before = hash(file);

        for (boolean readOnly : new boolean[] {true, false}) {
            assertThatThrownBy(() -> (readOnly ? Workbook.openReadOnly(file, CODEC) : Workbook.open(file, CODEC)).close())
                    .isInstanceOf(WorkbookException.class)
                    .hasMessageStartingWith("stale.hourglass is damaged and cannot be opened: ")
                    .hasMessageContaining("sqlite_autoindex_scenario_1")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(Reason.DAMAGED);
        }
        assertThat(hash(file)).isEqualTo(before);
    }

    /** Renames the second scenario to the first one's name while SQLite believes the table has no UNIQUE name. */
    private static void makeTheScenarioNameIndexStale(Path file) throws Exception {
        String root = RawSqlite.column(file,
                "SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_scenario_1'").get(0);
        String declared = RawSqlite.column(file, "SELECT sql FROM sqlite_schema WHERE name = 'scenario'").get(0);
        RawSqlite.execute(file, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_schema SET sql = '" + declared.replace("name TEXT NOT NULL UNIQUE", "name TEXT NOT NULL")
                        .replace("'", "''") + "' WHERE name = 'scenario'",
                "DELETE FROM sqlite_schema WHERE name = 'sqlite_autoindex_scenario_1'");
        RawSqlite.execute(file, "UPDATE scenario SET name = (SELECT name FROM scenario WHERE position = 0) "
                + "WHERE position = 1");
        RawSqlite.execute(file, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_schema SET sql = '" + declared.replace("'", "''") + "' WHERE name = 'scenario'",
                "INSERT INTO sqlite_schema VALUES ('index', 'sqlite_autoindex_scenario_1', 'scenario', " + root
                        + ", NULL)");
    }

    // 7: a row count that lies

    @Test
    void aRowCountThatLiesIsRefusedBeforeAnythingIsSizedByIt() throws Exception {
        for (long claimed : new long[] {1_500_000_000L, -7, 1999}) {
            Path file = copyOfDealsWorkbook("count.hourglass");
            RawSqlite.execute(file, "UPDATE dataset SET row_count = " + claimed);
            String before = hash(file);
            try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
                assertThatThrownBy(workbook::datasets).isInstanceOf(WorkbookException.class)
                        .hasMessage("count.hourglass is damaged and cannot be opened: its imported data 'CRM' says it "
                                + "has " + claimed + " rows but 2000 are stored");
                assertThatThrownBy(() -> workbook.readDeals(1, deal -> { }))
                        .hasMessageContaining("says it has " + claimed + " rows but 2000 are stored");
            }
            assertThat(hash(file)).isEqualTo(before);
            Files.delete(file);
        }
    }

    // 11: failed imports

    @Test
    void aFailedImportIntoANewPathLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("new.hourglass");
        assertThatThrownBy(() -> Workbook.createFilled(file, "USD", "en-US", CODEC, workbook ->
                workbook.importDeals("CRM", "crm.csv", StageSetup.defaults(), "{}", sink -> {
                    for (int i = 0; i < 50_000; i++) {
                        sink.accept(new Deal("D" + i, i, "Discovery", LocalDate.of(2024, 1, 1), Outcome.OPEN, "", "",
                                "", "", "", null, null, null));
                    }
                    throw new IOException("crm.csv, line 50002: not valid UTF-8");
                }))).isInstanceOf(IOException.class).hasMessageContaining("line 50002");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }

        List<String> names = Workbook.createFilled(file, "USD", "en-US", CODEC,
                workbook -> List.of(workbook.addScenario(SeedScenarios.baseCase()).name()));
        assertThat(names).containsExactly("Seed base case");
        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            assertThat(workbook.scenarios()).extracting(StoredScenario::name).containsExactly("Seed base case");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("new.hourglass");
        }
    }

    @Test
    void aFailedImportIntoAnExistingWorkbookLeavesItAsItWasWithoutAJournal() throws Exception {
        Path file = copyOfDealsWorkbook("w.hourglass");
        String before = hash(file);
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            RawPragma.set(workbook, "cache_size", 10); // pages spill into the file before the import fails
            assertThatThrownBy(() -> workbook.importDeals("CRM 2", "crm.csv", StageSetup.defaults(), "{}", sink -> {
                for (int i = 0; i < 50_000; i++) {
                    sink.accept(new Deal("D" + i, i, "Discovery", LocalDate.of(2024, 1, 1), Outcome.OPEN, "", "", "",
                            "", "", null, null, null));
                }
                throw new IOException("crm.csv, line 50002: not valid UTF-8");
            })).isInstanceOf(IOException.class);
            assertThat(dir.resolve("w.hourglass-journal")).doesNotExist();
            assertThat(workbook.datasets()).hasSize(1);
        }
        assertThat(hash(file)).isEqualTo(before);
    }

    // 12: what the path is

    @Test
    void aPathThatIsNoOrdinaryFileIsCalledWhatItIs() throws Exception {
        Path fifo = dir.resolve("pipe.hourglass");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.createDirectory(dir.resolve("folder.hourglass"));

        assertThatThrownBy(() -> Workbook.openReadOnly(fifo, CODEC))
                .hasMessage("pipe.hourglass is a named pipe (FIFO), not a Hourglass workbook");
        assertThatThrownBy(() -> Workbook.openReadOnly(Path.of("/dev/zero"), CODEC))
                .hasMessage("zero is a character device (such as /dev/zero), not a Hourglass workbook");
        assertThatThrownBy(() -> Workbook.openReadOnly(dir.resolve("folder.hourglass"), CODEC))
                .hasMessage("folder.hourglass is a folder, not a Hourglass workbook");
    }

    @Test
    void aPathTooLongForSqliteIsRefusedInOneSentenceAndOneJustShortEnoughOpens() throws Exception {
        Path absolute = dir.toAbsolutePath();
        String name = "w.hourglass";
        int room = WorkbookPath.MAX_PATH_BYTES - absolute.toString().length() - 1 - name.length();
        Path folder = absolute;
        while (room > 201) { // folders of 200 bytes, each with its separator; the rest goes into the file name
            folder = folder.resolve("x".repeat(200));
            room -= 201;
        }
        Path fits = folder.resolve("x".repeat(room) + name);
        Files.createDirectories(folder);
        Files.write(fits, dealsWorkbook);
        assertThat(fits.toString().getBytes(StandardCharsets.UTF_8).length).isEqualTo(WorkbookPath.MAX_PATH_BYTES);
        try (Workbook workbook = Workbook.openReadOnly(fits, CODEC)) {
            assertThat(readDeals(workbook)).isEqualTo(2000);
        }

        Path tooLong = folder.resolve("y".repeat(room + 1) + name);
        Files.write(tooLong, dealsWorkbook);
        assertThat(tooLong.toString().length()).isEqualTo(WorkbookPath.MAX_PATH_BYTES + 1);
        assertThatThrownBy(() -> Workbook.openReadOnly(tooLong, CODEC))
                .hasMessage(tooLong.getFileName() + " cannot be opened: its path is " + (WorkbookPath.MAX_PATH_BYTES + 1)
                        + " bytes long and a workbook's may have at most " + WorkbookPath.MAX_PATH_BYTES
                        + " (SQLite's limit); move it to a folder with a shorter path.");

        Path newTooLong = folder.resolve("z".repeat(room - 9) + name);
        assertThat(newTooLong.toString().length()).isEqualTo(WorkbookPath.MAX_NEW_PATH_BYTES + 1);
        assertThatThrownBy(() -> Workbook.create(newTooLong, "USD", "en-US", CODEC))
                .hasMessage(newTooLong.getFileName() + " cannot be created: its path is "
                        + (WorkbookPath.MAX_NEW_PATH_BYTES + 1) + " bytes long and a new workbook's may have at most "
                        + WorkbookPath.MAX_NEW_PATH_BYTES + " (SQLite's limit); choose a folder with a shorter path.");
        assertThat(newTooLong).doesNotExist();
        Path newFits = folder.resolve("z".repeat(room - 10) + name);
        Workbook.create(newFits, "USD", "en-US", CODEC).close();
        assertThat(newFits).exists();
    }

    // helpers

    /** A workbook and the hot journal a save cut short left beside it (see InterruptedSaveTest). */
    private record Crash(Path file, Path journal, Path journalCopy) {
    }

    private Crash crashWhileSaving(String name) throws Exception {
        Path source = dir.resolve("source-of-" + name);
        try (Workbook workbook = Workbook.create(source, "USD", "en-US", CODEC)) {
            workbook.addScenario(SeedScenarios.baseCase());
        }
        Path crashed = dir.resolve(name);
        Path journal = dir.resolve(name + "-journal");
        Path journalCopy = dir.resolve("kept-" + name + "-journal");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = 10");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scenario_version (scenario_id, "
                    + "saved_at, note, inputs) VALUES (1, '2026-01-01T00:00:00Z', ?, ?)")) {
                for (int i = 0; i < 2_000; i++) {
                    insert.setString(1, "spill " + i);
                    insert.setString(2, "x".repeat(2_000));
                    insert.executeUpdate();
                }
            }
            Files.copy(source, crashed, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(source.resolveSibling(source.getFileName() + "-journal"), journal);
            Files.copy(journal, journalCopy);
            connection.rollback();
        }
        Files.delete(source);
        assertThat(Files.size(journal)).isPositive();
        return new Crash(crashed, journal, journalCopy);
    }

    private static long readDeals(Workbook workbook) throws WorkbookException {
        long[] read = {0};
        for (Dataset dataset : workbook.datasets(Dataset.Kind.DEALS)) {
            workbook.readDeals(dataset.id(), deal -> read[0]++);
        }
        return read[0];
    }

    private static String hash(Path file) throws Exception {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "absent";
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
