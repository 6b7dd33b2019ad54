package dev.hourglass.cli;

import static dev.hourglass.cli.ExportFigures.analysis;
import static dev.hourglass.cli.ExportFigures.assertMonth;
import static dev.hourglass.cli.ExportFigures.imported;
import static dev.hourglass.cli.ExportFigures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscriptions and ledger exports of tools and shapes no reader was written for (src/test/resources/exports, written
 * by billing3-exports.py), tried as a new user would: {@code cohorts FILE --json}, and {@code import-data} without
 * --kind or a mapping, then {@code cohorts WORKBOOK}. The figures are worked out from the rows apart from Hourglass
 * (the script prints them), noted with each assertion.
 */
class BillingExportsAsTheyComeTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    @TempDir
    Path dir;

    @Test
    void zuorasRatePlanChargesAreSubscriptionsWithTheirMrr() throws Exception {
        Path file = EXPORTS.resolve("zuora-rate-plan-charges.csv");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // billing3-exports.py: RatePlanCharge.MRR of the charges whose EffectiveStartDate is on or before the month's
        // last day and EffectiveEndDate blank or after it (an amended charge ends the day the next one starts; a
        // discount charge's MRR is negative; one-time charges have none): 5,483.60 over 12 accounts in 2023-06,
        // 9,229.30 over 17 in 2023-12 and 2024-01. Before: "missing columns 'customer', 'month', 'mrr'"
        assertMonth(fromFile, "2023-06", 5_483.60, 12);
        assertMonth(fromFile, "2023-12", 9_229.30, 17);
        assertMonth(fromFile, "2024-01", 9_229.30, 17);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(53);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).startsWith("Recognised as a Zuora rate plan charges export",
                "'Subscription.SubscriptionStartDate' not used: 'RatePlanCharge.EffectiveStartDate' gives start");

        Path workbook = imported(dir, file, "Imported", "Recognised as a Zuora rate plan charges export");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void stripesCustomersExportIsRefusedSayingWhichExportToTake() {
        Path file = EXPORTS.resolve("stripe-customers.csv");
        String refusal = "stripe-customers.csv is Stripe's customers export, a list of customers without their"
                + " subscriptions' start, end or amount, so it gives no MRR: export the subscriptions instead (Stripe"
                + " Dashboard › Subscriptions › Export) and use that file";
        // before: "missing columns 'customer', 'month', 'mrr' (the header has: id, Description, Email, …)", and
        // import-data "its columns … do not say which kind of data it is"
        for (String[] args : new String[][] {{"cohorts", file.toString(), "--json"},
                {"cohorts", file.toString(), "--kind", "subscriptions"},
                {"import-data", dir.resolve("w.hourglass").toString(), file.toString()}}) {
            CliRunner run = CliRunner.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err()).contains(refusal).doesNotContain("Exception");
        }
    }

    @Test
    void quickbooksSalesByCustomerWithAColumnPerMonthIsALedger() throws Exception {
        Path file = EXPORTS.resolve("quickbooks-sales-by-customer-monthly.csv");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // billing3-exports.py: the customers' month cells, blank = nothing, '(120.00)' = -120, neither the Total
        // column nor the 'Total Northwind Group' and 'TOTAL' rows: 16,970.00 over 14 customers in 2023-06, 14,846.00
        // over 11 in 2023-12 (= the TOTAL row's Dec 2023). Before: refused ("the months are columns here … turn the
        // month columns into rows first")
        assertMonth(fromFile, "2023-06", 16_970, 14);
        assertMonth(fromFile, "2023-12", 14_846, 11);
        assertThat(fromFile.get("customers").asInt()).isEqualTo(14);
        // the three months whose only cell is a credit note add up to less than 0: each named by line and column
        assertThat(fromFile.get("excluded").get("count").asLong()).isEqualTo(3);
        assertThat(texts(fromFile.get("excluded").get("reasons").get(0).get("examples")))
                .anyMatch(e -> e.contains("line 7, column 'Jul 2023'"));
        assertThat(texts(fromFile.get("detections"))).contains(
                "quickbooks-sales-by-customer-monthly.csv: the 3 lines above the table ('Sales by Customer Summary',"
                        + " …) are its title, not the header; the header is on line 5.",
                "quickbooks-sales-by-customer-monthly.csv: a column per month (12 months, 'Jan 2023' to 'Dec 2023'),"
                        + " the customer in column 1: each customer's month is a row of the ledger, a blank cell no"
                        + " MRR; 'Total' not used.",
                // the TOTAL line with the sums after its label is the report's footer, with the Accrual basis line
                "quickbooks-sales-by-customer-monthly.csv: the 2 lines under the table ('TOTAL, $3,300.00, $4,224.00,"
                        + " $6,106.00, $6,607.00, $15,964.0…', 'Accrual basis Tuesday, January 9, 2024 09:14 AM"
                        + " GMT+00:00') are a report's footer, not rows; not read.",
                "quickbooks-sales-by-customer-monthly.csv: the row 'Total Northwind Group' is a total of the customers"
                        + " above, not a customer; not read.");

        Path workbook = imported(dir, file, "Imported", "a column per month");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void anMrrSheetWithMonthsAsDateCellsIsALedger() throws Exception {
        Path file = EXPORTS.resolve("mrr-by-month-sheet.xlsx");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // billing3-exports.py: each customer's month cells (the header's months are date cells): 44,250.00 over 12
        // customers in 2023-06, 34,875.00 over 11 in 2023-12 (= the Total row's). Before: "missing columns 'month',
        // 'mrr' (the header has: Customer, Segment, 2023-01-01, …)"
        assertMonth(fromFile, "2023-06", 44_250, 12);
        assertMonth(fromFile, "2023-12", 34_875, 11);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        // the sheet's last line, 'Total' with the sums after it, is its footer
        assertThat(texts(fromFile.get("detections"))).contains("mrr-by-month-sheet.xlsx: the line under the table"
                + " ('Total, 750, 1500, 13500, 33250, 34750, 44250, 41075, 41450, …') is a report's footer, not rows;"
                + " not read.");

        Path workbook = imported(dir, file, "Imported", "a column per month");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void aGermanLedgerIsReadAsItComes() throws Exception {
        Path file = EXPORTS.resolve("ledger-de.csv");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // billing3-exports.py: ';', '1.234,56', '01.03.2023', credit rows '-50,00' summed into their month:
        // 15,131.85 over 12 customers in 2023-06, 18,219.00 over 15 in 2023-12, 17,018.38 over 14 in 2024-03
        assertMonth(fromFile, "2023-06", 15_131.85, 12);
        assertMonth(fromFile, "2023-12", 18_219, 15);
        assertMonth(fromFile, "2024-03", 17_018.38, 14);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(195);
        assertThat(texts(fromFile.get("detections"))).contains("Month: dates read as D.M.YYYY",
                "MRR: 249,50 read with a decimal comma");

        Path workbook = imported(dir, file, "(195 rows read, 0 left out)");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void aLedgerInTwoCurrenciesIsReadWithAWarning() throws Exception {
        Path file = EXPORTS.resolve("ledger-two-currencies.xlsx");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // billing3-exports.py: MRR as written, USD and EUR added (nothing to convert them by): 23,800.00 over 14
        // customers in 2023-06 and 2023-12; 84 rows in USD, 42 in EUR. Before: the same sums without a word
        assertMonth(fromFile, "2023-06", 23_800, 14);
        assertMonth(fromFile, "2023-12", 23_800, 14);
        assertThat(fromFile.get("warnings")).hasSize(1);
        assertThat(fromFile.get("warnings").get(0).get("code").asText()).isEqualTo("MRR_IN_SEVERAL_CURRENCIES");
        assertThat(fromFile.get("warnings").get(0).get("message").asText()).isEqualTo("'MRR' is in 2 currencies (rows"
                + " by 'Currency': USD 84, EUR 42); MRR is added as it is, so every figure mixes them: convert it to"
                + " one currency first, or import one currency at a time");

        Path workbook = imported(dir, file, "Imported 126 ledger rows", "'MRR' is in 2 currencies");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }
}
