package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcRangesTest {
    /** Only ACV is a range; year-one gross profit = ACV · margin is linear in it. */
    private static final String ACV_RANGE = """
            { "format": "hourglass-scenario", "version": 2, "name": "ACV range",
              "drivers": { "acv": { "low": 20000, "likely": 24000, "high": 30000 }, "grossMargin": 0.8,
                           "cac": 18000, "annualLogoChurn": 0.18 },
              "unitEconomics": {} }""";

    @TempDir
    Path dir;

    @Test
    void bandsOfAnOutputLinearInAcvMatchTheClosedForm() throws Exception {
        Path file = write(ACV_RANGE);
        CliRunner run = CliRunner.run("calc", file.toString(), "--runs", "10000", "--seed", "1", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        // the deterministic figures use the likely ACV
        assertThat(r.at("/unitEconomics/yearOneGrossProfit").asDouble()).isEqualTo(19_200);
        assertThat(r.get("runs").asInt()).isEqualTo(10_000);
        JsonNode gp = r.at("/bands/unitEconomics.yearOneGrossProfit");
        // median of the triangle (20,000; 24,000; 30,000): 30,000 − √(10,000 · 6,000 / 2) = 24,522.8;
        // its sampling error over 10,000 runs is about 27 in ACV (1 / (2 f(m) √n)), so 0.8 · 110 allows four
        assertThat(gp.get("p50").asDouble()).isEqualTo(0.8 * (30_000 - Math.sqrt(10_000 * 6_000 / 2.0)), within(88.0));
        assertThat(gp.get("mean").asDouble()).isEqualTo(0.8 * 74_000 / 3, within(48.0));
        assertThat(gp.get("p10").asDouble()).isLessThan(gp.get("p50").asDouble());
        assertThat(gp.get("p90").asDouble()).isGreaterThan(gp.get("p50").asDouble()).isLessThan(0.8 * 30_000);
        // CAC and churn are plain numbers, so the lifetime does not move: no band
        assertThat(r.at("/bands").has("unitEconomics.averageLifetimeYears")).isFalse();
        assertThat(r.at("/bands").has("unitEconomics.ltv")).isTrue();
    }

    @Test
    void theSameSeedPrintsTheSameBands() throws Exception {
        Path file = write(ACV_RANGE);
        CliRunner one = CliRunner.run("calc", file.toString(), "--runs", "3000", "--seed", "1", "--json");
        CliRunner two = CliRunner.run("calc", file.toString(), "--runs", "3000", "--seed", "1", "--json");
        CliRunner other = CliRunner.run("calc", file.toString(), "--runs", "3000", "--seed", "2", "--json");
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(other.out()).isNotEqualTo(one.out());
    }

    @Test
    void withoutRangesThereIsNoBandsKey() throws Exception {
        Path file = Path.of(CalcRangesTest.class.getResource("/scenarios/seed-checks.json").toURI());
        CliRunner run = CliRunner.run("calc", file.toString(), "--runs", "100", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.has("bands")).isFalse();
        assertThat(r.has("runs")).isFalse();
    }

    @Test
    void theTableEndsWithTheBands() throws Exception {
        CliRunner run = CliRunner.run("calc", write(ACV_RANGE).toString(), "--runs", "1000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ranges: P10 / P50 / P90 of 1,000 runs (seed 1)")
                .containsPattern("Year-one gross profit +\\$19,200\n")
                .containsPattern("Year-one gross profit +\\$1[67],[0-9]{3} / \\$19,[0-9]{3} / \\$2[12],[0-9]{3}\n");
    }

    @Test
    void aRunCountOutOfRangeIsBadUsage() throws Exception {
        CliRunner run = CliRunner.run("calc", write(ACV_RANGE).toString(), "--runs", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--runs must be between 1 and 1000000, got 0");
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("acv-range.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
