package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectPipelineTest {
    private static final String[] PERIOD = {"--from", "2017-01-01", "--to", "2017-03-31", "--target", "1500"};

    @TempDir
    Path dir;

    @Test
    void onlyAFileThePeriodAndTheTargetEachOnceAreRunWithoutPicocli() {
        assertThat(DirectPipeline.command(args("pipeline", "d.csv"))).isPresent();
        assertThat(DirectPipeline.command(args("pipeline", "d.csv", "--json"))).isPresent();
        assertThat(DirectPipeline.command(new String[] {"pipeline", "--json", "--target", "1e9", "--to", "2017-03-31",
            "d.csv", "--from", "2017-01-01"})).isPresent();
        Stream.of(new String[] {"pipeline", "d.csv", "--from", "2017-01-01", "--to", "2017-03-31"},
                args("pipeline", "d.csv", "--json", "--json"), args("pipeline", "d.csv", "e.csv"),
                args("pipeline", "d.csv", "--odds"), args("pipeline", "-h"), args("pipeline", "@args.txt"),
                args("pipeline", ""), args("cohorts", "d.csv"), args("pipeline", "d\0.csv"),
                new String[] {"pipeline", "d.csv", "--from", "2017-01-01", "--to", "2017-03-31", "--target", "-5"},
                new String[] {"pipeline", "d.csv", "--from", "2017-01-01", "--to", "2017-03-31", "--target", "1,500"},
                new String[] {"pipeline", "d.csv", "--from", "1/1/2017", "--to", "2017-03-31", "--target", "1"},
                new String[] {"pipeline", "d.csv", "--from", "2017-04-01", "--to", "2017-03-31", "--target", "1"},
                new String[] {"pipeline", "d.csv", "--from=2017-01-01", "--to", "2017-03-31", "--target", "1"},
                new String[] {"pipeline", "d.csv", "--from", "2017-01-01", "--from", "2017-01-01", "--to",
                    "2017-03-31", "--target", "1"},
                new String[] {"pipeline", "--from", "2017-01-01", "--to", "2017-03-31", "--target", "1", "--json"})
                .forEach(a -> assertThat(DirectPipeline.command(a)).as(Arrays.toString(a)).isEmpty());
    }

    /** {@code --coverage-floor 3} is the default, but it makes the command line go through picocli. */
    @Test
    void printsWhatPicocliRunsPrintOnGoodAndBadInput() throws Exception {
        Path deals = write("deals.csv", "id,amount,stage,closeDate,outcome,segment\n"
                + "W1,300,Redlining,2017-02-01,WON,SMB\nL1,100,Short list,2017-02-02,LOST_COMPETITION,SMB\n"
                + "C1,1000,Negotiating,2017-03-15,OPEN,Enterprise\nX1,oops,Redlining,2017-02-01,WON,SMB\n");
        Path unusable = write("unusable.csv", "id,amount,stage,closeDate,outcome\nX,oops,Won,2017-02-01,WON\n");
        Path exports = Path.of("src/test/resources/exports");
        Path workbook = dir.resolve("deals.hourglass");
        assertThat(CliRunner.run("import-data", workbook.toString(), deals.toString(), "--kind", "deals").exitCode())
                .isZero();
        for (Path file : new Path[] {deals, unusable, exports.resolve("salesforce-opportunities.csv"),
            exports.resolve("hubspot-deals-report.xlsx"), workbook, dir.resolve("missing.csv"), dir}) {
            for (boolean json : new boolean[] {true, false}) {
                String[] direct = json ? args("pipeline", file.toString(), "--json") : args("pipeline", file.toString());
                assertThat(DirectPipeline.command(direct)).isPresent();
                CliRunner viaPicocli = CliRunner.run(withFloor(direct));
                CliRunner run = CliRunner.run(direct);
                assertThat(run).as(Arrays.toString(direct)).isEqualTo(viaPicocli);
            }
        }
        CliRunner run = CliRunner.run(args("pipeline", deals.toString(), "--json"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"rowsRead\" : 4");
        assertThat(run.err()).contains("1 row of deals.csv left out");
        assertThat(CliRunner.run(args("pipeline", unusable.toString())).exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(CliRunner.run(args("pipeline", dir.resolve("missing.csv").toString())).err())
                .startsWith("hourglass pipeline: ");
    }

    private static String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        all.addAll(List.of(PERIOD));
        return all.toArray(String[]::new);
    }

    private static String[] withFloor(String[] args) {
        String[] more = Arrays.copyOf(args, args.length + 2);
        more[args.length] = "--coverage-floor";
        more[args.length + 1] = "3";
        return more;
    }

    private Path write(String name, String content) throws Exception {
        return TestFiles.write(dir, name, content);
    }
}
