package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.pipeline.Outcome;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every export in src/test/resources/exports is recognised: its tool, its kind and the field of each column. */
class ExportCorpusTest {

    private static List<String> header(String file) throws BadInputException, URISyntaxException {
        Path path = Path.of(ExportCorpusTest.class.getResource("/exports/" + file).toURI());
        try (CsvFile csv = CsvFile.open(path, List.of(), ImportMapping.defaults())) {
            return csv.header();
        }
    }

    private static RecognisedExport recognise(String file) throws Exception {
        return ExportPresets.recognise(header(file)).orElseThrow();
    }

    private static Map<String, String> fieldByColumn(RecognisedExport export) {
        Map<String, String> fields = new LinkedHashMap<>();
        export.columns().matches().forEach(m -> fields.put(m.header(), m.field()));
        return fields;
    }

    @Test
    void salesforceOpportunityReport() throws Exception {
        RecognisedExport export = recognise("salesforce-opportunities.csv");
        assertThat(export.name()).isEqualTo("Salesforce opportunity report");
        assertThat(export.kind()).isEqualTo(ImportKind.DEALS);
        assertThat(export.lookup()).isFalse();
        assertThat(fieldByColumn(export)).containsExactly(entry("Opportunity Owner", "owner"),
                entry("Owner Role", "team"), entry("Opportunity ID", "id"), entry("Stage", "stage"),
                entry("Amount", "amount"), entry("Close Date", "closeDate"), entry("Created Date", "createdDate"),
                entry("Lead Source", "source"));
        assertThat(Detection.english(export.columns().notes())).containsExactly("'Opportunity Name' not used: 'Opportunity ID' gives id",
                "'Expected Revenue' not used: 'Amount' gives amount");
        assertThat(export.mapping().outcome("Closed Won")).isEqualTo(Outcome.WON);
        assertThat(export.mapping().outcome("Closed Lost")).isEqualTo(Outcome.LOST_COMPETITION);
    }

    @Test
    void hubSpotDealsExportWithABom() throws Exception {
        RecognisedExport export = recognise("hubspot-deals.csv");
        assertThat(export.name()).isEqualTo("HubSpot deals export");
        assertThat(export.kind()).isEqualTo(ImportKind.DEALS);
        assertThat(fieldByColumn(export)).containsExactly(entry("Record ID", "id"), entry("Deal Stage", "stage"),
                entry("Close Date", "closeDate"), entry("Deal owner", "owner"),
                entry("Amount in company currency", "amount"), entry("Create Date", "createdDate"));
        // the deals are in several currencies (36,000 in the deal's own, 33,120 in the company's): the converted
        // amounts add up, the plain ones do not
        assertThat(Detection.english(export.columns().notes())).containsExactly("'Deal Name' not used: 'Record ID' gives id",
                "'Amount' not used: 'Amount in company currency' gives amount");
        assertThat(export.mapping().outcome("closedwon")).isEqualTo(Outcome.WON);
        assertThat(export.mapping().outcome("Closed Lost")).isEqualTo(Outcome.LOST_COMPETITION);
    }

    @Test
    void pipedriveDealsExportWithSemicolons() throws Exception {
        RecognisedExport export = recognise("pipedrive-deals.csv");
        assertThat(export.name()).isEqualTo("Pipedrive deals export");
        assertThat(fieldByColumn(export)).containsExactly(entry("Deal - ID", "id"), entry("Deal - Value", "amount"),
                entry("Deal - Stage", "stage"), entry("Deal - Status", "outcome"), entry("Deal - Owner", "owner"),
                entry("Deal - Expected close date", "closeDate"), entry("Deal - Won time", "wonDate"),
                entry("Deal - Lost time", "lostDate"), entry("Deal - Deal created", "createdDate"));
        // the day a deal was won or lost dates it (metrics.md §4); the expected close date dates the open ones
        assertThat(Detection.english(export.columns().notes())).containsExactly("'Deal - Title' not used: 'Deal - ID' gives id");
        assertThat(export.mapping().outcome("lost")).isEqualTo(Outcome.LOST_COMPETITION);
        assertThat(export.mapping().outcome("won")).isEqualTo(Outcome.WON);
        assertThat(export.mapping().outcome("open")).isEqualTo(Outcome.OPEN);
    }

    @Test
    void crmOpportunitiesWithTheirProductsAndSalesTeams() throws Exception {
        RecognisedExport deals = recognise("crm-opportunities.csv");
        assertThat(deals.name()).isEqualTo("CRM sales opportunities (Maven Analytics sample)");
        assertThat(deals.kind()).isEqualTo(ImportKind.DEALS);
        assertThat(fieldByColumn(deals)).containsExactly(entry("opportunity_id", "id"), entry("sales_agent", "owner"),
                entry("deal_stage", "stage"), entry("engage_date", "createdDate"), entry("close_date", "closeDate"),
                entry("close_value", "amount"));
        assertThat(deals.mapping().outcome("Lost")).isEqualTo(Outcome.LOST_COMPETITION);

        RecognisedExport products = recognise("crm-products.csv");
        assertThat(products.lookup()).isTrue();
        assertThat(products.kind()).isEqualTo(ImportKind.DEALS);
        assertThat(fieldByColumn(products)).containsExactly(entry("sales_price", "listPrice"));
        assertThat(ExportPresets.guessKind(header("crm-products.csv"))).isEmpty();

        RecognisedExport teams = recognise("crm-sales-teams.csv");
        assertThat(teams.name()).isEqualTo("CRM sales teams (a lookup for deals: team by sales agent)");
        assertThat(fieldByColumn(teams)).containsExactly(entry("sales_agent", "owner"), entry("manager", "team"));
    }

    @Test
    void stripeSubscriptionsExport() throws Exception {
        RecognisedExport export = recognise("stripe-subscriptions.csv");
        assertThat(export.name()).isEqualTo("Stripe subscriptions export");
        assertThat(export.kind()).isEqualTo(ImportKind.SUBSCRIPTIONS);
        assertThat(export.trialStatuses()).containsExactly("trialing");
        assertThat(fieldByColumn(export)).containsExactly(entry("Customer ID", "customer"), entry("Plan", "plan"),
                entry("Quantity", "quantity"), entry("Interval", "interval"), entry("Amount", "amount"),
                entry("Status", "status"), entry("Start (UTC)", "start"), entry("Trial End (UTC)", "trialEnd"),
                entry("Ended At (UTC)", "end"));
        assertThat(Detection.english(export.columns().notes())).containsExactly(
                "'Customer Description' not used: 'Customer ID' gives customer",
                "'Customer Email' not used: 'Customer ID' gives customer",
                "'Product' not used: 'Plan' gives plan",
                "'Created (UTC)' not used: 'Start (UTC)' gives start",
                "'Canceled At (UTC)' not used: 'Ended At (UTC)' gives end");
    }

    @Test
    void chargebeeSubscriptionsExport() throws Exception {
        RecognisedExport export = recognise("chargebee-subscriptions.csv");
        assertThat(export.name()).isEqualTo("Chargebee subscriptions export");
        assertThat(export.trialStatuses()).containsExactly("in_trial");
        assertThat(fieldByColumn(export)).containsExactly(entry("customers.id", "customer"),
                entry("subscriptions.plan_id", "plan"), entry("subscriptions.plan_quantity", "quantity"),
                entry("subscriptions.plan_unit_price", "amount"), entry("subscriptions.billing_period", "intervalCount"),
                entry("subscriptions.billing_period_unit", "interval"), entry("subscriptions.status", "status"),
                entry("subscriptions.trial_end", "trialEnd"), entry("subscriptions.started_at", "start"),
                entry("subscriptions.cancelled_at", "end"));
        assertThat(Detection.english(export.columns().notes())).containsExactly(
                "'subscriptions.created_at' not used: 'subscriptions.started_at' gives start",
                "'subscriptions.activated_at' not used: 'subscriptions.started_at' gives start",
                "'subscriptions.plan_amount' not used: 'subscriptions.plan_unit_price' gives amount");
    }

    @Test
    void leadsAndTheirClosedDeals() throws Exception {
        RecognisedExport leads = recognise("leads.csv");
        assertThat(leads.name()).isEqualTo("Marketing-qualified leads (Olist marketing funnel)");
        assertThat(leads.kind()).isEqualTo(ImportKind.LEADS);
        assertThat(fieldByColumn(leads)).containsExactly(entry("mql_id", "id"),
                entry("first_contact_date", "createdDate"), entry("origin", "source"));
        assertThat(ExportPresets.guessKind(header("leads.csv"))).contains(ImportKind.LEADS);

        RecognisedExport won = recognise("closed-deals.csv");
        assertThat(won.lookup()).isTrue();
        assertThat(won.kind()).isEqualTo(ImportKind.LEADS);
        assertThat(fieldByColumn(won)).containsExactly(entry("mql_id", "id"), entry("won_date", "won"));
    }

    @Test
    void accountsWithoutDaysToActivation() throws Exception {
        RecognisedExport export = recognise("accounts-partial.csv");
        assertThat(export.name()).isEqualTo("Accounts list");
        assertThat(export.kind()).isEqualTo(ImportKind.ACCOUNTS);
        assertThat(fieldByColumn(export)).containsExactly(entry("Account Name", "account"),
                entry("Customer Segment", "segment"), entry("Lead Source", "source"), entry("Campaign", "campaign"),
                entry("Customer Since", "startDate"), entry("ARR", "arr"), entry("Renewal Date", "renewalDate"),
                entry("Days to First Value", "daysToFirstValue"), entry("Features Adopted", "featuresAdopted"),
                entry("Features Available", "featuresAvailable"), entry("Active Users", "activeUsers"),
                entry("Seats", "seats"), entry("NPS", "nps"), entry("Renewed", "renewed"),
                entry("Expansion ARR", "expansionArr"), entry("Churn Date", "churnDate"));
        assertThat(export.columns().column("daysToActivation")).isEqualTo(-1);
        assertThat(Detection.english(export.columns().notes())).isEmpty();
    }
    @Test
    void pipedriveDealsExportOfAFrenchUser() throws Exception {
        RecognisedExport export = recognise("pipedrive-fr-deals.csv");
        assertThat(export.name()).isEqualTo("Pipedrive deals export");
        assertThat(fieldByColumn(export)).containsExactly(entry("Affaire - ID", "id"),
                entry("Affaire - Valeur", "amount"), entry("Affaire - Étape", "stage"),
                entry("Affaire - Statut", "outcome"), entry("Affaire - Date de clôture prévue", "closeDate"),
                entry("Affaire - Date de gain", "wonDate"), entry("Affaire - Date de perte", "lostDate"),
                entry("Affaire - Propriétaire", "owner"), entry("Affaire - Affaire créée", "createdDate"));
        assertThat(export.mapping().outcome("won")).isEqualTo(Outcome.WON);
    }

    @Test
    void hubSpotCompaniesExportWithAnArrProperty() throws Exception {
        RecognisedExport export = recognise("hubspot-companies.csv");
        assertThat(export.name()).isEqualTo("HubSpot companies export");
        assertThat(export.kind()).isEqualTo(ImportKind.ACCOUNTS);
        // 'Annual Revenue' is the company's own revenue: no field; 'Create Date' is when the record was made
        assertThat(fieldByColumn(export)).containsExactly(entry("Company name", "account"),
                entry("Became a Customer Date", "startDate"), entry("ARR", "arr"),
                entry("Renewal Date", "renewalDate"), entry("NPS", "nps"), entry("Expansion ARR", "expansionArr"));
    }
}
