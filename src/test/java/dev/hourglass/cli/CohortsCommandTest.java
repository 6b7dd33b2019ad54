package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortsCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Semicolons, a BOM, quotes, a blank line, dates instead of months, a duplicate row and two bad rows. */
    private static final String MESSY = "\uFEFFCustomer;Month;MRR\n"
            + "\"Acme; Inc.\";2020-01;100\n"
            + "\n"
            + "\"Acme; Inc.\";2020-02-17;\"150\"\n"
            + "Beta;2020-01;200\n"
            + "Beta;2020-01-31;50\n"
            + "Beta;Feb 2020;10\n"
            + "Gamma;2020-02;12.5.0\n";

    @Test
    void creditNotesAreSummedIntoTheirMonthAndANegativeMonthIsLeftOutWithItsRows() throws Exception {
        CliRunner run = CliRunner.run("cohorts", write("billing.csv", "customer,month,mrr\n"
                + "A,2020-01,100\n"       // line 2
                + "A,2020-01,-40\n"       // line 3: a credit note, A's January is 60
                + "B,2020-01,50\n"        // line 4
                + "A,2020-02,100\n"       // line 5
                + "B,2020-02,30\n"        // line 6
                + "B,2020-02,-90\n"       // line 7: B's February adds up to -60, left out
                + "Z,2020-01,0\n").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        // January: A 60 + B 50; February: A 100 (+40), B left out (churn 50)
        assertThat(r.at("/months/0/mrr").asText()).isEqualTo("110");
        assertThat(r.at("/months/0/customers").asInt()).isEqualTo(2);
        assertThat(r.at("/months/1/mrr").asText()).isEqualTo("100");
        assertThat(r.at("/months/1/expansion").asText()).isEqualTo("40");
        assertThat(r.at("/months/1/churn").asText()).isEqualTo("50");
        assertThat(r.at("/rowsRead").asInt()).isEqualTo(7);
        assertThat(r.at("/customers").asInt()).as("Z's only row is 0").isEqualTo(2);
        assertThat(r.at("/excluded/count").asInt()).isEqualTo(2);
        assertThat(r.at("/excluded/reasons/0/examples/1/message").asText()).isEqualTo("billing.csv, line 7, column "
                + "'mrr': the month's MRR adds up to less than 0 (credits exceed charges) (customer 'B', 2020-02: -60 "
                + "from lines 6, 7)");
        assertThat(run.err()).contains("2 rows of billing.csv left out");
    }

    @Test
    void jsonFollowsCliMdAndReportsBadRows() throws Exception {
        CliRunner run = CliRunner.run("cohorts", write("ledger.csv", MESSY).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.at("/months/0/month").asText()).isEqualTo("2020-01");
        assertThat(r.at("/months/0/mrr").asText()).isEqualTo("350");
        assertThat(r.at("/months/0/new").asText()).isEqualTo("350");
        assertThat(r.at("/months/1/mrr").asText()).isEqualTo("150");
        assertThat(r.at("/months/1/expansion").asText()).isEqualTo("50");
        assertThat(r.at("/months/1/churn").asText()).isEqualTo("250");
        assertThat(r.at("/months/1/customers").asInt()).isEqualTo(1);
        assertThat(r.at("/cohorts/0/size").asInt()).isEqualTo(2);
        assertThat(r.at("/cohorts/0/startMrr").asText()).isEqualTo("350");
        assertThat(r.at("/cohorts/0/revenueRetention/1").asDouble()).isEqualTo(0.428571428571);
        assertThat(r.at("/cohorts/0/logoRetention/1").asText()).isEqualTo("0.5");
        assertThat(r.get("trailing12")).isEmpty();
        assertThat(r.at("/excluded/count").asInt()).isEqualTo(2);
        assertThat(r.at("/excluded/reasons/0/examples/0/message").asText())
                .isEqualTo("ledger.csv, line 7, column 'Month': month is not YYYY-MM or a date ('Feb 2020')");
        assertThat(r.at("/excluded/reasons/1/examples/0/message").asText())
                .isEqualTo("ledger.csv, line 8, column 'MRR': mrr is not a number ('12.5.0')");
        assertThat(run.err()).contains("2 rows of ledger.csv left out");
    }

    @Test
    void theTableShowsMovementsAndCohorts() throws Exception {
        CliRunner run = CliRunner.run("cohorts", write("ledger.csv", MESSY).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("2020-02 +150 +1 +0 +50 +0 +-250 +0")
                .contains("no data: the ledger spans fewer than 13 months")
                .containsPattern("2020-01 +2 +350 +42\\.9% \\(50%\\)");
    }

    @Test
    void aMappingFileRenamesColumns() throws Exception {
        Path map = write("map.json", "{\"columns\": {\"Account\": \"customer\", \"Period\": \"month\", \"Revenue\": \"mrr\"}}");
        Path file = write("billing.csv", "Account,Period,Revenue\nA,2020-01,10\nA,2020-02,20\n");
        CliRunner run = CliRunner.run("cohorts", file.toString(), "--mapping", map.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).at("/months/1/expansion").asText()).isEqualTo("10");
    }

    @Test
    void noUsableRowOrMissingColumnsExitWithOne() throws Exception {
        CliRunner none = CliRunner.run("cohorts", write("bad.csv", "customer,month,mrr\nA,2020-01,x\n").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("bad.csv: no usable ledger row in 1 row; first problem: bad.csv, line 2, column 'mrr'");
        CliRunner missing = CliRunner.run("cohorts", write("cols.csv", "customer,mrr\nA,1\n").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("cols.csv, line 1: missing column 'month'");
        assertThat(CliRunner.run("cohorts").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("cohorts", "--help").out()).contains("Usage: hourglass cohorts");
    }
}
