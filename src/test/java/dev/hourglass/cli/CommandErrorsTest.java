package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A command's bad input reaches the user as "hourglass COMMAND: message" on the command line's err, exit 1. */
class CommandErrorsTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"calc", "sensitivity", "data-table", "goal-seek"})
    void aBadInputExceptionIsTheCommandsMessage(String command) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"name\": ");
        String message = catchThrowableOfType(() -> ScenarioJsonReader.read(broken), BadInputException.class)
                .getMessage();

        CliRunner run = CliRunner.run(argsFor(command, broken));

        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("hourglass " + command + ": " + message + NL);
        assertThat(run.out()).isEmpty();
    }

    /** The command with the options it needs, so that the file is what it refuses. */
    private static String[] argsFor(String command, Path file) {
        return switch (command) {
            case "calc" -> new String[] {"calc", file.toString()};
            case "sensitivity" -> new String[] {"sensitivity", file.toString(), "--output", "x"};
            case "data-table" -> new String[] {"data-table", file.toString(), "--rows", "a", "--columns", "b",
                "--output", "x"};
            default -> new String[] {"goal-seek", file.toString(), "--vary", "a", "--until", "x", "--at-most", "1"};
        };
    }

    @Test
    void aWorkbookExceptionIsTheCommandsMessage() throws Exception {
        Path notAWorkbook = dir.resolve("notes.hourglass");
        Files.writeString(notAWorkbook, "just some text, not a workbook");
        String message = catchThrowableOfType(() -> Workbook.openReadOnly(notAWorkbook, JsonScenarioCodec.INSTANCE),
                WorkbookException.class).getMessage();

        CliRunner list = CliRunner.run("list", notAWorkbook.toString());
        assertThat(list.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(list.err()).isEqualTo("hourglass list: " + message + NL);

        CliRunner compare = CliRunner.run("compare", SEED.toString(), notAWorkbook + "#Seed checks");
        assertThat(compare.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(compare.err()).isEqualTo("hourglass compare: " + message + NL);

        CliRunner importData = CliRunner.run("import-data", notAWorkbook.toString(), "deals.csv", "--kind", "deals");
        assertThat(importData.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(importData.err()).startsWith("hourglass import-data: ");
    }

    @Test
    void anOutputThatCannotBeWrittenNamesTheFile() {
        Path nowhere = dir.resolve("no such folder").resolve("c.csv");
        CliRunner compare = CliRunner.run("compare", SEED.toString(), SEED.toString(), "--csv", nowhere.toString());
        assertThat(compare.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(compare.err()).isEqualTo("hourglass compare: cannot write " + nowhere + " (no such folder)" + NL);
        assertThat(compare.out()).isEmpty();

        Path workbook = dir.resolve("w.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());
        Path json = dir.resolve("missing").resolve("seed.json");
        CliRunner export = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks", "--out",
                json.toString());
        assertThat(export.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(export.err()).startsWith("hourglass export: cannot write " + json + " (").endsWith(")" + NL);
    }

    @Test
    void overflowingWorkbookDataIsRefusedNamingFileAndColumnWithNothingOnStdout() throws Exception {
        Path workbook = dir.resolve("old.hourglass");
        try (Workbook w = Workbook.create(workbook, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            w.importLedger("Billing", "ledger.csv", Ledger.builder()
                    .add("C1", YearMonth.of(2024, 1), 1.7e308).add("C2", YearMonth.of(2024, 1), 1.7e308).build());
            w.importAccounts("CRM", "accounts.csv", List.of(account("A1", 1.7e308), account("A2", 1.7e308)));
        }

        CliRunner cohorts = CliRunner.run("cohorts", "--json", workbook.toString());
        assertThat(cohorts.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(cohorts.out()).isEmpty();
        assertThat(cohorts.err()).isEqualTo("hourglass cohorts: ledger.csv, column 'mrr': the values add up to more"
                + " than a number can hold; no real business has such figures (check the column's values)" + NL);

        CliRunner accounts = CliRunner.run("accounts", "--json", workbook.toString());
        assertThat(accounts.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(accounts.out()).isEmpty();
        assertThat(accounts.err()).startsWith("hourglass accounts: accounts.csv, column 'arr': the values add up");
    }

    @Test
    void aDeviceOrFolderGivenAsDataIsNamedForWhatItIs() {
        CliRunner zero = CliRunner.run("import-data", dir.resolve("w.hourglass").toString(), "/dev/zero", "--kind",
                "ledger");
        assertThat(zero.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(zero.err()).isEqualTo("hourglass import-data: zero is a character device (such as /dev/zero),"
                + " not a file" + NL);
        CliRunner folder = CliRunner.run("pipeline", dir.toString(), "--from", "2024-01-01", "--to", "2024-03-31",
                "--target", "1000");
        assertThat(folder.err()).isEqualTo("hourglass pipeline: " + dir.getFileName() + " is a folder, not a file" + NL);
    }

    private static Account account(String name, double arr) {
        return new Account(name, "", "", "", LocalDate.of(2024, 1, 1), arr, Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), 0, Optional.empty());
    }

    @Test
    void generateSaysWhatIsWrongOnTheCommandLinesErr() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        CliRunner noRows;
        CliRunner noOut;
        CliRunner unwritable;
        Path aFile = dir.resolve("a-file");
        Files.writeString(aFile, "not a folder");
        try {
            noRows = CliRunner.run("generate", "deals");
            noOut = CliRunner.run("generate", "workbook");
            unwritable = CliRunner.run("generate", "workbook", "--out", aFile.resolve("sample.hourglass").toString());
        } finally {
            System.setErr(original);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();

        assertThat(noRows.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(noRows.err()).isEqualTo("hourglass generate: --rows is needed for deals" + NL);
        assertThat(noOut.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(noOut.err()).isEqualTo("hourglass generate: the sample workbook needs --out FILE.hourglass" + NL);
        assertThat(unwritable.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(unwritable.err()).startsWith("hourglass generate: Could not create the folder " + aFile);
    }

    @Test
    void anOutputThatWouldReplaceAnInputIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path workbook = dir.resolve("w.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());
        byte[] before = Files.readAllBytes(workbook);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), workbook);
        Path lock = dir.resolve(".w.hourglass.lock");
        String scenario = workbook + "#Seed checks";
        String w = workbook.toString();
        String read = " (it is the workbook read, which this would replace)" + NL;

        assertRefused(read, workbook, "export", w, "--scenario", "Seed checks", "--xlsx", w);
        assertRefused(read, workbook, "export", w, "--scenario", "Seed checks", "--out", w);
        assertRefused(read, workbook, "export", w, "--scenario", "Seed checks", "--pdf", w);
        assertRefused(read, link, "export", w, "--scenario", "Seed checks", "--out", link.toString());
        assertRefused(" (it is a file the workbook w.hourglass keeps beside it)" + NL, lock,
                "export", w, "--scenario", "Seed checks", "--out", lock.toString());
        assertRefused(read, workbook, "compare", SEED.toString(), scenario, "--csv", w);
        assertRefused(read, workbook, "report", scenario, "--xlsx", w);
        assertRefused(" (it is a workbook, which an export never replaces)" + NL, workbook,
                "generate", "deals", "--rows", "5", "--out", w);
        assertRefused(" (it is the input w.hourglass, which this would replace)" + NL, workbook,
                "import-data", w, w, "--kind", "deals");
        assertRefused(" (it is the input w.hourglass, which this would replace)" + NL, workbook, "import", w, w);
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(lock).doesNotExist();

        Path copy = dir.resolve("seed.json");
        Files.copy(SEED, copy);
        assertRefused(" (it is the input seed.json, which this would replace)" + NL, copy,
                "compare", copy.toString(), SEED.toString(), "--csv", copy.toString());
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(SEED));
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("w.hourglass", "link.json", "seed.json");
    }

    private static void assertRefused(String reason, Path output, String... args) {
        CliRunner run = CliRunner.run(args);
        assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).as(String.join(" ", args))
                .isEqualTo("hourglass " + args[0] + ": cannot write " + output + reason);
        assertThat(run.out()).as(String.join(" ", args)).isEmpty();
    }

    @Test
    void twoOutputsNamingOneFileAreRefusedBeforeEitherIsWritten() throws Exception {
        Path workbook = dir.resolve("w.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());
        Path both = dir.resolve("plan.out");

        CliRunner export = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks", "--xlsx",
                both.toString(), "--pdf", dir.resolve(".").resolve("plan.out").toString());

        assertThat(export.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(export.err()).isEqualTo("hourglass export: cannot write " + dir.resolve(".").resolve("plan.out")
                + " (two outputs of the command name it: the second would replace the first)" + NL);
        assertThat(both).doesNotExist();
    }

    @Test
    void anOutputThatIsAFolderIsOneLineAndTheFolderStays() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.csv"));
        Path workbook = dir.resolve("w.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());

        CliRunner generate = CliRunner.run("generate", "deals", "--rows", "5", "--out", folder.toString());
        CliRunner export = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks", "--out",
                folder.toString());

        assertThat(generate.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(generate.err()).isEqualTo("hourglass generate: cannot write " + folder + " (it is a folder)" + NL);
        assertThat(export.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(export.err()).isEqualTo("hourglass export: cannot write " + folder + " (it is a folder)" + NL);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void generateWritesItsFileWholeOverAnEarlierOne() throws Exception {
        Path deals = Files.writeString(dir.resolve("deals.csv"), "an earlier, longer file that must not linger at the end\n".repeat(50));

        CliRunner generate = CliRunner.run("generate", "deals", "--rows", "3", "--seed", "1", "--out", deals.toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Files.readAllLines(deals)).hasSize(4).first().asString().startsWith("id,amount,stage");
        assertThat(dir.toFile().list()).containsExactly("deals.csv");
    }
}
