package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.TestFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /** The period's dates read as picocli reads them (LocalDate.parse): the same day, or the same error. */
    @Test
    void readsDatesAsLocalDateParseDoes() {
        List<String> texts = new ArrayList<>(List.of("2016-02-29", "2017-02-29", "2017-02-30", "2017-13-01",
                "2017-00-10", "2017-04-31", "0000-01-01", "9999-12-31", "+2017-01-01", "2017-1-01", "2017/01/01",
                "2017-01-1x", "20170101", "2017-01-01T00:00", " 2017-01-01", "２０１７-01-01", "-017-01-01"));
        for (LocalDate day = LocalDate.of(1999, 12, 25); day.isBefore(LocalDate.of(2001, 1, 10)); day = day.plusDays(1)) {
            texts.add(day.toString());
        }
        for (String text : texts) {
            Object parsed;
            try {
                parsed = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                parsed = DateTimeParseException.class;
            }
            Object read;
            try {
                read = DirectPipeline.isoDate(text);
            } catch (DateTimeParseException e) {
                read = DateTimeParseException.class;
            }
            assertThat(read).as(text).isEqualTo(parsed);
        }
        assertThat(DirectPipeline.isoDate("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
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
