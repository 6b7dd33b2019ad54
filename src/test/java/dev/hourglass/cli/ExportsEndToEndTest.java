package dev.hourglass.cli;

import static dev.hourglass.cli.ExportFigures.analysis;
import static dev.hourglass.cli.ExportFigures.assertAmountCount;
import static dev.hourglass.cli.ExportFigures.assertMonth;
import static dev.hourglass.cli.ExportFigures.imported;
import static dev.hourglass.cli.ExportFigures.source;
import static dev.hourglass.cli.ExportFigures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of real-shaped exports (src/test/resources/exports) end to end through the command line: the analysis
 * of each file, and of the workbook it was imported into without --kind, give the same JSON; the figures are the
 * ones worked out by hand from the file (sums over its rows, noted with each assertion).
 */
class ExportsEndToEndTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    @TempDir
    Path dir;

    @Test
    void salesforceReportAnalysedAsItComesAndAsImported() throws Exception {
        Path file = EXPORTS.resolve("salesforce-opportunities.csv");
        String[] period = {"--from", "2017-01-01", "--to", "2017-03-31", "--target", "500000", "--json"};
        JsonNode fromFile = pipeline(file, period);
        // Q1 2017, stage 'Closed Won': 9 rows summing $469,873.51; 'Closed Lost': 5 rows summing $204,279.99
        assertAmountCount(fromFile.get("won"), 469_873.51, 9);
        assertAmountCount(fromFile.get("lostCompetition"), 204_279.99, 5);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(120);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a Salesforce opportunity report");
        assertThat(texts(fromFile.get("detections"))).anyMatch(d -> d.startsWith("No outcome column"));

        Path workbook = imported(dir, file, "Imported 120 deals", "Recognised as a Salesforce opportunity report");
        assertThat(pipeline(workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void hubspotExportKeepsOpenDealsWithoutCloseDateAndWarnsOfLostDealsWithoutAmount() throws Exception {
        Path file = EXPORTS.resolve("hubspot-deals.csv");
        String[] period = {"--from", "2024-01-01", "--to", "2024-12-31", "--target", "100000", "--json"};
        JsonNode fromFile = pipeline(file, period);
        // 14 rows at an open stage with a blank Close Date, their Amount in company currency summing 225,984 (their
        // Amount, in each deal's own currency, 228,000)
        assertAmountCount(fromFile.get("openWithoutCloseDate"), 225_984, 14);
        assertThat(codes(fromFile.get("warnings"))).contains("LOST_WITHOUT_AMOUNT", "NO_ORIGINAL_CLOSE_DATE");
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a HubSpot deals export");

        Path workbook = imported(dir, file, "Imported 90 deals", "Recognised as a HubSpot deals export");
        assertThat(pipeline(workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void pipedriveStatusesAreReadWithTheToolsOwnOutcomeValues() throws Exception {
        Path file = EXPORTS.resolve("pipedrive-deals.csv");
        String[] period = {"--from", "2017-07-01", "--to", "2017-12-31", "--target", "100000", "--json"};
        JsonNode fromFile = pipeline(file, period);
        // closed deals dated by their Won time / Lost time (metrics.md §4), recomputed with Python from the file:
        // by Expected close date H2 2017 had 9 'won' rows summing 165.268,85 € and 6 'lost' rows of 0,00 €. By
        // Won time, 3 of them were won in 2018 (1040: 8.636,34; 1069: 1.316,36; 1073: 23.173,39) and 1074
        // (3.262,47, expected in March 2018) on 29.12.2017: 7 won, 135.405,23 €. By Lost time 1060 and 1072 (0,00)
        // were lost in 2018 and 1056 (47.156,97, expected in February 2018) on 10.12.2017: 5 lost, 47.156,97 €
        assertAmountCount(fromFile.get("won"), 135_405.23, 7);
        assertAmountCount(fromFile.get("lostCompetition"), 47_156.97, 5);
        assertThat(texts(fromFile.get("detections"))).contains("won deals are dated by 'Deal - Won time' and lost"
                + " ones by 'Deal - Lost time' (the day they closed; where it is blank, by 'Deal - Expected close"
                + " date'), open ones by 'Deal - Expected close date'");
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(codes(fromFile.get("warnings"))).contains("LOST_WITHOUT_AMOUNT");

        Path workbook = imported(dir, file, "Imported 80 deals", "Recognised as a Pipedrive deals export");
        assertThat(pipeline(workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void aFileWhoseOnlyDateIsTheDayDealsClosedIsAnalysedByIt() throws Exception {
        Path file = Files.writeString(dir.resolve("closed.csv"), "Opportunity ID,Amount,Stage,Status,"
                + "Actual Close Date\nW1,100,Closing,Won,4/15/2024\nW2,300,Closing,Won,7/1/2024\n"
                + "L1,50,Closing,Lost,6/30/2024\nO1,200,Closing,Open,\n");
        JsonNode fromFile = pipeline(file, "--from", "2024-04-01", "--to", "2024-06-30", "--target", "1000",
                "--json");
        assertAmountCount(fromFile.get("won"), 100, 1);
        assertAmountCount(fromFile.get("lostCompetition"), 50, 1);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
    }

    @Test
    void crmOpportunitiesTakeListPricesAndTeamsFromTheirLookupFiles() throws Exception {
        for (String name : List.of("crm-opportunities.csv", "crm-products.csv", "crm-sales-teams.csv")) {
            Files.copy(EXPORTS.resolve(name), dir.resolve(name));
        }
        Path mapping = Files.writeString(dir.resolve("crm.json"), """
                {"lookups": [
                  {"file": "crm-products.csv", "key": "product", "columns": {"sales_price": "listPrice"}},
                  {"file": "crm-sales-teams.csv", "key": "sales_agent", "columns": {"manager": "team"}}]}""");
        Path file = dir.resolve("crm-opportunities.csv");
        String[] period = {"--from", "2017-01-01", "--to", "2017-12-31", "--target", "300000", "--mapping",
            mapping.toString(), "--json"};
        JsonNode fromFile = pipeline(file, period);
        // close_value blank or 0 on 80 rows, each product in the products file ('GTXPro' = 'GTX Pro')
        assertThat(fromFile.get("filled").get("amountFromListPrice").asLong()).isEqualTo(80);
        // 2017 'Won' rows: 59, close_value (or the list price where it is 0) summing 310,517; 'Lost': 32, 169,919
        assertAmountCount(fromFile.get("won"), 310_517, 59);
        assertAmountCount(fromFile.get("lostCompetition"), 169_919, 32);
        // the won amount of the agents whose manager is Rocco Neubert in the sales-teams file
        assertThat(fromFile.get("breakdowns").get("team").get("Rocco Neubert").get("won").get("amount").asDouble())
                .isEqualTo(115_356);
        // 40 open rows (Prospecting, Engaging) without a close date, list prices summing 259,348
        assertAmountCount(fromFile.get("openWithoutCloseDate"), 259_348, 40);

        Path workbook = dir.resolve("crm.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), file.toString(), "--mapping",
                mapping.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 150 deals", "amountFromListPrice: 80 rows");
        assertThat(pipeline(workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void stripeSubscriptionsExpandIntoTheSameLedgerFromTheFileAndTheWorkbook() throws Exception {
        Path file = EXPORTS.resolve("stripe-subscriptions.csv");
        JsonNode fromFile = cohorts(file, "--kind", "subscriptions", "--json");
        // active at 2023-12-31 (Start ≤ it, Ended At blank or after it), trialing as 0: Amount × Quantity per month
        // (yearly ÷ 12) sums to 36,766 over 92 customers
        assertMonth(fromFile, "2023-12", 36_766, 92);
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a Stripe subscriptions export");
        assertThat(texts(fromFile.get("detections"))).anyMatch(d -> d.startsWith("110 subscriptions became"));

        Path workbook = imported(dir, file, "Imported", "Recognised as a Stripe subscriptions export");
        assertThat(cohorts(workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void chargebeeSubscriptionsExpandIntoTheSameLedgerFromTheFileAndTheWorkbook() throws Exception {
        Path file = EXPORTS.resolve("chargebee-subscriptions.csv");
        JsonNode fromFile = cohorts(file, "--kind", "subscriptions", "--json");
        // active at 2023-06-30 (started_at ≤ it, cancelled_at blank or after it), in_trial as 0: plan_unit_price ×
        // plan_quantity ÷ (billing_period × 1 or 12) sums to 102,460.17 over 65 customers
        assertMonth(fromFile, "2023-06", 102_460.17, 65);

        Path workbook = imported(dir, file, "Imported", "Recognised as a Chargebee subscriptions export");
        assertThat(cohorts(workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void leadsJoinedToTheirClosedDealsGiveTheSameFunnelFromTheWorkbook() throws Exception {
        for (String name : List.of("leads.csv", "closed-deals.csv")) {
            Files.copy(EXPORTS.resolve(name), dir.resolve(name));
        }
        Path mapping = Files.writeString(dir.resolve("olist.json"), """
                {"lookups": [{"file": "closed-deals.csv", "key": "mql_id", "columns": {"won_date": "won"}}]}""");
        Path file = dir.resolve("leads.csv");
        JsonNode fromFile = funnel(file, "--mapping", mapping.toString(), "--json");
        // 160 leads; 42 of their mql_ids are in closed-deals.csv
        assertThat(step(fromFile, "lead")).isEqualTo(160);
        assertThat(step(fromFile, "won")).isEqualTo(42);
        // origin 'referral': 5 of the won leads
        assertThat(source(fromFile, "referral").get("won").asLong()).isEqualTo(5);

        Path workbook = dir.resolve("leads.hourglass");
        CliRunner imported = CliRunner.run("import-data", workbook.toString(), file.toString(), "--mapping",
                mapping.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 160 leads");
        assertThat(funnel(workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void aWorkbooksFunnelReportsTheRowsItsFileLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve("leads.csv"), """
                id,createdDate,source,wonDate
                L1,2024-01-05,ads,2024-02-01
                L2,2024-01-09,ads,
                L3,not a date,seo,
                L4,2024-01-20,seo,
                """);
        JsonNode fromFile = funnel(file, "--json");
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(4);
        assertThat(fromFile.get("excluded").get("count").asLong()).isEqualTo(1);
        assertThat(step(fromFile, "lead")).isEqualTo(3);
        assertThat(step(fromFile, "won")).isEqualTo(1);

        Path workbook = imported(dir, file, "Imported 3 leads", "4 rows read, 1 left out");
        assertThat(funnel(workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void accountsWithoutAnActivationColumnAreScoredTheSameFromTheWorkbook() throws Exception {
        Path file = EXPORTS.resolve("accounts-partial.csv");
        JsonNode fromFile = accounts(file, "--json");
        // ARR plus Expansion ARR of the 37 accounts without a Churn Date: 1,350,000
        assertThat(fromFile.get("totalArr").asDouble()).isEqualTo(1_350_000);
        assertThat(fromFile.get("missingIndicators").get(0).asText()).isEqualTo("activation");
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(50);

        Path workbook = imported(dir, file, "Imported 50 accounts");
        JsonNode fromWorkbook = accounts(workbook, "--json");
        for (String key : List.of("weights", "bands", "totalArr", "renewalRisk", "accounts", "rowsRead", "excluded",
                "missingIndicators", "warnings", "detections")) {
            assertThat(fromWorkbook.get(key)).as(key).isEqualTo(fromFile.get(key));
        }
    }

    @Test
    void xlsxCopiesWithRealDateCellsGiveTheFiguresOfTheCsv() throws Exception {
        DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy");
        Path deals = xlsx(EXPORTS.resolve("salesforce-opportunities.csv"), "salesforce.xlsx",
                column -> column.equals("Close Date") || column.equals("Created Date")
                        ? text -> LocalDate.parse(text, us).atStartOfDay() : null,
                column -> column.equals("Amount") || column.equals("Expected Revenue"));
        String[] period = {"--from", "2017-01-01", "--to", "2017-03-31", "--target", "500000", "--json"};
        JsonNode fromXlsx = pipeline(deals, period);
        assertAmountCount(fromXlsx.get("won"), 469_873.51, 9);
        assertAmountCount(fromXlsx.get("lostCompetition"), 204_279.99, 5);
        Path dealsWorkbook = imported(dir, deals, "Imported 120 deals",
                "Recognised as a Salesforce opportunity report");
        assertThat(pipeline(dealsWorkbook, period)).isEqualTo(fromXlsx);

        DateTimeFormatter stripe = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        Path subscriptions = xlsx(EXPORTS.resolve("stripe-subscriptions.csv"), "stripe.xlsx",
                column -> column.endsWith("(UTC)") ? text -> LocalDateTime.parse(text, stripe) : null,
                column -> column.equals("Amount") || column.equals("Quantity"));
        JsonNode fromSheet = cohorts(subscriptions, "--kind", "subscriptions", "--json");
        assertMonth(fromSheet, "2023-12", 36_766, 92);
        assertThat(fromSheet.get("months")).isEqualTo(
                cohorts(EXPORTS.resolve("stripe-subscriptions.csv"), "--kind", "subscriptions", "--json").get("months"));
        Path ledgerWorkbook = imported(dir, subscriptions, "Imported");
        assertThat(cohorts(ledgerWorkbook, "--json").get("months")).isEqualTo(fromSheet.get("months"));
    }

    @Test
    void aHeaderOfNoKindIsRefusedSayingWhatEachKindNeeds() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.csv"), "name,comment\nAcme,call back\n");
        CliRunner run = CliRunner.run("import-data", dir.resolve("w.hourglass").toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).contains("notes.csv: its columns (name, comment) do not say which kind of data it is",
                "deals need id, stage, closeDate and amount or listPrice", "ledger need customer, month and mrr");
        assertThat(dir.resolve("w.hourglass")).doesNotExist();

        CliRunner lookup = CliRunner.run("import-data", dir.resolve("w.hourglass").toString(),
                EXPORTS.resolve("crm-products.csv").toString());
        assertThat(lookup.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(lookup.err()).contains("crm-products.csv looks like a CRM products", "\"lookups\"");
    }

    @Test
    void theTextOutputsSayHowTheFileWasRead() {
        CliRunner pipeline = CliRunner.run("pipeline", EXPORTS.resolve("pipedrive-deals.csv").toString(), "--from",
                "2017-07-01", "--to", "2017-12-31", "--target", "100000");
        assertThat(pipeline.exitCode()).as(pipeline.err()).isZero();
        assertThat(pipeline.out()).contains("How pipedrive-deals.csv was read:\n  Recognised as a Pipedrive deals export");
        CliRunner cohorts = CliRunner.run("cohorts", EXPORTS.resolve("chargebee-subscriptions.csv").toString(),
                "--kind", "subscriptions");
        assertThat(cohorts.out()).contains("How chargebee-subscriptions.csv was read:\n"
                + "  Recognised as a Chargebee subscriptions export");
        CliRunner accounts = CliRunner.run("accounts", EXPORTS.resolve("accounts-partial.csv").toString());
        assertThat(accounts.out()).contains("How accounts-partial.csv was read:");
        CliRunner funnel = CliRunner.run("funnel", EXPORTS.resolve("leads.csv").toString());
        assertThat(funnel.out()).contains("How leads.csv was read:\n  Recognised as a Marketing-qualified leads");
    }

    /** Deals in EUR and USD: a warning in the JSON and the text, from the file and from the workbook alike. */
    @Test
    void amountsInTwoCurrenciesAreAWarningOfThePipeline() throws Exception {
        Path file = dir.resolve("pipedrive-two-currencies.csv");
        Files.writeString(file, "Deal - ID;Deal - Value;Deal - Currency;Deal - Stage;Deal - Status;"
                + "Deal - Expected close date\n1;1000;EUR;Proposal;open;2024-01-31\n2;2000;EUR;Proposal;won;2024-02-29\n"
                + "3;1500;USD;Proposal;won;2024-02-29\n");
        String[] period = {"--from", "2024-01-01", "--to", "2024-03-31", "--target", "10000", "--json"};
        JsonNode fromFile = pipeline(file, period);
        assertThat(codes(fromFile.get("warnings"))).contains("AMOUNTS_IN_SEVERAL_CURRENCIES");
        assertThat(texts(fromFile.get("detections"))).noneMatch(d -> d.contains("currencies"));

        Path workbook = imported(dir, file, "Imported 3 deals");
        assertThat(pipeline(workbook, period)).isEqualTo(fromFile);
        CliRunner text = CliRunner.run("pipeline", file.toString(), "--from", "2024-01-01", "--to", "2024-03-31",
                "--target", "10000");
        String warnings = text.out().substring(text.out().indexOf("\nWarnings\n"), text.out().indexOf("\nDiagnosis\n"));
        assertThat(warnings).contains("\n  'Deal - Value' is in 2 currencies (deals by 'Deal - Currency': EUR 2, USD 1)");
        assertThat(text.out().substring(text.out().indexOf("was read:"))).doesNotContain("currencies");
    }

    private static JsonNode pipeline(Path file, String... options) throws IOException {
        return analysis("pipeline", file, options);
    }

    private static JsonNode cohorts(Path file, String... options) throws IOException {
        return analysis("cohorts", file, options);
    }

    private static JsonNode funnel(Path file, String... options) throws IOException {
        return analysis("funnel", file, options);
    }

    private static JsonNode accounts(Path file, String... options) throws IOException {
        return analysis("accounts", file, options);
    }

    private static long step(JsonNode funnel, String step) {
        for (JsonNode s : funnel.get("steps")) {
            if (s.get("step").asText().equals(step)) {
                return s.get("count").asLong();
            }
        }
        throw new AssertionError("no step " + step + " in " + funnel.get("steps"));
    }

    private static List<String> codes(JsonNode warnings) {
        List<String> codes = new ArrayList<>();
        warnings.forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    /**
     * The CSV as a sheet: the date columns as date cells (a date format, Excel serials underneath), the number
     * columns as numeric cells (currency signs and grouping taken off), the rest as text.
     */
    private Path xlsx(Path csv, String name, Function<String, Function<String, LocalDateTime>> dateColumn,
                      Predicate<String> numberColumn) throws IOException {
        Path file = dir.resolve(name);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Export");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            List<String> header = fields(lines.get(0));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 1; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> record = fields(lines.get(r));
                for (int c = 0; c < header.size(); c++) {
                    String text = record.get(c);
                    if (text.isBlank()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    Function<String, LocalDateTime> date = dateColumn.apply(header.get(c));
                    if (date != null) {
                        cell.setCellValue(date.apply(text));
                        cell.setCellStyle(dates);
                    } else if (numberColumn.test(header.get(c))) {
                        cell.setCellValue(Double.parseDouble(text.replace("$", "").replace(",", "")));
                    } else {
                        cell.setCellValue(text);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A line of the corpus's comma-separated files: fields in double quotes may hold commas (no line breaks). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
