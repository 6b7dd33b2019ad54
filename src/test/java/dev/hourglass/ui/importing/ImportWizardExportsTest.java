package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.importing.ImportWizardViewModel.Finding;
import dev.hourglass.ui.importing.ImportWizardViewModel.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's model on the real-shaped exports: the kind guessed, the export recognised, what it found in words —
 * in English and in German (how the file was read, its footer, the rows left out and where).
 */
class ImportWizardExportsTest {
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
        UiText.use(Locale.ENGLISH);
        workbook.close();
    }

    private ImportWizardViewModel opened(String file) throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(EXPORTS.resolve(file));
        return wizard;
    }

    private static List<String> texts(ImportWizardViewModel wizard, boolean warnings) {
        return wizard.findings().stream().filter(f -> f.warning() == warnings).map(Finding::text).toList();
    }

    @Test
    void aSalesforceReportIsRecognisedItsColumnsAndStageOutcomesProposedAndItImportsWithoutATypedName()
            throws Exception {
        ImportWizardViewModel wizard = opened("salesforce-opportunities.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.DEALS);
        assertThat(wizard.recognisedLineProperty().get()).isEqualTo("Recognised as a Salesforce opportunity report:"
                + " its columns and values are set below — change any.");
        assertThat(List.of("id", "amount", "stage", "closeDate", "owner", "team", "source", "createdDate"))
                .map(f -> wizard.columnProperty(f).get()).containsExactly("Opportunity ID", "Amount", "Stage",
                        "Close Date", "Opportunity Owner", "Owner Role", "Lead Source", "Created Date");
        assertThat(wizard.columnProperty("outcome").get()).isNull();
        assertThat(wizard.howMatchedProperty("owner").get())
                .isEqualTo("'Opportunity Owner' → owner (recognised as Opportunity Owner)");
        assertThat(wizard.outcomesFromStageProperty().get()).isTrue();
        assertThat(wizard.outcomeValues()).extracting(ImportWizardViewModel.ValueRow::raw, r -> r.targetProperty().get())
                .contains(tuple("Closed Won", Outcome.WON), tuple("Closed Lost", Outcome.LOST_COMPETITION),
                        tuple("Prospecting", Outcome.OPEN));
        // before the check: how the dates read, and the columns left aside
        assertThat(texts(wizard, false)).contains(
                "Close Date: dates read as M/D/YYYY (6/21/2017 on line 4 has a day above 12).",
                "9 columns are not used: 'Account Name', 'Opportunity Name', 'Fiscal Period', 'Expected Revenue',"
                        + " 'Probability (%)', 'Age', 'Next Step', 'Type', 'Forecast Category'.");
        assertThat(texts(wizard, true)).isEmpty();

        ImportWizardViewModel.FileCheck checked = wizard.check();
        wizard.showCheck(checked);
        assertThat(wizard.checkSummaryProperty().get()).isEqualTo("120 rows read: 120 can be imported, 0 are left out.");
        assertThat(texts(wizard, false)).contains("No row is left out.")
                .anyMatch(t -> t.startsWith("No outcome column: won and lost deals are read from the stage column"))
                .anyMatch(t -> t.startsWith("Stages the setup did not know, added after the known ones as Pipeline"
                        + " stages: Negotiation/Review, Id. Decision Makers"));
        assertThat(workbook.datasets()).isEmpty(); // a check writes nothing

        wizard.importNow(rows -> { }, () -> false);
        Dataset dataset = workbook.datasets(Dataset.Kind.DEALS).get(0);
        List<Deal> deals = new ArrayList<>();
        workbook.readDeals(dataset.id(), deals::add);
        assertThat(deals).hasSize(120);
        assertThat(deals.get(0)).extracting(Deal::id, Deal::outcome, Deal::amount)
                .containsExactly("006vGdpiBdYojtD", Outcome.LOST_COMPETITION, 10_796.08);
    }

    @Test
    void hubSpotAndPipedriveExportsAreRecognisedWithTheirOwnOutcomeValues() throws Exception {
        ImportWizardViewModel hubspot = opened("hubspot-deals.csv");
        assertThat(hubspot.kind()).isEqualTo(Kind.DEALS);
        assertThat(hubspot.recognisedLineProperty().get()).startsWith("Recognised as a HubSpot deals export:");
        assertThat(hubspot.columnProperty("id").get()).isEqualTo("Record ID");
        assertThat(hubspot.columnProperty("stage").get()).isEqualTo("Deal Stage");
        assertThat(texts(hubspot, false)).contains("hubspot-deals.csv: read as UTF-8 (with a byte order mark).");
        hubspot.showCheck(hubspot.check());
        assertThat(texts(hubspot, false)).contains("14 open deals without a close date: imported, in no period.",
                "16 deals with a blank amount read as 0.");

        ImportWizardViewModel pipedrive = opened("pipedrive-deals.csv");
        assertThat(pipedrive.kind()).isEqualTo(Kind.DEALS);
        assertThat(pipedrive.recognisedLineProperty().get()).startsWith("Recognised as a Pipedrive deals export:");
        assertThat(pipedrive.columnProperty("outcome").get()).isEqualTo("Deal - Status");
        assertThat(pipedrive.outcomesFromStageProperty().get()).isFalse();
        assertThat(pipedrive.outcomeValues()).extracting(ImportWizardViewModel.ValueRow::raw,
                r -> r.targetProperty().get()).containsExactly(tuple("lost", Outcome.LOST_COMPETITION),
                tuple("open", Outcome.OPEN), tuple("won", Outcome.WON));
        assertThat(texts(pipedrive, false)).contains("Deal - Value: 1.261,82 € read with a decimal comma.",
                "Deal - Expected close date: dates read as D.M.YYYY.");
    }

    @Test
    void copperAndDynamicsStatusColumnsProposeTheirOwnOutcomesAndImportEveryDeal() throws Exception {
        ImportWizardViewModel copper = opened("copper-opportunities.csv");
        assertThat(copper.kind()).isEqualTo(Kind.DEALS);
        assertThat(copper.recognisedLineProperty().get()).startsWith("Recognised as a Copper opportunities export:");
        assertThat(copper.columnProperty("id").get()).isEqualTo("Name");
        assertThat(copper.columnProperty("outcome").get()).isEqualTo("Status");
        assertThat(copper.outcomeValues()).extracting(ImportWizardViewModel.ValueRow::raw,
                r -> r.targetProperty().get()).containsExactlyInAnyOrder(tuple("Abandoned", Outcome.LOST_NO_DECISION),
                tuple("Lost", Outcome.LOST_COMPETITION), tuple("Open", Outcome.OPEN), tuple("Won", Outcome.WON));

        UiText.use(Locale.GERMAN);
        assertThat(opened("copper-opportunities.csv").recognisedLineProperty().get())
                .contains("Copper-Opportunities-Export");
        UiText.use(Locale.ENGLISH);

        ImportWizardViewModel dynamics = opened("dynamics365-opportunities.xlsx");
        assertThat(dynamics.recognisedLineProperty().get())
                .startsWith("Recognised as a Microsoft Dynamics 365 opportunities export:");
        assertThat(List.of("id", "amount", "stage", "closeDate", "outcome")).map(f -> dynamics.columnProperty(f).get())
                .containsExactly("(Do Not Modify) Opportunity", "Est. Revenue", "Status Reason", "Est. Close Date",
                        "Status");
        assertThat(dynamics.outcomeValues()).extracting(ImportWizardViewModel.ValueRow::raw,
                r -> r.targetProperty().get()).containsExactlyInAnyOrder(tuple("Lost", Outcome.LOST_COMPETITION),
                tuple("Open", Outcome.OPEN), tuple("Won", Outcome.WON));
        dynamics.showCheck(dynamics.check());
        dynamics.importNow(rows -> { }, () -> false);
        List<Deal> deals = new ArrayList<>();
        workbook.readDeals(workbook.datasets(Dataset.Kind.DEALS).get(0).id(), deals::add);
        // unseen-exports.py: 48 opportunities, 12 of them Status 'Won'
        assertThat(deals).hasSize(48);
        assertThat(deals).filteredOn(d -> d.outcome() == Outcome.WON).hasSize(12);
    }

    @Test
    void aStripeExportIsImportedAsSubscriptionsExpandedIntoTheMonthlyLedger() throws Exception {
        ImportWizardViewModel wizard = opened("stripe-subscriptions.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.SUBSCRIPTIONS);
        assertThat(wizard.recognisedLineProperty().get()).isEqualTo("Recognised as a Stripe subscriptions export:"
                + " its columns are set below — change any.");
        assertThat(List.of("customer", "start", "end", "amount", "interval", "quantity", "status"))
                .map(f -> wizard.columnProperty(f).get()).containsExactly("Customer ID", "Start (UTC)",
                        "Ended At (UTC)", "Amount", "Interval", "Quantity", "Status");
        assertThat(texts(wizard, false)).contains("'Canceled At (UTC)' not used: 'Ended At (UTC)' gives end.");

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get()).isEqualTo("110 rows read: 110 can be imported, 0 are left out.");
        assertThat(texts(wizard, false)).anyMatch(t -> t.startsWith(
                "110 subscriptions became 2,216 customer-months up to 2025-01 (the last complete month on 2025-02-04)"));

        wizard.importNow(rows -> { }, () -> false);
        List<Dataset> ledgers = workbook.datasets(Dataset.Kind.LEDGER);
        assertThat(ledgers).hasSize(1);
        assertThat(ledgers.get(0).sourceFile()).isEqualTo("stripe-subscriptions.csv");
        assertThat(workbook.readLedger(ledgers.get(0).id()).customerCount()).isEqualTo(104);
        // 18 fewer than with trials counted: the months a converted subscription's trial spanned pay nothing
        assertThat(workbook.readLedger(ledgers.get(0).id()).rowCount()).isEqualTo(2_216);
    }

    @Test
    void aStripeApiExportSaysItsAmountsAreInCentsAndImportsThemInUnits() throws Exception {
        ImportWizardViewModel wizard = opened("stripe-api-subscriptions.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.SUBSCRIPTIONS);
        assertThat(wizard.recognisedLineProperty().get())
                .startsWith("Recognised as a Stripe subscriptions export (API or Sigma):");
        assertThat(List.of("customer", "start", "end", "amount", "interval", "intervalCount", "quantity"))
                .map(f -> wizard.columnProperty(f).get()).containsExactly("customer", "start_date", "ended_at",
                        "plan_amount", "plan_interval", "plan_interval_count", "quantity");
        assertThat(texts(wizard, false)).contains("Amounts in cents (Stripe's API export): plan_amount divided by 100;"
                + " rows whose plan_currency is a zero-decimal currency (JPY, KRW …) as they are.",
                "Start_date: dates read as Unix time in seconds (UTC).");
        // plan_currency is read: it tells the yen rows, which are not divided
        assertThat(texts(wizard, false)).anyMatch(t -> t.startsWith("8 columns are not used: 'id', 'object'"))
                .noneMatch(t -> t.contains("'plan_currency'"));

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get()).isEqualTo("36 rows read: 36 can be imported, 0 are left out.");
        wizard.importNow(rows -> { }, () -> false);
        Ledger ledger = workbook.readLedger(workbook.datasets(Dataset.Kind.LEDGER).get(0).id());
        // api-exports.py: plan_amount ÷ 100 × quantity ÷ months of the interval, the yen plan as written, of the
        // subscriptions active on 2024-02-29 (trials 0): 9,960.00
        double february = 0;
        for (int c = 0; c < ledger.customerCount(); c++) {
            february += ledger.mrr(c, YearMonth.of(2024, 2));
        }
        assertThat(february).isCloseTo(9_960, offset(0.005));
    }

    @Test
    void aChargebeeExportIsRecognisedToo() throws Exception {
        ImportWizardViewModel wizard = opened("chargebee-subscriptions.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.SUBSCRIPTIONS);
        assertThat(wizard.recognisedLineProperty().get()).startsWith("Recognised as a Chargebee subscriptions export:");
        assertThat(wizard.columnProperty("customer").get()).isEqualTo("customers.id");
        assertThat(wizard.columnProperty("intervalCount").get()).isEqualTo("subscriptions.billing_period");
    }

    @Test
    void aLeadsExportIsImportedAsLeadsAndTheCheckSaysWhichFunnelStepsItHas() throws Exception {
        ImportWizardViewModel wizard = opened("leads.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.LEADS);
        assertThat(wizard.recognisedLineProperty().get()).isEqualTo("Recognised as marketing-qualified leads (Olist"
                + " marketing funnel): its columns are set below — change any.");
        assertThat(List.of("id", "createdDate", "source")).map(f -> wizard.columnProperty(f).get())
                .containsExactly("mql_id", "first_contact_date", "origin");
        assertThat(texts(wizard, false)).contains("1 column is not used: 'landing_page_id'.");

        // closed-deals.csv beside it is proposed, ticked: its won dates give the funnel its Won step
        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, false)).contains(
                "The funnel's steps: Lead → Won (a step without a column in the file is left out).");
        wizard.joinedFiles().get(0).joinedProperty().set(false);
        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, false)).contains(
                "No column for a later step (mql, sql, sal, won): the funnel counts leads only.");

        wizard.importNow(rows -> { }, () -> false);
        List<Dataset> leads = workbook.datasets(Dataset.Kind.LEADS);
        assertThat(leads).hasSize(1);
        assertThat(workbook.readLeads(leads.get(0).id()).leads()).hasSize(160);
        assertThat(workbook.readLeads(leads.get(0).id()).orderedSteps()).containsExactly(LeadStage.LEAD);
    }

    @Test
    void choosingAnotherKindRereadsTheColumnsAndDropsTheProposal() throws Exception {
        ImportWizardViewModel wizard = opened("salesforce-opportunities.csv");
        wizard.choose(Kind.ACCOUNTS);
        assertThat(wizard.kind()).isEqualTo(Kind.ACCOUNTS);
        assertThat(wizard.recognisedLineProperty().get()).isEmpty();
        assertThat(wizard.columnProperty("account").get()).isEqualTo("Account Name");
        assertThat(wizard.columnProperty("arr").get()).isNull();
        assertThat(wizard.columnProperty("stage").get()).isNull(); // a deals field, not shown for accounts
        assertThat(texts(wizard, true)).containsExactly(
                "No column chosen for Start date, ARR, which are needed: choose them below.");

        wizard.choose(Kind.DEALS);
        assertThat(wizard.recognisedLineProperty().get()).startsWith("Recognised as a Salesforce opportunity report");
        assertThat(wizard.columnProperty("stage").get()).isEqualTo("Stage");
    }

    @Test
    void aLookupTableIsNamedAsOneAndTheKindChosenByHandIsKept() throws Exception {
        ImportWizardViewModel wizard = opened("crm-products.csv");
        assertThat(wizard.kind()).isEqualTo(Kind.DEALS);
        assertThat(wizard.recognisedLineProperty().get()).isEmpty();
        assertThat(texts(wizard, true)).first().asString().startsWith("This file looks like CRM products (a lookup for"
                + " deals: listPrice by product): such a table is joined to a main file by a key");

        ImportWizardViewModel asked = new ImportWizardViewModel(workbook, Kind.LEDGER);
        asked.open(EXPORTS.resolve("stripe-subscriptions.csv"));
        assertThat(asked.kind()).isEqualTo(Kind.LEDGER);
        assertThat(asked.columnProperty("customer").get()).isEqualTo("Customer ID");
    }

    @Test
    void oneColumnChosenForTwoFieldsIsRefusedInASentence() throws Exception {
        ImportWizardViewModel wizard = opened("salesforce-opportunities.csv");
        wizard.columnProperty("segment").set("Amount");
        Assertions.assertThatThrownBy(wizard::check)
                .hasMessage("salesforce-opportunities.csv: the column 'Amount' is chosen for both amount and segment;"
                        + " choose it for one of them");
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
        assertThat(texts(wizard, false)).contains("Betrag: 12.000,00 € read with a decimal comma.",
                "Schlusstermin: dates read as D.M.YYYY.");

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get()).isEqualTo("60 rows read: 60 can be imported, 0 are left out.");
        assertThat(texts(wizard, false)).anyMatch(t -> t.contains("the 3 lines under the table ('Gesamtsummen (60"
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
        assertThat(texts(wizard, false)).contains("hubspot-deals-report.xlsx: the line 'All deals · exported 2024-07-01 by"
                + " Maya Okafor' is a title above the table, not the header; the header is on line 3.");
        assertThat(imported(wizard)).hasSize(50);
    }

    @Test
    void aGermanSalesforceReportIsDescribedInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        ImportWizardViewModel wizard = opened("salesforce-de-opportunities.csv");
        assertThat(wizard.recognisedLineProperty().get()).startsWith("Erkannt als Salesforce-Opportunity-Bericht:");
        assertThat(texts(wizard, false)).contains("salesforce-de-opportunities.csv: als UTF-8 (BOM) gelesen.",
                "Betrag: 12.000,00 € mit Dezimalkomma gelesen.", "Schlusstermin: Datumswerte gelesen als D.M.YYYY.",
                "'Opportunity-Name' nicht verwendet: 'Opportunity-ID' liefert id.");

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get())
                .isEqualTo("60 Zeilen gelesen: 60 können importiert werden, 0 werden ausgelassen.");
        assertThat(texts(wizard, false)).contains("salesforce-de-opportunities.csv: Die Zeilen unter der Tabelle"
                        + " ('Gesamtsummen (60 Datensätze)', 'Vertrauliche Informationen - Nicht weitergeben', …;"
                        + " 3 insgesamt) sind die Fußzeile eines Berichts, keine Datenzeilen; nicht gelesen.",
                "Phasen, die die Einrichtung nicht kannte, nach den bekannten als Pipeline-Phasen angefügt:"
                        + " Qualifizierung, Verhandlung/Überprüfung, Angebot/Preisangebot, Bedarfsanalyse.")
                .anyMatch(t -> t.startsWith("Keine Ergebnisspalte: Gewonnene und verlorene Deals werden aus der"
                        + " Phasenspalte gelesen (Won, Closed Won, Geschlossen und gewonnen → gewonnen;"))
                .noneMatch(t -> t.contains(" read ") || t.contains("Stages the setup"));
    }

    @Test
    void closedDealsDatedByTheDayTheyClosedAreSaidInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        ImportWizardViewModel dynamics = opened("dynamics365-opportunities.xlsx");
        assertThat(dynamics.columnProperty("closeDate").get()).isEqualTo("Est. Close Date");
        assertThat(dynamics.columnProperty("closedDate").get()).isEqualTo("Actual Close Date");
        dynamics.showCheck(dynamics.check());
        assertThat(texts(dynamics, false)).anyMatch(t -> t.startsWith("Abgeschlossene Deals sind nach 'Actual Close"
                + " Date' datiert (dem Tag ihres Abschlusses; wo er fehlt, nach 'Est. Close Date'), offene nach"
                + " 'Est. Close Date'"));
    }

    @Test
    void aFileWhoseOnlyDateIsTheDayDealsClosedTakesItForTheCloseDate() throws Exception {
        Path file = dir.resolve("closed.csv");
        Files.writeString(file, "Opportunity ID,Amount,Stage,Status,Actual Close Date\n"
                + "W1,100,Closing,Won,4/15/2024\nO1,200,Closing,Open,\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        assertThat(wizard.columnProperty("closeDate").get()).isEqualTo("Actual Close Date");
        assertThat(wizard.columnProperty("closedDate").get()).isNull();
        wizard.showCheck(wizard.check());
        wizard.importNow(rows -> { }, () -> false);
        List<Deal> deals = new ArrayList<>();
        workbook.readDeals(workbook.datasets(Dataset.Kind.DEALS).get(0).id(), deals::add);
        assertThat(deals).extracting(Deal::closeDate).containsExactly(LocalDate.of(2024, 4, 15), null);
    }

    @Test
    void rowsLeftOutAreNamedByLineAndColumnInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, "id,amount,stage,closeDate\nd1,100,Won,2024-01-31\nd2,abc,Won,2024-02-29\n"
                + "d3,-5,Won,2024-03-31\n,7,Won,2024-03-31\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, true)).filteredOn(t -> t.contains("ausgelassen")).containsExactly(
                "1 Zeile ausgelassen: amount ist keine Zahl, z. B. Zeile 3, Spalte 'amount' ('abc')",
                "1 Zeile ausgelassen: amount ist negativ, z. B. Zeile 4, Spalte 'amount' ('-5')",
                "1 Zeile ausgelassen: id ist leer, z. B. Zeile 5, Spalte 'id'");
    }

    @Test
    void amountsInCentsAndTheSubscriptionsExpandedAreSaidInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        ImportWizardViewModel wizard = opened("stripe-api-subscriptions.csv");
        assertThat(texts(wizard, false)).contains("Beträge in Cent (so schreibt sie der erkannte Export): plan_amount"
                + " durch 100 geteilt; Zeilen, deren plan_currency eine Währung ohne Nachkommastellen ist (JPY, KRW …),"
                + " bleiben unverändert.");

        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, false)).anyMatch(t -> t.startsWith("Abonnements: 36, daraus Kundenmonate bis"))
                .noneMatch(t -> t.contains("subscriptions became") || t.contains("Amounts in cents"));
    }

    @Test
    void replacedBytesAndANegativeLedgerMonthAreSaidInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        Path file = dir.resolve("ledger.csv");
        Files.write(file, new byte[] {'c', 'u', 's', 't', 'o', 'm', 'e', 'r', ',', 'm', 'o', 'n', 't', 'h', ',', 'm',
            'r', 'r', '\n', 'A', (byte) 0x81, 'B', ',', '2', '0', '2', '4', '-', '0', '1', ',', '1', '0', '\n',
            'C', ',', '2', '0', '2', '4', '-', '0', '1', ',', '-', '6', '\n', 'C', ',', '2', '0', '2', '4', '-', '0',
            '1', ',', '2', '\n'});
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        wizard.choose(Kind.LEDGER);
        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, false)).contains("ledger.csv, Zeile 2: Bytes, die kein Windows-1252-Text sind, wurden"
                + " ersetzt (\uFFFD).");
        assertThat(texts(wizard, true)).filteredOn(t -> t.contains("ausgelassen")).containsExactly(
                "2 Zeilen ausgelassen: die MRR des Monats ergibt zusammen weniger als 0 (Gutschriften übersteigen die"
                        + " Belastungen), z. B. Zeile 3, Spalte 'mrr' (Kunde 'C', 2024-01: -4 aus Zeile(n) 3, 4);"
                        + " Zeile 4, Spalte 'mrr' (Kunde 'C', 2024-01: -4 aus Zeile(n) 3, 4)");
    }

    @Test
    void subscriptionsLeftOutAreNamedInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        Path file = dir.resolve("subs.csv");
        Files.writeString(file, "Customer,Start,End,MRR,Amount,Interval,Quantity,Is Trial,Status\n"
                + "A,2024-01-01,,10,,,,,\n"
                + "B,2024-01-01,2024-06-30,20,,,,,\n"
                + "D,2024-03-01,2024-02-01,10,,,,,\n"
                + "E,2024-01-01,,,,,,,\n"
                + "F,2024-01-01,,,100,fortnight,,,\n"
                + "H,2024-01-01,,10,,,,maybe,\n"
                + "I,2024-01-01,,10,,,,,canceled\n"
                + "J,2024-01-01,,,100,,,,\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        wizard.choose(Kind.SUBSCRIPTIONS);
        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, true)).filteredOn(t -> t.contains("ausgelassen")).containsExactlyInAnyOrder(
                "1 Zeile ausgelassen: end liegt vor start, z. B. Zeile 4, Spalte 'End' ('2024-02-01' vor '2024-03-01')",
                "1 Zeile ausgelassen: mrr und amount sind leer, z. B. Zeile 5, Spalte 'MRR'",
                "1 Zeile ausgelassen: interval ist nicht month, quarter, year, week, day oder eine Zahl von Monaten,"
                        + " z. B. Zeile 6, Spalte 'Interval' ('fortnight')",
                "1 Zeile ausgelassen: isTrial ist nicht true/false, yes/no oder 1/0, z. B. Zeile 7, Spalte 'Is Trial'"
                        + " ('maybe')",
                "1 Zeile ausgelassen: das Abonnement ist beendet, aber end ist leer (der Monat, in dem es endete, ist"
                        + " unbekannt), z. B. Zeile 8, Spalte 'Status' ('canceled')",
                "1 Zeile ausgelassen: amount ist ohne Abrechnungsintervall (interval) angegeben, z. B. Zeile 9,"
                        + " Spalte 'Interval'");
    }

    @Test
    void aFileWithoutAUsableRowIsRefusedInGermanAndInTheCliEnglish() throws Exception {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, "id,amount,stage,closeDate\nd1,abc,Won,2024-01-31\nd2,xyz,Won,2024-02-29\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        Throwable failure = Assertions.catchThrowable(wizard::check);
        assertThat(failure).hasMessage("deals.csv: no usable deal in 2 rows; first problem: deals.csv, line 2,"
                + " column 'amount': amount is not a number ('abc')");
        assertThat(FileProblemText.of(failure)).isEqualTo(failure.getMessage());
        UiText.use(Locale.GERMAN);
        assertThat(FileProblemText.of(failure)).isEqualTo("deals.csv: kein verwendbarer Deal in 2 Zeilen; erstes"
                + " Problem: Zeile 2, Spalte 'amount' ('abc'): amount ist keine Zahl");
    }

    @Test
    void anEmptyFileAndAMissingSheetAreSaidInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        assertThat(FileProblemText.of(Assertions.catchThrowable(() -> wizard.open(empty))))
                .isEqualTo("empty.csv: Die Datei ist leer (keine Kopfzeile)");
        Throwable noSheet = Assertions.catchThrowable(() -> CsvFile.open(EXPORTS.resolve("hubspot-deals-report.xlsx"),
                List.of("id"), ImportMapping.defaults().withSheet("Pipeline")));
        assertThat(FileProblemText.of(noSheet)).startsWith("hubspot-deals-report.xlsx: Kein Blatt namens 'Pipeline'"
                + " (die Blätter sind: '");
    }

    @Test
    void aLookupTableIsNamedInGerman() throws Exception {
        UiText.use(Locale.GERMAN);
        ImportWizardViewModel wizard = opened("crm-products.csv");
        assertThat(texts(wizard, true)).anyMatch(t -> t.startsWith("Diese Datei sieht aus wie CRM-Produkte (eine"
                + " Tabelle zum Nachschlagen für Deals: listPrice je Produkt):"));
    }
}
