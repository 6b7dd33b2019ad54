package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

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
}
