package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.pipeline.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportPresetsTest {

    @Test
    void aHeaderThatMatchesNothingIsNotGuessed() {
        assertThat(ExportPresets.recognise(List.of("Name", "Email", "Phone"))).isEmpty();
        assertThat(ExportPresets.guessKind(List.of("Stage", "Amount"))).isEmpty();
        assertThat(ExportPresets.guessKind(List.of())).isEmpty();
    }

    @Test
    void plainFilesOfEachKindAreRecognisedByTheFieldsTheyMustHave() {
        RecognisedExport ledger = ExportPresets.recognise(List.of("Customer ID", "Month", "MRR", "Plan")).orElseThrow();
        assertThat(ledger.name()).isEqualTo("MRR ledger (one row per customer and month)");
        assertThat(ledger.kind()).isEqualTo(ImportKind.LEDGER);
        assertThat(ExportPresets.guessKind(List.of("id", "amount", "stage", "closeDate", "outcome")))
                .contains(ImportKind.DEALS);
        assertThat(ExportPresets.guessKind(List.of("account", "startDate", "arr", "nps"))).contains(ImportKind.ACCOUNTS);
        assertThat(ExportPresets.guessKind(List.of("customer", "start", "end", "mrr")))
                .contains(ImportKind.SUBSCRIPTIONS);
        assertThat(ExportPresets.guessKind(List.of("Lead ID", "Created", "Source", "MQL Date", "Won Date")))
                .contains(ImportKind.LEADS);
    }

    @Test
    void aHeaderThatFitsTwoKindsEquallyIsNotGuessed() {
        // customer/mrr with both a month (ledger) and a start (subscriptions): three fields each
        assertThat(ExportPresets.guessKind(List.of("customer", "month", "start", "mrr"))).isEmpty();
    }

    @Test
    void marketingLeadExportsAreRecognised() {
        RecognisedExport hubspot = ExportPresets.recognise(List.of("Record ID", "First Name", "Last Name", "Email",
                "Create Date", "Lifecycle Stage", "Original Source", "Became a Lead Date",
                "Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date",
                "Became an Opportunity Date", "Became a Customer Date")).orElseThrow();
        assertThat(hubspot.name()).isEqualTo("HubSpot contacts export");
        assertThat(hubspot.kind()).isEqualTo(ImportKind.LEADS);
        assertThat(hubspot.columns().matches()).extracting(m -> m.header() + "→" + m.field()).containsExactly(
                "Record ID→id", "Create Date→createdDate", "Lifecycle Stage→stage", "Original Source→source",
                "Became a Marketing Qualified Lead Date→mql", "Became a Sales Qualified Lead Date→sql",
                "Became an Opportunity Date→sal", "Became a Customer Date→won");

        RecognisedExport salesforce = ExportPresets.recognise(List.of("Lead ID", "Lead Owner", "Lead Source",
                "Lead Status", "Created Date", "Converted", "Converted Date")).orElseThrow();
        assertThat(salesforce.name()).isEqualTo("Salesforce leads report");
        assertThat(salesforce.columns().column("sql")).isEqualTo(6);
        assertThat(Detection.english(salesforce.columns().notes())).containsExactly("'Converted' not used: 'Converted Date' gives sql");
    }

    @Test
    void aToolsTellTaleColumnsAloneAreNotEnoughWithoutTheFieldsTheKindNeeds() {
        // Pipedrive columns, but neither a stage nor a close date: not importable as deals, so not recognised
        assertThat(ExportPresets.recognise(List.of("Deal - ID", "Deal - Title", "Deal - Value", "Deal - Owner",
                "Deal - Currency"))).isEmpty();
    }

    @Test
    void copperDynamicsFreshsalesAndRecurlyExportsAreRecognised() {
        RecognisedExport copper = ExportPresets.recognise(List.of("Name", "Company", "Pipeline", "Stage", "Status",
                "Value", "Close Date", "Owner", "Loss Reason", "Priority", "Win Probability", "Source",
                "Date Created")).orElseThrow();
        assertThat(copper.name()).isEqualTo("Copper opportunities export");
        // Copper's fourth status: the opportunity was given up, no decision was made
        assertThat(copper.mapping().outcome("Abandoned")).isEqualTo(Outcome.LOST_NO_DECISION);
        assertThat(copper.mapping().outcome("Lost")).isEqualTo(Outcome.LOST_COMPETITION);

        RecognisedExport dynamics = ExportPresets.recognise(List.of("(Do Not Modify) Opportunity",
                "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On", "Topic", "Potential Customer",
                "Est. Close Date", "Est. Revenue", "Probability", "Owner", "Status", "Status Reason",
                "Actual Close Date", "Created On")).orElseThrow();
        assertThat(dynamics.name()).isEqualTo("Microsoft Dynamics 365 opportunities export");
        assertThat(dynamics.columns().matches()).extracting(m -> m.header() + "→" + m.field()).contains(
                "(Do Not Modify) Opportunity→id", "Est. Close Date→closeDate", "Est. Revenue→amount",
                "Status→outcome", "Status Reason→stage");

        assertThat(ExportPresets.recognise(List.of("Name", "Deal value", "Deal stage", "Deal pipeline",
                "Expected close date", "Closed date", "Sales owner", "Account name", "Lost reason", "Source",
                "Probability (%)", "Created at")).orElseThrow().name()).isEqualTo("Freshsales deals export");

        RecognisedExport recurly = ExportPresets.recognise(List.of("uuid", "account_code", "email", "plan_code",
                "plan_name", "state", "quantity", "unit_amount", "currency", "activated_at", "canceled_at",
                "expires_at", "current_period_started_at", "current_period_ends_at", "trial_started_at",
                "trial_ends_at")).orElseThrow();
        assertThat(recurly.name()).isEqualTo("Recurly subscriptions export");
        assertThat(recurly.columns().column("end")).isEqualTo(11);
    }

    @Test
    void chartMogulsMrrIntervalsAreSubscriptionsWithTheirMrrInCents() {
        RecognisedExport chartmogul = ExportPresets.recognise(List.of("CUSTOMER_UUID", "MRR", "START_DATE", "END_DATE",
                "PLAN_UUID", "QUANTITY", "SUBSCRIPTION_UUID", "SUBSCRIPTION_SET_UUID", "SUB_SET_PLAN_UUIDS", "IS_FREE",
                "IS_TRIAL")).orElseThrow();
        assertThat(chartmogul.name()).isEqualTo("ChartMogul MRR intervals export");
        assertThat(chartmogul.kind()).isEqualTo(ImportKind.SUBSCRIPTIONS);
        assertThat(chartmogul.mapping().amountUnit().cents()).isTrue();
        assertThat(chartmogul.columns().matches()).extracting(m -> m.header() + "→" + m.field()).contains(
                "CUSTOMER_UUID→customer", "MRR→mrr", "START_DATE→start", "END_DATE→end", "IS_TRIAL→isTrial");
        // a plain file with a customer id, dates and MRR in units is no ChartMogul export
        assertThat(ExportPresets.recognise(List.of("Customer UUID", "MRR", "Start Date", "End Date", "Quantity"))
                .orElseThrow().name()).isEqualTo("Subscriptions export");
    }
}
