package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OddsCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "id,amount,stage,closeDate,outcome,segment\n";
    /* Won 300 in Q1; open: C1 1000 at Negotiating (Commit, 0.9), B1 500 at Long list (Best case, 0.6); 3 closed deals
     * are too few to learn from, so the category rates hold. Runs: 300 (.04), 800 (.06), 1300 (.36), 1800 (.54). */
    private static final String DEALS = HEADER
            + "W1,300,Redlining,2017-02-01,WON,SMB\n"
            + "L1,100,Short list,2017-02-02,LOST_COMPETITION,SMB\n"
            + "N1,200,Long list,2017-03-31,LOST_NO_DECISION,Enterprise\n"
            + "C1,1000,Negotiating,2017-03-15,OPEN,Enterprise\n"
            + "B1,500,Long list,2017-03-15,OPEN,SMB\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private JsonNode pipelineOdds(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("pipeline", write("deals.csv", DEALS).toString(), "--from",
                "2017-01-01", "--to", "2017-03-31", "--target", "1000", "--odds", "--json"));
        args.addAll(List.of(extra));
        CliRunner run = CliRunner.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void pipelineOddsJsonHasTheKeysOfForecastMdWithHandCheckedFigures() throws Exception {
        JsonNode odds = pipelineOdds().get("odds");

        assertThat(odds.fieldNames()).toIterable().containsExactly("runs", "seed", "method", "won", "p10", "p50",
                "p90", "mean", "probabilityOfTarget", "newDeals", "deals");
        assertThat(odds.get("runs").asInt()).isEqualTo(10_000);
        assertThat(odds.get("seed").asInt()).isEqualTo(1);
        assertThat(odds.get("method").asText()).isEqualTo("categoryRates");
        assertThat(odds.get("won").asDouble()).isEqualTo(300);
        assertThat(odds.get("p50").asDouble()).isEqualTo(1800);
        assertThat(odds.get("p90").asDouble()).isEqualTo(1800);
        // mean 300 + 900 + 300 = 1500; P(≥ 1000) = .36 + .54
        assertThat(odds.get("mean").asDouble()).isCloseTo(1500, within(15.0));
        assertThat(odds.get("probabilityOfTarget").asDouble()).isCloseTo(0.9, within(0.015));
        assertThat(odds.at("/newDeals/mean").isNull()).isTrue();
        JsonNode first = odds.at("/deals/0");
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "amount", "winProbability",
                "slipProbability", "expected", "swing");
        assertThat(first.get("id").asText()).isEqualTo("C1");
        assertThat(first.get("winProbability").asDouble()).isEqualTo(0.9);
        assertThat(first.get("slipProbability").asDouble()).isEqualTo(0);
        assertThat(first.get("expected").asDouble()).isEqualTo(900);
        assertThat(first.get("swing").asDouble()).isCloseTo(600, within(1e-9));
        assertThat(odds.at("/deals/1/id").asText()).isEqualTo("B1");
    }

    @Test
    void theSameSeedGivesTheSameOddsAndRunsAndSeedAreEchoed() throws Exception {
        JsonNode once = pipelineOdds("--runs", "2000", "--seed", "5").get("odds");
        JsonNode again = pipelineOdds("--runs", "2000", "--seed", "5").get("odds");
        JsonNode other = pipelineOdds("--runs", "2000", "--seed", "6").get("odds");

        assertThat(again).isEqualTo(once);
        assertThat(once.get("runs").asInt()).isEqualTo(2000);
        assertThat(once.get("seed").asInt()).isEqualTo(5);
        assertThat(other.get("probabilityOfTarget")).isNotEqualTo(once.get("probabilityOfTarget"));
    }

    @Test
    void theTextSaysWhichMethodAndNamesTheDeals() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("deals.csv", DEALS).toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "2000", "--odds");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Odds of the period (10,000 runs, seed 1)")
                .contains("categoryRates (fewer than 30 closed deals")
                .containsPattern("P10 / P50 / P90 +(800|1,300) / 1,800 / 1,800")
                .containsPattern("Gap to the target at P50 +200")
                .contains("Deals that move the odds most").containsPattern("C1 +1,000 +90% +0% +900 +600");
    }

    @Test
    void runsWithoutOddsIsAUsageError() throws Exception {
        CliRunner run = CliRunner.run("pipeline", write("deals.csv", DEALS).toString(), "--from", "2017-01-01",
                "--to", "2017-03-31", "--target", "1000", "--runs", "10");

        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(run.err()).contains("--runs and --seed apply with --odds only");
        assertThat(CliRunner.run("pipeline", dir.resolve("deals.csv").toString(), "--from", "2017-01-01", "--to",
                "2017-03-31", "--target", "1000", "--odds", "--runs", "0").err())
                .contains("--runs must be between 1 and 10000000, got 0");
    }

    /*
     * Three exports of one CRM: January, April (given --as-of) and July (its last-modified day). As of 1 April the
     * Q2 deals are A 1000 at Long list (0.6) and B 400 at Negotiating (0.9): runs 0 (.04), 400 (.36), 1000 (.06),
     * 1400 (.54), so P10 400, P50 1400, P90 1400. By July A was won and B lost: actual 1000.
     */
    @Test
    void backtestReplaysTheSnapshotsOfAWorkbook() throws Exception {
        Path workbook = dir.resolve("crm.hourglass");
        String january = HEADER + "A,1000,Short list,2024-05-10,OPEN,SMB\n";
        String april = HEADER + "A,1000,Long list,2024-05-10,OPEN,SMB\nB,400,Negotiating,2024-06-01,OPEN,SMB\n"
                + "W0,700,Redlining,2024-03-01,WON,SMB\n";
        String july = HEADER + "A,1000,Redlining,2024-05-10,WON,SMB\nB,400,Negotiating,2024-06-01,LOST_COMPETITION,SMB\n"
                + "W0,700,Redlining,2024-03-01,WON,SMB\n";
        importAs(workbook, january, "2024-01-01");
        importAs(workbook, april, "2024-04-01");
        Path file = write("deals.csv", july);
        Files.setLastModifiedTime(file, FileTime.from(LocalDate.of(2024, 7, 1).atTime(12, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRunner run = CliRunner.run("backtest", workbook.toString(), "--period", "quarter", "--target", "1200",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("periods")).hasSize(1);
        JsonNode q2 = r.at("/periods/0");
        assertThat(q2.get("from").asText()).isEqualTo("2024-04-01");
        assertThat(q2.get("to").asText()).isEqualTo("2024-06-30");
        assertThat(q2.get("asOf").asText()).isEqualTo("2024-04-01");
        assertThat(List.of(q2.get("p10").asDouble(), q2.get("p50").asDouble(), q2.get("p90").asDouble(),
                q2.get("actual").asDouble())).containsExactly(400.0, 1400.0, 1400.0, 1000.0);
        double p = q2.get("probabilityOfTarget").asDouble();
        assertThat(p).isCloseTo(0.54, within(0.02));
        JsonNode c = r.get("calibration");
        assertThat(c.get("periods").asInt()).isEqualTo(1);
        assertThat(List.of(c.get("belowP10").asDouble(), c.get("belowP50").asDouble(), c.get("belowP90").asDouble()))
                .containsExactly(0.0, 1.0, 1.0);
        assertThat(c.get("brier").asDouble()).isCloseTo(p * p, within(1e-9));
        assertThat(c.get("verdict").asText()).isEqualTo("tooFewPeriods");

        CliRunner text = CliRunner.run("backtest", workbook.toString(), "--period", "quarter");
        assertThat(text.out()).containsPattern("2024-04-01 +2024-06-30 +2024-04-01 +400 +1,400 +1,400 +1,000")
                .contains("Too few periods");
    }

    private void importAs(Path workbook, String deals, String asOf) throws Exception {
        CliRunner run = CliRunner.run("import-data", workbook.toString(), write("deals.csv", deals).toString(),
                "--as-of", asOf);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void backtestNeedsAWorkbook() throws Exception {
        CliRunner run = CliRunner.run("backtest", write("deals.csv", DEALS).toString(), "--period", "month");

        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).contains("deals.csv is not a workbook");
    }
}
