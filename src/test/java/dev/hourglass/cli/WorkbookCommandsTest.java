package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.io.json.ScenarioJsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list, export, import and import-data of cli.md against real workbook files. */
class WorkbookCommandsTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers compare by value: 0.80 in a hand-written file is 0.8 when written back. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1;

    @TempDir
    Path dir;

    @Test
    void aScenarioRoundTripsFromJsonThroughTheWorkbookBackToJson() throws Exception {
        Path workbook = dir.resolve("client.hourglass");
        CliRunner imported = CliRunner.run("import", workbook.toString(), SEED.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Added scenario 'Seed checks' to client.hourglass");

        CliRunner exported = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks", "--json");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        // The seed file is version 1; export writes it as version 2 (docs/scenario-format.md), the same scenario.
        JsonNode original = JSON.readTree(ScenarioJsonWriter.toJson(ScenarioJsonReader.read(SEED)));
        assertThat(original.get("version").asInt()).isEqualTo(2);
        JsonNode roundTripped = JSON.readTree(exported.out());
        assertThat(original.equals(SAME_VALUE, roundTripped)).as(exported.out()).isTrue();

        // and the exported file itself round-trips byte for byte
        Path again = dir.resolve("again.json");
        Files.writeString(again, exported.out());
        CliRunner.run("import", workbook.toString(), again.toString());
        CliRunner secondExport = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks (2)");
        assertThat(secondExport.out()).isEqualTo(exported.out().replace("\"Seed checks\"", "\"Seed checks (2)\""));
    }

    @Test
    void listShowsScenariosAndDataAndNeverChangesTheFile() throws Exception {
        Path workbook = dir.resolve("list.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());
        Path deals = dir.resolve("deals.csv");
        CliRunner.run("generate", "deals", "--rows", "500", "--seed", "1", "--out", deals.toString());
        CliRunner data = CliRunner.run("import-data", workbook.toString(), deals.toString(), "--kind", "deals");
        assertThat(data.exitCode()).as(data.err()).isZero();
        assertThat(data.out()).contains("Imported 500 deals from deals.csv into list.hourglass (500 rows read, 0 left out)");
        byte[] before = Files.readAllBytes(workbook);

        CliRunner list = CliRunner.run("list", workbook.toString(), "--json");
        assertThat(list.exitCode()).isZero();
        JsonNode json = JSON.readTree(list.out());
        assertThat(json.get("scenarios").get(0).get("name").asText()).isEqualTo("Seed checks");
        assertThat(json.get("datasets").get(0).get("rows").asLong()).isEqualTo(500);
        assertThat(json.get("datasets").get(0).get("kind").asText()).isEqualTo("deals");
        assertThat(CliRunner.run("list", workbook.toString()).out()).contains("Seed checks", "deals.csv", "500");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void importDataReportsLeftOutRowsAndImportsNothingFromAFileWithNoUsableRow() throws Exception {
        Path workbook = dir.resolve("data.hourglass");
        Path messy = dir.resolve("messy.csv");
        Files.writeString(messy, "\uFEFFid;amount;stage;closeDate;outcome\n1;100;Redlining;2017-02-01;WON\n"
                + "2;abc;Redlining;2017-02-01;WON\n", StandardCharsets.UTF_8);
        CliRunner partly = CliRunner.run("import-data", workbook.toString(), messy.toString(), "--kind", "deals");
        assertThat(partly.exitCode()).isZero();
        assertThat(partly.err()).contains("messy.csv, line 3, column 'amount': amount is not a number ('abc')");

        Path useless = dir.resolve("useless.csv");
        Files.writeString(useless, "id,amount,stage,closeDate,outcome\n1,-4,Redlining,2017-02-01,WON\n");
        CliRunner none = CliRunner.run("import-data", workbook.toString(), useless.toString(), "--kind", "deals");
        assertThat(none.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(none.err()).contains("useless.csv: no usable deal in 1 row");
        JsonNode datasets = JSON.readTree(CliRunner.run("list", workbook.toString(), "--json").out()).get("datasets");
        assertThat(datasets).hasSize(1);
    }

    @Test
    void aLedgerImportsAndIsListed() throws Exception {
        Path workbook = dir.resolve("ledger.hourglass");
        Path ledger = dir.resolve("ledger.csv");
        CliRunner.run("generate", "ledger", "--rows", "2000", "--seed", "3", "--out", ledger.toString());
        CliRunner data = CliRunner.run("import-data", workbook.toString(), ledger.toString(), "--kind", "ledger");
        assertThat(data.exitCode()).as(data.err()).isZero();
        assertThat(data.out()).contains("ledger rows from ledger.csv");
        assertThat(CliRunner.run("list", workbook.toString()).out()).contains("ledger.csv", "ledger");
    }

    @Test
    void badWorkbooksAndMissingScenariosAreClearErrors() throws Exception {
        Path notAWorkbook = dir.resolve("notes.hourglass");
        Files.writeString(notAWorkbook, "just some notes");
        CliRunner list = CliRunner.run("list", notAWorkbook.toString());
        assertThat(list.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(list.err()).isEqualTo("hourglass list: notes.hourglass is not a Hourglass workbook (not an SQLite "
                + "file)" + System.lineSeparator());

        Path workbook = dir.resolve("w.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());
        CliRunner missing = CliRunner.run("export", workbook.toString(), "--scenario", "Nope");
        assertThat(missing.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(missing.err()).contains("w.hourglass has no scenario named 'Nope' (it has: Seed checks)");

        CliRunner absent = CliRunner.run("list", dir.resolve("absent.hourglass").toString());
        assertThat(absent.err()).contains("absent.hourglass does not exist");
        // without --kind the kind comes from the file's header: a file that is not there is bad input, not usage
        CliRunner noFile = CliRunner.run("import-data", workbook.toString(), "x.csv");
        assertThat(noFile.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(noFile.err()).contains("x.csv");
    }

    @Test
    void aFailedImportIntoANewWorkbookLeavesNoFileAndOneIntoAnExistingOneChangesNothing() throws Exception {
        Path deals = dir.resolve("deals.csv");
        StringBuilder csv = new StringBuilder("id,amount,stage,close_date,outcome\n");
        for (int i = 0; i < 200_000; i++) { // past what the reader samples to choose the encoding
            csv.append("D").append(i).append(",").append(1000 + i).append(",Discovery,2024-03-01,open\n");
        }
        Files.write(deals, csv.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(deals, new byte[] {'D', 'x', ',', (byte) 0xff, (byte) 0xfe, ',', 'x', '\n'},
                StandardOpenOption.APPEND);

        CliRunner intoNew = CliRunner.run("import-data", dir.resolve("new.hourglass").toString(), deals.toString());
        assertThat(intoNew.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(intoNew.err()).contains("deals.csv, line 200002: not valid UTF-8");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("deals.csv");
        }

        Path existing = dir.resolve("w.hourglass");
        CliRunner.run("import", existing.toString(), SEED.toString());
        byte[] before = Files.readAllBytes(existing);
        CliRunner intoExisting = CliRunner.run("import-data", existing.toString(), deals.toString());
        assertThat(intoExisting.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);
        assertThat(dir.resolve("w.hourglass-journal")).doesNotExist();
    }

    @Test
    void aLockFileLinkShippedBesideAWorkbookIsNeverWrittenThrough() throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Files.createSymbolicLink(dir.resolve(".w.hourglass.lock"), victim.getFileName());

        CliRunner created = CliRunner.run("import", dir.resolve("w.hourglass").toString(), SEED.toString());
        assertThat(created.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(created.err()).isEqualTo("hourglass import: w.hourglass is not opened: .w.hourglass.lock beside it "
                + "is a symbolic link, not a file Hourglass wrote, and writing it would change that file. Delete "
                + ".w.hourglass.lock and try again." + System.lineSeparator());
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(dir.resolve("w.hourglass")).doesNotExist();
    }

    @Test
    void listAfterACrashReadsTheStateBeforeTheSaveAndWritesNothing() throws Exception {
        Path source = dir.resolve("source.hourglass");
        CliRunner.run("import", source.toString(), SEED.toString());
        Path crashed = dir.resolve("crashed.hourglass");
        Path journal = dir.resolve("crashed.hourglass-journal");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source)) {
            connection.createStatement().execute("PRAGMA cache_size = 10"); // pages reach the file mid-save
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO scenario (name, position, inputs, modified_at) "
                    + "VALUES (?, ?, '{}', '2026-01-01T00:00:00Z')")) {
                for (int i = 0; i < 3_000; i++) {
                    insert.setString(1, "half-saved " + i + " " + "x".repeat(1_000));
                    insert.setInt(2, i + 1);
                    insert.executeUpdate();
                }
            }
            Files.copy(source, crashed);
            Files.copy(dir.resolve("source.hourglass-journal"), journal);
            connection.rollback();
        }
        byte[] fileBefore = Files.readAllBytes(crashed);
        byte[] journalBefore = Files.readAllBytes(journal);

        CliRunner list = CliRunner.run("list", crashed.toString(), "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(JSON.readTree(list.out()).get("scenarios")).hasSize(1);
        assertThat(Files.readAllBytes(crashed)).isEqualTo(fileBefore);
        assertThat(Files.readAllBytes(journal)).isEqualTo(journalBefore);
        assertThat(list.err()).startsWith("Note: a save of crashed.hourglass was cut short (a crash?); it is read as "
                + "it was before that save and left unchanged.");
        String name = JSON.readTree(list.out()).get("scenarios").get(0).get("name").asText();
        CliRunner export = CliRunner.run("export", crashed.toString(), "--scenario", name, "--out",
                dir.resolve("out.json").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).startsWith("Note: a save of crashed.hourglass was cut short");
        assertThat(Files.readAllBytes(crashed)).isEqualTo(fileBefore);

        CliRunner recovered = CliRunner.run("import", crashed.toString(), SEED.toString());
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(journal).doesNotExist();
        CliRunner after = CliRunner.run("list", crashed.toString(), "--json");
        assertThat(after.err()).isEmpty();
        assertThat(JSON.readTree(after.out()).get("scenarios")).hasSize(2);
    }
}
