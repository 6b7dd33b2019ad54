package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectCohortsTest {
    @TempDir
    Path dir;

    @Test
    void onlyAFileWithOrWithoutJsonIsRunWithoutPicocli() {
        assertThat(DirectCohorts.command(new String[] {"cohorts", "l.csv"})).isPresent();
        assertThat(DirectCohorts.command(new String[] {"cohorts", "l.csv", "--json"})).isPresent();
        assertThat(DirectCohorts.command(new String[] {"cohorts", "--json", "l.csv"})).isPresent();
        Stream.of(new String[] {"cohorts"}, new String[] {"cohorts", "--json"},
                new String[] {"cohorts", "l.csv", "--json", "--json"}, new String[] {"cohorts", "l.csv", "m.csv"},
                new String[] {"cohorts", "-h"}, new String[] {"cohorts", "@args.txt"}, new String[] {"cohorts", ""},
                new String[] {"cohorts", "l.csv", "--kind", "ledger"}, new String[] {"cohorts", "l.csv", "--json=true"},
                new String[] {"pipeline", "l.csv"}, new String[] {"cohorts", "l\0.csv"})
                .forEach(args -> assertThat(DirectCohorts.command(args)).as(Arrays.toString(args)).isEmpty());
    }

    /** {@code --kind ledger} is the default, but it makes the command line go through picocli. */
    @Test
    void printsWhatPicocliRunsPrintOnGoodAndBadInput() throws Exception {
        Path messy = write("ledger.csv", "\uFEFFCustomer;Month;MRR\n\"Acme; Inc.\";2020-01;100\n\n"
                + "\"Acme; Inc.\";2020-02-17;\"150\"\nBeta;2020-01;200\nBeta;2020-01;-300\nBeta;Feb 2020;10\n"
                + "Gamma;2020-02;12.5.0\n");
        Path unusable = write("unusable.csv", "customer,month,mrr\nA,never,1\n");
        Path noHeader = write("empty.csv", "");
        for (Path file : new Path[] {messy, unusable, noHeader, dir.resolve("missing.csv"), dir}) {
            for (boolean json : new boolean[] {true, false}) {
                String[] direct = json ? new String[] {"cohorts", file.toString(), "--json"}
                        : new String[] {"cohorts", file.toString()};
                assertThat(DirectCohorts.command(direct)).isPresent();
                CliRunner viaPicocli = CliRunner.run(withKind(direct));
                CliRunner run = CliRunner.run(direct);
                assertThat(run).as(Arrays.toString(direct)).isEqualTo(viaPicocli);
            }
        }
        assertThat(CliRunner.run("cohorts", messy.toString(), "--json").err()).contains("4 rows of ledger.csv left out");
        assertThat(CliRunner.run("cohorts", unusable.toString()).exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(CliRunner.run("cohorts", dir.resolve("missing.csv").toString()).err())
                .startsWith("hourglass cohorts: ");
    }

    /** Main's path: a plain command line runs and prints to the standard streams; any other is left, untouched. */
    @Test
    void runPlainRunsOnlyThePlainShapesAndPrintsWhatTheFullCommandLinePrints() throws Exception {
        Path ledger = write("ledger.csv", "customer,month,mrr\nA,2020-01,100\nA,2020-02,150\nB,2020-02,5\nB,2020-03,x\n");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream noted = new ByteArrayOutputStream();
        OptionalInt plain;
        OptionalInt other;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(noted, true, StandardCharsets.UTF_8));
            plain = DirectCommand.runPlain(new String[] {"cohorts", ledger.toString(), "--json"});
            other = DirectCommand.runPlain(new String[] {"cohorts", ledger.toString(), "--kind", "ledger"});
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        CliRunner full = CliRunner.run("cohorts", ledger.toString(), "--json", "--kind", "ledger");
        assertThat(plain).hasValue(HourglassCli.OK);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(full.out()).contains("\"mrr\" : 155");
        assertThat(noted.toString(StandardCharsets.UTF_8)).isEqualTo(full.err()).contains("1 row of ledger.csv left out");
        assertThat(other).isEmpty();
    }

    private static String[] withKind(String[] args) {
        String[] more = Arrays.copyOf(args, args.length + 2);
        more[args.length] = "--kind";
        more[args.length + 1] = "ledger";
        return more;
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
