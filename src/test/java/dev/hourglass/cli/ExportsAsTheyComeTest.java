package dev.hourglass.cli;

import static dev.hourglass.cli.ExportFigures.analysis;
import static dev.hourglass.cli.ExportFigures.assertAmountCount;
import static dev.hourglass.cli.ExportFigures.assertMonth;
import static dev.hourglass.cli.ExportFigures.assertWonLostOpen;
import static dev.hourglass.cli.ExportFigures.imported;
import static dev.hourglass.cli.ExportFigures.source;
import static dev.hourglass.cli.ExportFigures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports no one on the project wrote a reader for, tried as a new user would (src/test/resources/exports, written by
 * more-exports.py from the tools' published columns): each analysed as it comes and as imported into a workbook
 * without --kind or a mapping. The figures are sums over the file's rows worked out apart from Hourglass (the script
 * prints them), noted with each assertion.
 */
class ExportsAsTheyComeTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    @TempDir
    Path dir;

    @Test
    void aGermanUsersSalesforceReportWithItsFooterIsReadAsItComes() throws Exception {
        Path file = EXPORTS.resolve("salesforce-de-opportunities.csv");
        String[] period = {"--from", "2023-10-01", "--to", "2023-12-31", "--target", "300000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // Schlusstermin in Q4 2023: 11 'Geschlossen und gewonnen' rows, Betrag summing 260.801,00 €; 7 'Geschlossen
        // und verloren', 157.601,00 €; 7 at an open Phase, 177.501,00 €
        assertWonLostOpen(fromFile, 260_801, 11, 157_601, 7, 177_501, 7);
        // 60 rows; the three lines under the table (totals, confidentiality, copyright) are no rows
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(60);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        List<String> detections = texts(fromFile.get("detections"));
        assertThat(detections).first().isEqualTo("Recognised as a Salesforce opportunity report");
        assertThat(detections).anyMatch(d -> d.contains("the 3 lines under the table ('Gesamtsummen (60 Datensätze)'"))
                .contains("Betrag: 12.000,00 € read with a decimal comma", "Schlusstermin: dates read as D.M.YYYY");

        Path workbook = imported(dir, file, "Imported 60 deals", "Recognised as a Salesforce opportunity report");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void aHubspotWorkbookWithATitleAboveItsHeaderAndASecondSheet() throws Exception {
        Path file = EXPORTS.resolve("hubspot-deals-report.xlsx");
        String[] period = {"--from", "2024-01-01", "--to", "2024-06-30", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // Close Date cells in H1 2024: 9 'Closed Won' summing 93,600; 6 'Closed Lost', 72,000; 6 open deals without
        // a Close Date, 97,200
        assertAmountCount(fromFile.get("won"), 93_600, 9);
        assertAmountCount(fromFile.get("lostCompetition"), 72_000, 6);
        assertAmountCount(fromFile.get("openWithoutCloseDate"), 97_200, 6);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(50);
        assertThat(texts(fromFile.get("detections"))).contains("hubspot-deals-report.xlsx: the line 'All deals ·"
                + " exported 2024-07-01 by Maya Okafor' is a title above the table, not the header; the header is on"
                + " line 3.");

        Path workbook = imported(dir, file, "Imported 50 deals", "Recognised as a HubSpot deals export");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void aWorkbookWhoseFirstSheetIsNotTheDealsSaysWhichSheetsItHas() throws Exception {
        Path file = dir.resolve("summary-first.xlsx");
        try (InputStream in = Files.newInputStream(EXPORTS.resolve("hubspot-deals-report.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            workbook.setSheetOrder("Summary", 0);
            workbook.write(out);
        }
        String hint = "this is the first sheet, 'Summary', of 2 ('Summary', 'All deals'): to read another, name it"
                + " with --sheet or the mapping's \"sheet\"";
        CliRunner pipeline = CliRunner.run("pipeline", file.toString(), "--from", "2024-01-01", "--to", "2024-06-30",
                "--target", "1");
        assertThat(pipeline.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(pipeline.err()).contains("missing columns 'id', 'amount', 'closeDate' (the header has: Deal Stage,"
                + " Count); " + hint);
        CliRunner imported = CliRunner.run("import-data", dir.resolve("w.hourglass").toString(), file.toString());
        assertThat(imported.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(imported.err()).contains(hint);

        JsonNode named = analysis("pipeline", file, "--sheet", "All deals", "--from", "2024-01-01", "--to",
                "2024-06-30", "--target", "100000", "--json");
        assertAmountCount(named.get("won"), 93_600, 9);
    }

    @Test
    void pipedriveDealsWithoutAnIdColumnKeepEveryDealThatSharesATitle() throws Exception {
        Path file = EXPORTS.resolve("pipedrive-deals-text.xlsx");
        String[] period = {"--from", "2024-01-01", "--to", "2024-03-31", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // dates and values are text cells ("01/26/2024", "4200.00"); closed deals dated by Won time / Lost time
        // ("2024-01-26 15:00:00"), in Q1 2024: 6 'won' rows summing 26,451.50, 8 'lost' rows 57,950.50 — among
        // them deals whose title an earlier deal has. Recomputed with Python: every closed row's Won or Lost time
        // falls on its Expected close date, so the figures are those by Expected close date
        assertAmountCount(fromFile.get("won"), 26_451.5, 6);
        assertAmountCount(fromFile.get("lostCompetition"), 57_950.5, 8);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(40);
        assertThat(fromFile.get("dealsAnalysed").asLong()).isEqualTo(40);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).contains("won deals are dated by 'Deal - Won time' and lost"
                + " ones by 'Deal - Lost time' (the day they closed; where it is blank, by 'Deal - Expected close"
                + " date'), open ones by 'Deal - Expected close date'");
        // 40 deals of 18 organisations titled '<organisation> deal': 22 titles repeat
        assertThat(texts(fromFile.get("detections"))).anyMatch(d -> d.startsWith("'Deal - Title' gives the deal ids,"
                + " as the file has no ID column: 22 deals share a name with an earlier one"));

        Path workbook = imported(dir, file, "Imported 40 deals", "Recognised as a Pipedrive deals export");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void zohoDealsWithLineBreaksInTheirDescriptionAndALostToCompetitionStage() throws Exception {
        Path file = EXPORTS.resolve("zoho-deals.csv");
        String[] period = {"--from", "2023-10-01", "--to", "2023-12-31", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // Closing Date in Q4 2023: 5 'Closed Won' summing 107,500; 5 'Closed Lost' (55,000) and 4 'Closed-Lost to
        // Competition' (50,000) are lost
        assertAmountCount(fromFile.get("won"), 107_500, 5);
        assertAmountCount(fromFile.get("lostCompetition"), 105_000, 9);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(45);
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a Zoho CRM deals export");

        Path workbook = imported(dir, file, "Imported 45 deals", "Recognised as a Zoho CRM deals export");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void subscriptionExportsNeedNoKindToBecomeTheLedger() throws Exception {
        Path chargebee = EXPORTS.resolve("chargebee-subscriptions-report.csv");
        JsonNode fromChargebee = analysis("cohorts", chargebee, "--json");
        // Started At on or before 2023-09-30 and Cancelled At blank or after it: the MRR column sums to 4,695.48 over
        // 30 customers (in_trial rows have MRR 0)
        assertMonth(fromChargebee, "2023-09", 4_695.48, 30);
        assertThat(texts(fromChargebee.get("detections"))).first()
                .isEqualTo("Recognised as a Chargebee subscriptions export");
        assertThat(analysis("cohorts", chargebee, "--kind", "subscriptions", "--json")).isEqualTo(fromChargebee);
        Path workbook = imported(dir, chargebee, "Imported", "Recognised as a Chargebee subscriptions export");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromChargebee);

        // Stripe dates with an offset ('2023-01-31 12:00:00 +0000'): Amount × Quantity (yearly ÷ 12) of the
        // subscriptions active at 2024-03-31, trialing as 0, sums to 3,241.50 over 41 customers
        JsonNode fromStripe = analysis("cohorts", EXPORTS.resolve("stripe-subscriptions-offset.csv"), "--json");
        assertMonth(fromStripe, "2024-03", 3_241.5, 41);
    }

    @Test
    void stripeApiSubscriptionsInCentsWithUnixTimesBecomeTheLedgerInUnits() throws Exception {
        Path file = EXPORTS.resolve("stripe-api-subscriptions.csv");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // api-exports.py: plan_amount ÷ 100 × quantity ÷ (12 for year × plan_interval_count) of the subscriptions
        // whose start_date is on or before the month's last day and ended_at blank or after it, trialing as 0; the
        // yen plan (4900 jpy, a zero-decimal currency) counts 4,900 as written, not 49
        assertMonth(fromFile, "2023-12", 9_904, 25);
        assertMonth(fromFile, "2024-02", 9_960, 24);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).startsWith("Recognised as a Stripe subscriptions export (API or"
                + " Sigma)", "Amounts in cents (Stripe's API export): plan_amount divided by 100; rows whose"
                + " plan_currency is a zero-decimal currency (JPY, KRW …) as they are")
                .contains("start_date: dates read as Unix time in seconds (UTC)",
                        "ended_at: dates read as Unix time in seconds (UTC)");
        Path workbook = imported(dir, file, "Imported", "Amounts in cents (Stripe's API export)");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);

        CliRunner text = CliRunner.run("cohorts", file.toString());
        assertThat(text.out()).contains("Amounts in cents (Stripe's API export): plan_amount divided by 100");
    }

    @Test
    void chargebeeApiSubscriptionsGiveTheirMrrInCents() throws Exception {
        JsonNode fromFile = analysis("cohorts", EXPORTS.resolve("chargebee-api-subscriptions.csv"), "--json");
        // api-exports.py: mrr (cents) ÷ 100 of the subscriptions started on or before 2024-01-31 and not cancelled
        // by then, in_trial at 0: 2,648.66 over 22 customers
        assertMonth(fromFile, "2024-01", 2_648.66, 22);
        assertThat(texts(fromFile.get("detections"))).startsWith("Recognised as a Chargebee subscriptions export"
                + " (API)", "Amounts in cents (Chargebee's API export): plan_unit_price, mrr divided by 100; rows whose"
                + " currency_code is a zero-decimal currency (JPY, KRW …) as they are");
    }

    @Test
    void aMappingSaysTheAmountsOfAnUnrecognisedFileAreInCents() throws Exception {
        Path file = dir.resolve("billing.csv");
        Files.writeString(file, """
                account,since,until,price,every
                Acme,2024-01-05,,4900,month
                Acme,2024-01-20,,120000,year
                Globex,2024-02-01,2024-03-15,2500,month
                """);
        Path mapping = dir.resolve("billing.json");
        Files.writeString(mapping, """
                { "columns": { "account": "customer", "since": "start", "until": "end", "price": "amount",
                               "every": "interval" },
                  "amountUnit": "cents" }
                """);
        JsonNode cents = analysis("cohorts", file, "--kind", "subscriptions", "--mapping", mapping.toString(),
                "--json");
        // Acme 49.00 + 1,200.00 / 12 = 149.00 from January; Globex 25.00 in February only (ended 2024-03-15)
        assertMonth(cents, "2024-01", 149, 1);
        assertMonth(cents, "2024-02", 174, 2);
        assertThat(texts(cents.get("detections"))).contains("Amounts in cents (the mapping's amountUnit): price"
                + " divided by 100");

        Files.writeString(mapping, "{ \"amountUnit\": \"pennies\" }");
        CliRunner refused = CliRunner.run("cohorts", file.toString(), "--kind", "subscriptions", "--mapping",
                mapping.toString());
        assertThat(refused.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(refused.err()).contains("amountUnit", "\"pennies\" is neither \"units\" nor \"cents\"");
    }

    @Test
    void closeOpportunitiesAreDealsWithTheirValueInCents() throws Exception {
        Path file = EXPORTS.resolve("close-opportunities.csv");
        String[] period = {"--from", "2024-01-01", "--to", "2024-03-31", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // api-exports.py, date_won in Q1 2024, a monthly value_period × 12: 1 status_type 'won' with value 240000
        // (2,400.00); 8 'lost' summing 72,600.00 for a year (30,525.00 as written); 8 'active' 83,000.00; 4 active
        // without a date_won, 15,600.00 (13,400.00 as written)
        assertWonLostOpen(fromFile, 2_400, 1, 72_600, 8, 83_000, 8);
        assertAmountCount(fromFile.get("openWithoutCloseDate"), 15_600, 4);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(48);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).startsWith("Recognised as a Close opportunities export",
                "Amounts in cents (Close's export): value divided by 100; rows whose value_currency is a zero-decimal"
                        + " currency (JPY, KRW …) as they are");
        assertThat(texts(fromFile.get("detections"))).contains("'value_period' gives each amount's period: 13 amounts"
                + " of a shorter period counted for a year (a monthly one × 12, a quarterly one × 4); one-time and"
                + " annual amounts as written");

        Path workbook = imported(dir, file, "Imported 48 deals", "Recognised as a Close opportunities export");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void hubspotContactsCountTheirLifecycleStageWhereTheStepDateIsBlank() throws Exception {
        Path file = EXPORTS.resolve("hubspot-contacts.csv");
        JsonNode fromFile = analysis("funnel", file, "--json");
        // 120 contacts; by their 'Became a …' dates 68 MQL, 43 SQL, 28 opportunities (SAL) and 14 customers, plus 4
        // contacts at Lifecycle Stage 'Customer' without any of those dates
        assertThat(steps(fromFile)).containsExactly("lead 120", "mql 72", "sql 47", "sal 32", "won 18");
        // 'Direct Traffic': 19 contacts, 3 with a 'Became a Customer Date' and 2 'Customer' without one
        JsonNode direct = source(fromFile, "Direct Traffic");
        assertThat(direct.get("lead").asLong()).isEqualTo(19);
        assertThat(direct.get("won").asLong()).isEqualTo(5);
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a HubSpot contacts export");
        assertThat(texts(fromFile.get("detections"))).contains("'Lifecycle Stage': 4 leads are at a later stage than"
                + " their step dates say (e.g. 'Customer' on line 66); each counts at its stage");

        Path workbook = imported(dir, file, "Imported 120 leads", "Recognised as a HubSpot contacts export");
        assertThat(analysis("funnel", workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void windows1252AccountsWithEmptyRowsUnderThemLoseNoAccountAndCountNoBlankRow() throws Exception {
        Path file = EXPORTS.resolve("accounts-windows-1252.csv");
        JsonNode fromFile = analysis("accounts", file, "--json");
        // 30 accounts, none churned, their ARR summing €732,000; the four ',,,,' lines under them are no rows
        assertThat(fromFile.get("totalArr").asDouble()).isEqualTo(732_000);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(30);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("missingIndicators"))).contains("activation", "nps");
        List<String> accounts = new ArrayList<>();
        fromFile.get("accounts").forEach(a -> accounts.add(a.get("account").asText()));
        assertThat(accounts).contains("Société Générale Conseil", "Müller & Söhne GmbH", "José Peña y Asociados");
        assertThat(texts(fromFile.get("detections"))).anyMatch(d -> d.contains("read as Windows-1252"));
    }

    // ---- exports of tools no reader was written for (branch unseen19; written by unseen-exports.py)

    @Test
    void dynamics365OpportunitiesExportedToExcelWithTheirHiddenColumnsAndAStatusColumn() throws Exception {
        Path file = EXPORTS.resolve("dynamics365-opportunities.xlsx");
        String[] period = {"--from", "2024-04-01", "--to", "2024-06-30", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // unseen-exports.py; closed deals dated by Actual Close Date, open ones by Est. Close Date, in Q2 2024,
        // Est. Revenue cells ("$"#,##0.00): 4 Status 'Won' summing 33,600; 7 'Lost' (5 Out-Sold, 73,700 and 2
        // Canceled, 88,750.50) 162,450.50; 8 'Open' 160,050.50. Recomputed with Python: every closed row's Actual
        // Close Date is its Est. Close Date, so the figures are those by Est. Close Date
        assertWonLostOpen(fromFile, 33_600, 4, 162_450.5, 7, 160_050.5, 8);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(48);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).first()
                .isEqualTo("Recognised as a Microsoft Dynamics 365 opportunities export");
        assertThat(texts(fromFile.get("detections"))).contains("'Topic' not used: '(Do Not Modify) Opportunity'"
                + " gives id", "closed deals are dated by 'Actual Close Date' (the day they closed; where it is"
                + " blank, by 'Est. Close Date'), open ones by 'Est. Close Date'");

        Path workbook = imported(dir, file, "Imported 48 deals", "Recognised as a Microsoft Dynamics 365");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);

        // Status says only Lost; Status Reason tells 'Out-Sold' (to a competitor) from 'Canceled'. The documented
        // mapping reads the outcome from Status Reason: the 2 Canceled deals (88,750.50) are lost to no decision
        JsonNode byReason = analysis("pipeline", file, "--mapping",
                EXPORTS.resolve("dynamics365-status-reason.json").toString(), "--from", "2024-04-01", "--to",
                "2024-06-30", "--target", "100000", "--json");
        assertWonLostOpen(byReason, 33_600, 4, 73_700, 5, 160_050.5, 8);
        assertAmountCount(byReason.get("lostNoDecision"), 88_750.5, 2);
    }

    @Test
    void copperOpportunitiesWithoutAnIdColumnAndAnAbandonedStatus() throws Exception {
        Path file = EXPORTS.resolve("copper-opportunities.csv");
        String[] period = {"--from", "2023-10-01", "--to", "2023-12-31", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // Close Date in Q4 2023: 8 Status 'Won' summing 151,101; 4 'Lost' 43,200; 1 'Abandoned' 4,800 (no
        // decision); 6 'Open' 124,750.50. Before: every row refused for the missing id, then 'Abandoned' rows left out
        assertWonLostOpen(fromFile, 151_101, 8, 43_200, 4, 124_750.5, 6);
        assertAmountCount(fromFile.get("lostNoDecision"), 4_800, 1);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(44);
        assertThat(fromFile.get("dealsAnalysed").asLong()).isEqualTo(44);
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a Copper opportunities export");
        assertThat(texts(fromFile.get("detections"))).anyMatch(d -> d.startsWith("'Name' gives the deal ids, as the"
                + " file has no ID column"));

        Path workbook = imported(dir, file, "Imported 44 deals", "Recognised as a Copper opportunities export");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    @Test
    void freshsalesDealsWithSpacesAsThousandsAndDayFirstDates() throws Exception {
        Path file = EXPORTS.resolve("freshsales-deals.csv");
        String[] period = {"--from", "2024-01-01", "--to", "2024-03-31", "--target", "100000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // ';', CRLF, '18 500,00', '31/01/2024'; closed deals dated by Closed date, open ones by Expected close
        // date, in Q1 2024: 9 'Won' summing 271,002; 3 'Lost' 64,100; 11 open (New, Demo, Negotiation) 230,350.50.
        // Recomputed with Python: every closed row's Closed date is its Expected close date, so the figures are
        // those by Expected close date
        assertWonLostOpen(fromFile, 271_002, 9, 64_100, 3, 230_350.5, 11);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(42);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a Freshsales deals export");
        assertThat(texts(fromFile.get("detections"))).contains("Deal value: 18 500,00 read with a decimal comma",
                "closed deals are dated by 'Closed date' (the day they closed; where it is blank, by 'Expected"
                + " close date'), open ones by 'Expected close date'");
    }

    @Test
    void aGoogleSheetWithWrittenOutDatesAndATotalLine() throws Exception {
        Path file = EXPORTS.resolve("google-sheets-deals.csv");
        JsonNode fromFile = analysis("pipeline", file, "--from", "2017-01-01", "--to", "2017-03-31", "--target",
                "100000", "--json");
        // 'Mar 29, 2017' close dates, '2-Mar-2017' created dates, two blank columns at the end: 4 'Won' summing
        // 40,100; 3 'Lost' 64,800; 9 open 217,650.50. The sheet's Total line under the 40 deals is named, not read
        // (before: left out as a row whose id is empty)
        assertWonLostOpen(fromFile, 40_100, 4, 64_800, 3, 217_650.5, 9);
        assertThat(fromFile.get("dealsAnalysed").asLong()).isEqualTo(40);
        assertThat(texts(fromFile.get("detections"))).contains("Close date: dates read as Mon D, YYYY",
                "Created: dates read as D Mon YYYY");
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(40);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).contains("google-sheets-deals.csv: the line under the table"
                + " ('Total, $777,351.50') is a report's footer, not rows; not read.");
    }

    @Test
    void hubspotDealsWithInternalStageIdsAndIsoTimestamps() throws Exception {
        JsonNode fromFile = analysis("pipeline", EXPORTS.resolve("hubspot-deals-internal.csv"), "--from",
                "2017-01-01", "--to", "2017-03-31", "--target", "100000", "--json");
        // Deal Stage 'closedwon' / 'closedlost' / 'appointmentscheduled' …, Close Date '2017-03-10T00:00:00.000Z':
        // 11 won summing 254,251.50; 1 lost 52,750.50; 10 open 236,101; 3 open without a Close Date 62,350.50
        assertWonLostOpen(fromFile, 254_251.5, 11, 52_750.5, 1, 236_101, 10);
        assertAmountCount(fromFile.get("openWithoutCloseDate"), 62_350.5, 3);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
    }

    @Test
    void recurlySubscriptionsRunUntilTheyExpire() throws Exception {
        Path file = EXPORTS.resolve("recurly-subscriptions.csv");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // unseen-exports.py: unit_amount × quantity ÷ plan_interval_length of the subscriptions activated on or
        // before the month's last day whose expires_at is blank or after it (a canceled one runs to expires_at):
        // 3,805.50 over 24 accounts in 2023-12, 3,834.50 over 25 in 2024-01
        assertMonth(fromFile, "2023-12", 3_805.5, 24);
        assertMonth(fromFile, "2024-01", 3_834.5, 25);
        assertThat(texts(fromFile.get("detections"))).startsWith("Recognised as a Recurly subscriptions export",
                "'canceled_at' not used: 'expires_at' gives end");
        // the 4 'future' subscriptions have no activated_at yet: named, in no month
        assertThat(fromFile.get("excluded").get("count").asLong()).isEqualTo(4);

        Path workbook = imported(dir, file, "Imported", "Recognised as a Recurly subscriptions export");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }

    @Test
    void chartMogulsMrrIntervalsGiveTheirMrrInCents() throws Exception {
        Path file = EXPORTS.resolve("chartmogul-mrr-intervals.csv");
        JsonNode fromFile = analysis("cohorts", file, "--json");
        // unseen-exports.py: MRR ÷ 100 of the intervals whose START_DATE is on or before the month's last day and
        // END_DATE blank or after it, IS_TRIAL ones at 0: 1,795.00 over 13 customers in 2023-09, 4,656.00 over 17 in
        // 2024-01. Before: not recognised ("missing columns 'customer', 'month'"); in units it would be 100 × that
        assertMonth(fromFile, "2023-09", 1_795, 13);
        assertMonth(fromFile, "2024-01", 4_656, 17);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).startsWith("Recognised as a ChartMogul MRR intervals export",
                "Amounts in cents (ChartMogul's export): MRR divided by 100");

        Path workbook = imported(dir, file, "Imported", "Recognised as a ChartMogul MRR intervals export");
        assertThat(analysis("cohorts", workbook, "--json")).isEqualTo(fromFile);
    }

    private static List<String> steps(JsonNode funnel) {
        List<String> steps = new ArrayList<>();
        funnel.get("steps").forEach(s -> steps.add(s.get("step").asText() + " " + s.get("count").asLong()));
        return steps;
    }

}
