package dev.hourglass.cli;

import static dev.hourglass.cli.ExportFigures.analysis;
import static dev.hourglass.cli.ExportFigures.assertAmountCount;
import static dev.hourglass.cli.ExportFigures.source;
import static dev.hourglass.cli.ExportFigures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lookup FILE}: the CRM and Olist tables joined without a mapping file give the figures the mapping-file
 * lookups give (ExportsEndToEndTest), and a file read without either names the lookup tables beside it.
 */
class LookupOptionTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final String[] YEAR = {"--from", "2017-01-01", "--to", "2017-12-31", "--target", "300000"};

    @TempDir
    Path dir;

    private void copy(String... names) throws Exception {
        for (String name : names) {
            Files.copy(EXPORTS.resolve(name), dir.resolve(name));
        }
    }

    private static String[] options(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** The JSON without its sentences on how the file was read, which name a mapping file's reading otherwise. */
    private static JsonNode figures(JsonNode json) {
        ObjectNode figures = json.deepCopy();
        figures.remove("detections");
        return figures;
    }

    @Test
    void crmOpportunitiesWithTheTwoLookupsGiveTheFiguresOfTheMappingFile() throws Exception {
        copy("crm-opportunities.csv", "crm-products.csv", "crm-sales-teams.csv");
        Path file = dir.resolve("crm-opportunities.csv");
        Path mapping = Files.writeString(dir.resolve("crm.json"), """
                {"lookups": [
                  {"file": "crm-products.csv", "key": "product", "columns": {"sales_price": "listPrice"}},
                  {"file": "crm-sales-teams.csv", "key": "sales_agent", "columns": {"manager": "team"}}]}""");
        JsonNode fromMapping = analysis("pipeline", file, options(YEAR, "--mapping", mapping.toString(), "--json"));
        JsonNode fromOptions = analysis("pipeline", file, options(YEAR, "--lookup",
                dir.resolve("crm-products.csv").toString(), "--lookup", dir.resolve("crm-sales-teams.csv").toString(),
                "--json"));

        assertThat(figures(fromOptions)).isEqualTo(figures(fromMapping));
        // the figures ExportsEndToEndTest works out from the rows: 80 amounts from the list price, 2017's won and
        // lost, Rocco Neubert's team's won amount, the open deals without a close date at their list prices
        assertThat(fromOptions.get("filled").get("amountFromListPrice").asLong()).isEqualTo(80);
        assertAmountCount(fromOptions.get("won"), 310_517, 59);
        assertAmountCount(fromOptions.get("lostCompetition"), 169_919, 32);
        assertThat(fromOptions.get("breakdowns").get("team").get("Rocco Neubert").get("won").get("amount").asDouble())
                .isEqualTo(115_356);
        assertAmountCount(fromOptions.get("openWithoutCloseDate"), 259_348, 40);
        assertThat(texts(fromOptions.get("detections"))).contains(
                "crm-products.csv (lookup by product): all 150 rows found their row.",
                "crm-sales-teams.csv (lookup by sales_agent): all 150 rows found their row.")
                .noneMatch(d -> d.contains("beside the file"));

        Path workbook = dir.resolve("crm.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), file.toString(), "--lookup",
                dir.resolve("crm-products.csv").toString(), "--lookup", dir.resolve("crm-sales-teams.csv").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 150 deals", "amountFromListPrice: 80 rows");
        assertThat(figures(analysis("pipeline", workbook, options(YEAR, "--json")))).isEqualTo(figures(fromOptions));
    }

    @Test
    void leadsWithTheirClosedDealsGiveTheFunnelOfTheMappingFile() throws Exception {
        copy("leads.csv", "closed-deals.csv");
        Path file = dir.resolve("leads.csv");
        Path mapping = Files.writeString(dir.resolve("olist.json"), """
                {"lookups": [{"file": "closed-deals.csv", "key": "mql_id", "columns": {"won_date": "won"}}]}""");
        JsonNode fromMapping = analysis("funnel", file, "--mapping", mapping.toString(), "--json");
        JsonNode fromOption = analysis("funnel", file, "--lookup", dir.resolve("closed-deals.csv").toString(),
                "--json");
        assertThat(figures(fromOption)).isEqualTo(figures(fromMapping));
        // 160 leads; 42 of their mql_ids are in closed-deals.csv, 5 of those with origin 'referral'
        assertThat(fromOption.get("steps").toString()).contains("\"count\":160", "\"count\":42");
        assertThat(source(fromOption, "referral").get("won").asLong()).isEqualTo(5);
    }

    @Test
    void withoutAMappingOrALookupTheTablesBesideAreNamedWithHowToJoinThem() throws Exception {
        copy("crm-opportunities.csv", "crm-products.csv", "crm-sales-teams.csv");
        Path file = dir.resolve("crm-opportunities.csv");
        JsonNode plain = analysis("pipeline", file, options(YEAR, "--json"));
        assertThat(texts(plain.get("detections"))).containsSubsequence(
                "Recognised as a CRM sales opportunities (Maven Analytics sample)",
                "crm-products.csv beside the file can give listPrice by product: add --lookup "
                        + dir.resolve("crm-products.csv"),
                "crm-sales-teams.csv beside the file can give team by sales_agent: add --lookup "
                        + dir.resolve("crm-sales-teams.csv"));
        // not joined unasked: the open deals keep their blank amounts
        assertThat(plain.get("filled").get("amountFromListPrice").asLong()).isZero();

        CliRunner text = CliRunner.run(options(new String[] {"pipeline", file.toString()}, YEAR));
        assertThat(text.out()).contains("How crm-opportunities.csv was read:\n"
                + "  Recognised as a CRM sales opportunities (Maven Analytics sample)\n"
                + "  crm-products.csv beside the file can give listPrice by product: add --lookup "
                + dir.resolve("crm-products.csv") + "\n");

        Path mapping = Files.writeString(dir.resolve("plain.json"), "{\"columns\": {}}");
        assertThat(texts(analysis("pipeline", file, options(YEAR, "--mapping", mapping.toString(), "--json"))
                .get("detections"))).noneMatch(d -> d.contains("beside the file"));
        assertThat(texts(analysis("funnel", EXPORTS.resolve("leads.csv"), "--json").get("detections")))
                .contains("closed-deals.csv beside the file can give won by mql_id: add --lookup "
                        + EXPORTS.resolve("closed-deals.csv"));
    }

    @Test
    void aFileThatCannotJoinIsRefusedInOneSentenceAndAWorkbookTakesNoLookup() throws Exception {
        copy("crm-opportunities.csv");
        Path notes = Files.writeString(dir.resolve("notes.csv"), "note,author\ncall back,Ann\n");
        CliRunner refused = CliRunner.run(options(new String[] {"pipeline", dir.resolve("crm-opportunities.csv")
                .toString(), "--lookup", notes.toString()}, YEAR));
        assertThat(refused.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(refused.err()).contains("notes.csv cannot be joined to crm-opportunities.csv: it has no column"
                + " named as one of crm-opportunities.csv's to look rows up by (its columns: note, author;")
                .doesNotContain("\tat ");

        Path workbook = dir.resolve("w.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(),
                dir.resolve("crm-opportunities.csv").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRunner onWorkbook = CliRunner.run(options(new String[] {"pipeline", workbook.toString(), "--lookup",
            EXPORTS.resolve("crm-products.csv").toString()}, YEAR));
        assertThat(onWorkbook.exitCode()).isEqualTo(2);
        assertThat(onWorkbook.err()).contains("--lookup joins files to a data file");
    }

    @Test
    void theCommandsWithAMappingTakeTheOption() {
        for (String command : List.of("import-data", "pipeline", "funnel", "accounts", "cohorts")) {
            CliRunner help = CliRunner.run(command, "--help");
            assertThat(help.out()).as(command).contains("--lookup=FILE");
        }
    }
}
