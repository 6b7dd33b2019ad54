package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpTextTest {
    /** A bare "%" in a description makes picocli warn on stderr and print the text unformatted. */
    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String name : new CommandLine(new HourglassCli()).getSubcommands().keySet()) {
                CliRunner help = CliRunner.run(name, "--help");
                assertThat(help.exitCode()).as(name).isZero();
                assertThat(help.out()).as(name).contains("Usage: hourglass " + name);
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    /** cli.md: JSON numbers carry 12 significant digits; no help text may promise unrounded ones. */
    @Test
    void everyJsonOptionSaysTwelveSignificantDigits() {
        for (String name : new String[] {"calc", "pipeline", "cohorts", "funnel", "accounts"}) {
            String help = CliRunner.run(name, "--help").out();
            assertThat(help).as(name).doesNotContain("unrounded").contains("12 significant digits");
        }
    }

    @Test
    void generateAccountsNeedsNoRowsAsItsHelpSays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("accounts.csv");
        CliRunner accounts = CliRunner.run("generate", "accounts", "--seed", "3", "--out", file.toString());
        assertThat(accounts.exitCode()).as(accounts.err()).isZero();
        // a header and the sample workbook's 5,000 accounts
        assertThat(Files.readAllLines(file)).hasSize(5_001);
        assertThat(CliRunner.run("generate", "--help").out().replaceAll("\\s+", " "))
                .contains("accounts default to the sample workbook's 5000");
    }
}
