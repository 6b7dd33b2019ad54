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

class FunnelCommandTest {
    /** 6 leads, 4 MQLs, 2 won; ads 4 leads (2 won), seo 2 (0 won); no sql or sal column. */
    private static final String LEADS = """
            Lead ID,Created Date,Source,Campaign,Is MQL,Won Date,Amount
            L1,2024-01-05,ads,spring,yes,2024-02-01,1000
            L2,2024-01-20,ads,spring,no,2024-03-01,500
            L3,2024-02-10,ads,summer,yes,,
            L4,2024-03-15,ads,,no,,
            L5,2024-01-25,seo,spring,yes,,
            L6,2024-02-28,seo,,no,,
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonHasTheStepsTheFileHasAndTheSourcesRankedByLeads() throws Exception {
        CliRunner run = CliRunner.run("funnel", write("leads.csv", LEADS).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.at("/steps").size()).isEqualTo(3);
        assertThat(r.at("/steps/0/step").asText()).isEqualTo("lead");
        assertThat(r.at("/steps/0/count").asLong()).isEqualTo(6);
        assertThat(r.at("/steps/0").has("stepConversion")).isFalse();
        // L2 was won without being flagged an MQL: the won step implies it.
        assertThat(r.at("/steps/1/step").asText()).isEqualTo("mql");
        assertThat(r.at("/steps/1/count").asLong()).isEqualTo(4);
        assertThat(r.at("/steps/2/step").asText()).isEqualTo("won");
        assertThat(r.at("/steps/2/count").asLong()).isEqualTo(2);
        assertThat(r.at("/steps/2/stepConversion").asDouble()).isEqualTo(0.5);
        assertThat(r.at("/steps/2/cumulativeConversion").asDouble()).isEqualTo(2.0 / 6, within(1e-9));
        assertThat(r.at("/bySource/0/source").asText()).isEqualTo("ads");
        assertThat(r.at("/bySource/0/lead").asLong()).isEqualTo(4);
        assertThat(r.at("/bySource/0/mql").asLong()).isEqualTo(3);
        assertThat(r.at("/bySource/0/won").asLong()).isEqualTo(2);
        assertThat(r.at("/bySource/0/conversion").asDouble()).isEqualTo(0.5);
        assertThat(r.at("/bySource/1/source").asText()).isEqualTo("seo");
        assertThat(r.at("/bySource/1/conversion").asDouble()).isEqualTo(0.0);
        assertThat(r.at("/bySource/0").has("sql")).isFalse();
        assertThat(r.has("byCampaign")).isFalse();
        assertThat(r.at("/rowsRead").asLong()).isEqualTo(6);
        assertThat(r.at("/excluded/count").asLong()).isZero();
    }

    @Test
    void aPeriodCountsTheLeadsCreatedInItByCampaign() throws Exception {
        CliRunner run = CliRunner.run("funnel", write("leads.csv", LEADS).toString(), "--from", "2024-01-01", "--to",
                "2024-01-31", "--by", "campaign", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.at("/steps/0/count").asLong()).isEqualTo(3);
        assertThat(r.at("/byCampaign").size()).isEqualTo(1);
        assertThat(r.at("/byCampaign/0/campaign").asText()).isEqualTo("spring");
        assertThat(r.at("/byCampaign/0/won").asLong()).isEqualTo(2);
        assertThat(r.at("/rowsRead").asLong()).isEqualTo(6);
    }

    @Test
    void aWorkbookGivesTheSameFiguresAsTheFileItWasImportedFrom() throws Exception {
        Path csv = write("leads.csv", LEADS);
        Path workbook = dir.resolve("plan.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), csv.toString(), "--kind", "leads");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 6 leads from leads.csv");
        CliRunner fromFile = CliRunner.run("funnel", csv.toString(), "--json");
        CliRunner fromWorkbook = CliRunner.run("funnel", workbook.toString(), "--json");
        assertThat(fromWorkbook.exitCode()).as(fromWorkbook.err()).isZero();
        assertThat(new ObjectMapper().readTree(fromWorkbook.out())).isEqualTo(new ObjectMapper().readTree(fromFile.out()));
    }

    @Test
    void theTableShowsStepsAndSources() throws Exception {
        CliRunner run = CliRunner.run("funnel", write("leads.csv", LEADS).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Lead funnel (6 rows read, 0 left out)").contains("By source, most leads first")
                .containsPattern("Won +2 +50%").containsPattern("ads +4 +3 +2 +50%");
    }

    @Test
    void badRowsAreReportedAndUsageErrorsExitWithTwo() throws Exception {
        Path csv = write("leads.csv", LEADS + "L7,not a date,ads,,yes,,\n");
        CliRunner run = CliRunner.run("funnel", csv.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("leads.csv, line 8, column 'Created Date': createdDate is not a date");
        assertThat(new ObjectMapper().readTree(run.out()).at("/excluded/count").asLong()).isEqualTo(1);

        CliRunner half = CliRunner.run("funnel", csv.toString(), "--from", "2024-01-01");
        assertThat(half.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(half.err()).contains("--from and --to go together");

        Path empty = dir.resolve("empty.hourglass");
        CliRunner.run("import-data", empty.toString(), write("accounts.csv",
                "account,startDate,arr\nA,2024-01-01,10\n").toString(), "--kind", "accounts");
        CliRunner noLeads = CliRunner.run("funnel", empty.toString());
        assertThat(noLeads.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(noLeads.err()).isEqualTo("hourglass funnel: empty.hourglass holds no imported leads (import them "
                + "with import-data --kind leads)" + System.lineSeparator());
    }
}
