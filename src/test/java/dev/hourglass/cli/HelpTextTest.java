package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
}
