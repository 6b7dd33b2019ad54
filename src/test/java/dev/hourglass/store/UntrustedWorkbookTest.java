package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.WorkbookException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook from a client is untrusted input: every damaged, foreign or tampered file is refused or read with a
 * clear {@link WorkbookException} — never another exception, never a hang.
 */
class UntrustedWorkbookTest {
    private static final JsonScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;
    /** The row key of the seventh deal of the first dataset (dataset id 1 in the high 32 bits). */
    private static final String SEVENTH_DEAL = "(SELECT min(row_key) + 6 FROM deal)";
    private static final String[] STAGES = {"Discovery", "Understanding value", "Long list", "Negotiating"};

    @TempDir
    static Path shared;
    static Path real;
    static byte[] realBytes;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildARealWorkbook() throws Exception {
        real = shared.resolve("real.hourglass");
        try (Workbook workbook = Workbook.create(real, "USD", "en-US", CODEC)) {
            for (Scenario scenario : SeedScenarios.all()) {
                StoredScenario stored = workbook.addScenario(scenario);
                workbook.saveScenario(stored.id(), scenario.withDescription("second save"), "note");
            }
            workbook.saveDraft(workbook.scenarios().get(0).id(), SeedScenarios.nrr110().withName("draft"));
            Random random = new Random(3);
            workbook.importDeals("CRM", "crm.csv", StageSetup.defaults(), "{}", sink -> {
                for (int i = 0; i < 3000; i++) {
                    sink.accept(new Deal("D" + i, random.nextInt(100_000), STAGES[random.nextInt(STAGES.length)],
                            LocalDate.of(2017, 1, 1).plusDays(random.nextInt(120)), Outcome.values()[random.nextInt(4)],
                            "Seg" + random.nextInt(3), "", "Owner" + random.nextInt(5), "", "", null, null, null));
                }
            });
            Ledger.Builder ledger = Ledger.builder();
            for (int c = 0; c < 200; c++) {
                for (int m = 0; m < 12; m++) {
                    ledger.add("C" + c, YearMonth.of(2020, 1).plusMonths(m), 100 + c);
                }
            }
            workbook.importLedger("Billing", "ledger.csv", ledger.build());
        }
        realBytes = Files.readAllBytes(real);
    }

    private Path copyOfReal(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, realBytes);
        return file;
    }

    @Test
    void theRealWorkbookItselfReadsWhole() throws Exception {
        Probe outcome = probe(copyOfReal("copy.hourglass"));
        assertThat(outcome.refusal).isNull();
        assertThat(outcome.dealsRead).isEqualTo(3000);
    }

    static Stream<Arguments> foreignFiles() {
        return Stream.of(
                Arguments.of("empty", new byte[0], Reason.NOT_A_WORKBOOK, "is empty"),
                Arguments.of("text", "id,amount\n1,2\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_A_WORKBOOK,
                        "not an SQLite file"),
                Arguments.of("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, Reason.NOT_A_WORKBOOK,
                        "not an SQLite file"),
                Arguments.of("header only", Arrays.copyOf("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 40),
                        Reason.NOT_A_WORKBOOK, "not an SQLite file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignFiles")
    void aFileThatIsNotAWorkbookIsRefusedByName(String label, byte[] content, Reason reason, String message)
            throws Exception {
        Path file = dir.resolve(label.replace(' ', '-') + ".hourglass");
        Files.write(file, content);
        Probe outcome = probe(file);
        assertThat(outcome.refusal).isNotNull();
        assertThat(outcome.refusal.reason()).isEqualTo(reason);
        assertThat(outcome.refusal.getMessage()).startsWith(file.getFileName().toString()).contains(message);
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("other.hourglass");
        RawSqlite.execute(file, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('hello')");
        assertRefused(file, Reason.NOT_A_WORKBOOK, "SQLite database of another application");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("cut.hourglass");
        Files.write(file, Arrays.copyOf(realBytes, realBytes.length / 2 + 100));
        assertRefused(file, Reason.DAMAGED, "truncated");
        Files.write(file, Arrays.copyOf(realBytes, realBytes.length / 2 / 4096 * 4096));
        assertRefused(file, Reason.DAMAGED, "truncated");
    }

    @Test
    void aWorkbookSwitchedToWriteAheadLoggingIsRefused() throws Exception {
        Path file = copyOfReal("wal.hourglass");
        RawSqlite.execute(file, "PRAGMA journal_mode = WAL");
        assertRefused(file, Reason.NOT_A_WORKBOOK, "write-ahead logging");
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("a view added", new String[] {"CREATE VIEW everything AS SELECT * FROM deal"}, "view everything"),
                Arguments.of("a trigger added", new String[] {"CREATE TRIGGER spy AFTER INSERT ON scenario BEGIN "
                        + "DELETE FROM deal; END"}, "trigger spy"),
                Arguments.of("a table dropped", new String[] {"DROP TABLE ledger_row"}, "table ledger_row"),
                Arguments.of("an index added", new String[] {"CREATE INDEX sneaky ON deal(owner)"}, "unexpected index sneaky"),
                Arguments.of("a table added", new String[] {"CREATE TABLE extra (x)"}, "unexpected table extra"),
                Arguments.of("a column type changed", new String[] {"PRAGMA foreign_keys = OFF",
                        "CREATE TABLE ledger_copy AS SELECT * FROM ledger_row", "DROP TABLE ledger_row",
                        "CREATE TABLE ledger_row (row_key INTEGER PRIMARY KEY, dataset_id INTEGER, customer BLOB, "
                                + "month TEXT, mrr TEXT, segment TEXT)",
                        "INSERT INTO ledger_row SELECT * FROM ledger_copy", "DROP TABLE ledger_copy"}, "table ledger_row"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void aWorkbookChangedOutsideHourglassIsRefused(String label, String[] sql, String named) throws Exception {
        Path file = copyOfReal("tampered.hourglass");
        RawSqlite.execute(file, sql);
        assertRefused(file, Reason.TAMPERED, named);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("scenario inputs not JSON", "UPDATE scenario SET inputs = '{\"format\": ' WHERE position = 0",
                        "cannot be read"),
                Arguments.of("scenario inputs out of range", "UPDATE scenario SET inputs = replace(inputs, "
                        + "'\"grossMargin\" : 0.8', '\"grossMargin\" : 1.8')", "gross margin"),
                Arguments.of("unknown outcome", "PRAGMA ignore_check_constraints = ON; UPDATE deal SET outcome = 7 "
                        + "WHERE row_key = " + SEVENTH_DEAL, "CHECK constraint failed in deal"),
                Arguments.of("negative amount", "PRAGMA ignore_check_constraints = ON; UPDATE deal SET amount = -5 "
                        + "WHERE row_key = " + SEVENTH_DEAL, "CHECK constraint failed in deal"),
                Arguments.of("a text code beyond the texts", "UPDATE deal SET owner = 99999 WHERE row_key = "
                        + SEVENTH_DEAL, "reading deals failed"),
                Arguments.of("a text missing", "DELETE FROM dataset_text WHERE code = 3", "text code 3"),
                Arguments.of("garbage time", "UPDATE workbook_meta SET value = 'soon' WHERE key = 'modified_at'", "soon"),
                Arguments.of("orphan rows", "UPDATE deal SET dataset_id = 99 WHERE row_key = " + SEVENTH_DEAL,
                        "point to missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badValuesInsideAWorkbookAreReportedNotThrown(String label, String sql, String mentioned) throws Exception {
        Path file = copyOfReal("bad-row.hourglass");
        RawSqlite.execute(file, sql.split("; "));
        Probe outcome = probe(file);
        assertThat(outcome.refusal).as(label).isNotNull();
        assertThat(outcome.refusal.getMessage()).contains("bad-row.hourglass").containsIgnoringCase(mentioned);
    }

    @Test
    void theTablesAreStrictSoNoRowHoldsTextWhereADateBelongs() throws Exception {
        Path file = copyOfReal("strict.hourglass");
        assertThatThrownBy(() -> RawSqlite.execute(file, "UPDATE deal SET close_date = 'yesterday' WHERE row_key = "
                + SEVENTH_DEAL))
                .hasMessageContaining("cannot store TEXT value in INTEGER column deal.close_date");
    }

    @Test
    void hundredsOfRandomlyDamagedCopiesNeverThrowAnythingButAWorkbookException() throws Exception {
        Random random = new Random(20261125);
        int refused = 0;
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] bytes = realBytes.clone();
            String mutation = mutate(bytes, random);
            Path file = dir.resolve("mutant-" + i + ".hourglass");
            Files.write(file, bytes);
            Probe outcome = probe(file, mutation, i % 2 == 1);
            if (outcome.refusal != null) {
                refused++;
                reasons.add(outcome.refusal.reason().name());
            }
            Files.delete(file);
        }
        // Most mutations hit pages a check notices; a byte inside a text value may pass and read as other text.
        assertThat(refused).isGreaterThan(100);
        assertThat(reasons).contains("DAMAGED");
    }

    private static String mutate(byte[] bytes, Random random) {
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flips + " flipped bits";
            }
            case 1 -> {
                int page = random.nextInt(bytes.length / 4096);
                Arrays.fill(bytes, page * 4096, page * 4096 + 4096, (byte) 0);
                return "page " + page + " zeroed";
            }
            case 2 -> {
                int page = random.nextInt(bytes.length / 4096);
                int at = page * 4096 + random.nextInt(4096);
                int length = Math.min(64, bytes.length - at);
                for (int b = 0; b < length; b++) {
                    bytes[at + b] = (byte) random.nextInt(256);
                }
                return length + " random bytes at " + at;
            }
            default -> {
                int page = 1 + random.nextInt(bytes.length / 4096 - 1);
                int other = 1 + random.nextInt(bytes.length / 4096 - 1);
                byte[] copy = Arrays.copyOfRange(bytes, other * 4096, other * 4096 + 4096);
                System.arraycopy(copy, 0, bytes, page * 4096, 4096);
                return "page " + other + " copied over page " + page;
            }
        }
    }

    private static void assertRefused(Path file, Reason reason, String message) {
        Probe outcome = probe(file);
        assertThat(outcome.refusal).as("refusal of " + file.getFileName()).isNotNull();
        assertThat(outcome.refusal.reason()).isEqualTo(reason);
        assertThat(outcome.refusal.getMessage()).startsWith(file.getFileName().toString()).contains(message);
    }

    /** What opening and reading everything in a file gave: read counts, or the clear refusal. */
    private static final class Probe {
        WorkbookException refusal;
        long dealsRead;
    }

    private static Probe probe(Path file) {
        return probe(file, "as given", false);
    }

    /** Opens (read-only or for writing), reads everything and, when writable, writes. */
    private static Probe probe(Path file, String mutation, boolean readOnly) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Probe outcome = new Probe();
            try (Workbook workbook = readOnly ? Workbook.openReadOnly(file, CODEC) : Workbook.open(file, CODEC)) {
                readEverything(workbook, outcome);
                if (!readOnly) {
                    workbook.addScenario(Scenario.empty("written after reading"));
                }
            } catch (WorkbookException e) {
                assertThat(e.getMessage()).as("message of " + mutation).isNotBlank();
                outcome.refusal = e;
            } catch (Throwable t) {
                fail(file.getFileName() + " (" + mutation + ") threw " + t, t);
            }
            return outcome;
        }, () -> file.getFileName() + " (" + mutation + ") hung");
    }

    private static void readEverything(Workbook workbook, Probe outcome) throws WorkbookException {
        workbook.info();
        for (StoredScenario scenario : workbook.scenarios()) {
            for (ScenarioVersion version : workbook.history(scenario.id())) {
                workbook.version(version.id());
            }
        }
        for (Dataset dataset : workbook.datasets()) {
            if (dataset.kind() == Dataset.Kind.DEALS) {
                workbook.stageSetup(dataset.id());
                workbook.readDeals(dataset.id(), deal -> outcome.dealsRead++);
            } else {
                workbook.readLedger(dataset.id());
            }
        }
    }
}
