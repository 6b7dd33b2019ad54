package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.importing.ImportWizardViewModel.Finding;
import dev.hourglass.ui.importing.ImportWizardViewModel.Kind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's model on exports no reader was written for: what it detects, in words, and what it imports. */
class ImportWizardExportsAsTheyComeTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    @TempDir
    Path dir;
    private Workbook workbook;

    @BeforeEach
    void create() throws Exception {
        workbook = Workbook.create(dir.resolve("w.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private ImportWizardViewModel opened(String file) throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(EXPORTS.resolve(file));
        return wizard;
    }

    private static List<String> texts(ImportWizardViewModel wizard) {
        return wizard.findings().stream().filter(f -> !f.warning()).map(Finding::text).toList();
    }

    private List<Deal> imported(ImportWizardViewModel wizard) throws Exception {
        wizard.importNow(rows -> { }, () -> false);
        Dataset dataset = workbook.datasets(Dataset.Kind.DEALS).get(0);
        List<Deal> deals = new ArrayList<>();
        workbook.readDeals(dataset.id(), deals::add);
        return deals;
    }

    @Test
    void aGermanSalesforceReportIsRecognisedWithItsGermanLabelsAndStages() throws Exception {
        ImportWizardViewModel wizard = opened("salesforce-de-opportunities.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.DEALS);
        assertThat(wizard.recognisedLineProperty().get()).startsWith("Recognised as a Salesforce opportunity report:");
        assertThat(List.of("id", "amount", "stage", "closeDate", "owner", "source", "createdDate"))
                .map(f -> wizard.columnProperty(f).get()).containsExactly("Opportunity-ID", "Betrag", "Phase",
                        "Schlusstermin", "Opportunity-Inhaber", "Lead-Quelle", "Erstelldatum");
        assertThat(wizard.outcomeValues()).extracting(ImportWizardViewModel.ValueRow::raw, r -> r.targetProperty().get())
                .contains(tuple("Geschlossen und gewonnen", Outcome.WON),
                        tuple("Geschlossen und verloren", Outcome.LOST_COMPETITION),
                        tuple("Qualifizierung", Outcome.OPEN));
        assertThat(texts(wizard)).contains("Betrag: 12.000,00 € read with a decimal comma.",
                "Schlusstermin: dates read as D.M.YYYY.");

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get()).isEqualTo("60 rows read: 60 can be imported, 0 are left out.");
        assertThat(texts(wizard)).anyMatch(t -> t.contains("the 3 lines under the table ('Gesamtsummen (60"
                + " Datensätze)', 'Vertrauliche Informationen - Nicht weitergeben', …) are a report's footer"));

        // Schlusstermin in Q4 2023, 'Geschlossen und gewonnen': 11 rows, Betrag summing 260.801,00 €
        List<Deal> won = imported(wizard).stream().filter(d -> d.outcome() == Outcome.WON
                && !d.closeDate().isBefore(LocalDate.of(2023, 10, 1))
                && !d.closeDate().isAfter(LocalDate.of(2023, 12, 31))).toList();
        assertThat(won).hasSize(11);
        assertThat(won.stream().mapToDouble(Deal::amount).sum()).isCloseTo(260_801, offset(0.005));
    }

    @Test
    void aHubspotWorkbookIsReadUnderItsTitleLine() throws Exception {
        ImportWizardViewModel wizard = opened("hubspot-deals-report.xlsx");
        assertThat(wizard.kind()).isEqualTo(Kind.DEALS);
        assertThat(wizard.recognisedLineProperty().get()).startsWith("Recognised as a HubSpot deals export:");
        assertThat(wizard.columnProperty("closeDate").get()).isEqualTo("Close Date");
        assertThat(texts(wizard)).contains("hubspot-deals-report.xlsx: the line 'All deals · exported 2024-07-01 by"
                + " Maya Okafor' is a title above the table, not the header; the header is on line 3.");
        assertThat(imported(wizard)).hasSize(50);
    }
}
