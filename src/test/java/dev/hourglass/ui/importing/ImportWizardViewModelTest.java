package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's model on a CRM export whose columns and values are not Hourglass's. */
class ImportWizardViewModelTest {
    private static final String CRM = "\uFEFFOpportunity ID;Amount;Stage Name;Close Date;Status;Segment\n"
            + "006A;1000;Qualification;2017-01-31;Closed Won;SMB\n"
            + "006B;2000;Negotiating;2017-02-28;Closed Lost;SMB\n"
            + "006C;3000;Negotiating;2017-02-28;Open;Enterprise\n"
            + "006D;abc;Negotiating;2017-02-28;Open;Enterprise\n"
            + "006E;500;Mystery stage;2017-03-01;Open;SMB\n";

    @TempDir
    Path dir;
    private Workbook workbook;
    private Path csv;

    @BeforeEach
    void open() throws Exception {
        workbook = Workbook.create(dir.resolve("w.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
        csv = dir.resolve("salesforce.csv");
        Files.writeString(csv, CRM, StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void columnsAreMatchedByNameAndByTheNamesExportsUseAndEachSaysHow() throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        wizard.open(csv);
        assertThat(wizard.preview().header()).containsExactly("Opportunity ID", "Amount", "Stage Name", "Close Date",
                "Status", "Segment");
        assertThat(wizard.preview().firstRows()).hasSize(5);
        assertThat(wizard.columnProperty("amount").get()).isEqualTo("Amount");
        assertThat(wizard.columnProperty("closeDate").get()).isEqualTo("Close Date");
        assertThat(wizard.columnProperty("id").get()).isEqualTo("Opportunity ID");
        assertThat(wizard.columnProperty("stage").get()).isEqualTo("Stage Name");
        assertThat(wizard.columnProperty("owner").get()).isNull();
        assertThat(wizard.howMatchedProperty("id").get()).isEqualTo("'Opportunity ID' → id (recognised as Opportunity ID)");
        assertThat(wizard.howMatchedProperty("amount").get()).isEqualTo("'Amount' → amount (same name)");
        assertThat(wizard.howMatchedProperty("owner").get()).startsWith("No column of the file matched owner");
    }

    @Test
    void mappedValuesAreCheckedThenImportedAndTheMappingIsOfferedNextTime() throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        wizard.open(csv);
        wizard.columnProperty("outcome").set("Status");
        wizard.readValues(null);
        assertThat(wizard.stageValues()).extracting(ImportWizardViewModel.ValueRow::raw)
                .containsExactly("Mystery stage", "Negotiating", "Qualification");
        assertThat(wizard.stageValues().get(1).targetProperty().get()).isEqualTo("Negotiating");
        assertThat(wizard.stageValues().get(2).targetProperty().get()).isNull();
        wizard.stageValues().get(2).targetProperty().set("Understanding value");
        // a status column's "Closed Won" and "Closed Lost" are proposed as won and lost
        assertThat(wizard.outcomeValues()).extracting(ImportWizardViewModel.ValueRow::raw, r -> r.targetProperty().get())
                .containsExactly(Tuple.tuple("Closed Lost", Outcome.LOST_COMPETITION),
                        Tuple.tuple("Closed Won", Outcome.WON),
                        Tuple.tuple("Open", Outcome.OPEN));

        ImportWizardViewModel.FileCheck checked = wizard.check();
        assertThat(checked.rowsRead()).isEqualTo(5);
        // A stage the setup does not know is added as a Pipeline stage (imports.md §3), not a reason to leave a row out.
        assertThat(checked.usable()).isEqualTo(4);
        assertThat(checked.problems().reasons().stream().flatMap(r -> r.examples().stream())).containsExactly(
                "salesforce.csv, line 5, column 'Amount': amount is not a number ('abc')");

        ImportWizardViewModel.FileCheck imported = wizard.importNow(rows -> { }, () -> false);
        assertThat(imported.usable()).isEqualTo(4);
        Dataset dataset = workbook.datasets().get(0);
        List<Deal> deals = new ArrayList<>();
        workbook.readDeals(dataset.id(), deals::add);
        assertThat(deals).extracting(Deal::id, Deal::outcome).containsExactly(
                Tuple.tuple("006A", Outcome.WON),
                Tuple.tuple("006B", Outcome.LOST_COMPETITION),
                Tuple.tuple("006C", Outcome.OPEN),
                Tuple.tuple("006E", Outcome.OPEN));
        assertThat(deals.get(0).stage()).isEqualTo("Understanding value");
        List<Stage> stored = workbook.stageSetup(dataset.id()).stages();
        assertThat(stored.get(stored.size() - 1)).isEqualTo(new Stage("Mystery stage", Phase.CONVERSATIONS));

        ImportWizardViewModel next = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        next.open(csv);
        assertThat(next.columnProperty("id").get()).isEqualTo("Opportunity ID");
        assertThat(next.stageValues().get(2).targetProperty().get()).isEqualTo("Understanding value");
        assertThat(next.outcomeValues().get(1).targetProperty().get()).isEqualTo(Outcome.WON);
    }

    @Test
    void aNewerExportOfTheSameCrmKeepsTheForecastSwitchesByIdAndTheEarlierOneAsASnapshot() throws Exception {
        Path export = dir.resolve("crm.csv");
        Files.writeString(export, "id,amount,stage,closeDate,outcome\nA,100,Negotiating,2017-02-01,OPEN\n"
                + "B,200,Negotiating,2017-02-01,OPEN\n");
        ImportWizardViewModel first = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        first.open(export);
        first.importNow(rows -> { }, () -> false);
        Dataset earlier = workbook.datasets().get(0);
        workbook.setDealInclude(earlier.id(), 1, Boolean.FALSE); // B left out by hand

        Files.writeString(export, "id,amount,stage,closeDate,outcome\nC,50,Negotiating,2017-02-01,OPEN\n"
                + "B,250,Negotiating,2017-03-01,OPEN\nA,100,Negotiating,2017-02-01,WON\n");
        ImportWizardViewModel second = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        second.open(export);
        second.importNow(rows -> { }, () -> false);

        assertThat(workbook.datasets()).hasSize(2);
        List<Deal> later = new ArrayList<>();
        workbook.readDeals(workbook.datasets().get(1).id(), later::add);
        assertThat(later).extracting(Deal::id, Deal::include).containsExactly(
                Tuple.tuple("C", null),
                Tuple.tuple("B", Boolean.FALSE),
                Tuple.tuple("A", null));
    }

    @Test
    void unmappedStageValuesCanBecomeNewStagesWithTheirForecastCategory() throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        wizard.open(csv);
        wizard.columnProperty("outcome").set("Status");
        wizard.readValues(null);
        assertThat(wizard.addUnmappedStages()).isEqualTo(2); // "Mystery stage" and "Qualification"
        assertThat(wizard.stageNames()).endsWith("Mystery stage", "Qualification");
        wizard.stages().get(wizard.stages().size() - 2).phaseProperty().set(Phase.VOC_NEGOTIATIONS);
        StageSetup setup = wizard.mapping().stageSetup();
        assertThat(setup.stages().get(setup.indexOf("Mystery stage")).category())
                .isEqualTo(ForecastCategory.COMMIT);
        assertThat(wizard.mapping().stage("Qualification")).isEqualTo("Qualification");
    }

    @Test
    void aLedgerCheckNamesTheCustomersWithMonthsWithoutMrr() throws Exception {
        Path ledger = dir.resolve("billing.csv");
        Files.writeString(ledger, "Customer,Month,MRR\nacme,2020-01,100\nacme,2020-04,100\nzeta,2020-01,50\n"
                + "zeta,2020-02,50\nbad,2020-13,5\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.LEDGER);
        wizard.open(ledger);
        ImportWizardViewModel.FileCheck checked = wizard.check();
        assertThat(checked.rowsRead()).isEqualTo(5);
        assertThat(checked.problems().total()).isEqualTo(1);
        assertThat(Detection.english(checked.report().detections())).contains("Customers with months without MRR inside their life,"
                + " read as churned then reactivated: acme (2 months, first 2020-02)");
        wizard.showCheck(checked);
        assertThat(wizard.findings()).contains(new ImportWizardViewModel.Finding("Customers with months without MRR"
                + " inside their life, read as churned then reactivated: acme (2 months, first 2020-02).", false));
    }

    /** Deals in two currencies: the check says so as a warning, not as a note on how the file was read. */
    @Test
    void amountsInTwoCurrenciesAreAWarningOfTheCheck() throws Exception {
        Path deals = dir.resolve("pipedrive.csv");
        Files.writeString(deals, "Deal - ID;Deal - Value;Deal - Currency;Deal - Stage;Deal - Status;"
                + "Deal - Expected close date\n1;1000;EUR;Proposal;won;2024-01-31\n2;1500;USD;Proposal;won;2024-02-29\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        wizard.open(deals);
        wizard.showCheck(wizard.check());
        assertThat(wizard.findings()).contains(new ImportWizardViewModel.Finding("'Deal - Value' is in 2 currencies"
                + " (deals by 'Deal - Currency': EUR 1, USD 1); amounts are added as they are, so totals and rates by"
                + " amount mix them: convert them to one currency first, or import one currency at a time.", true));
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        StringBuilder big = new StringBuilder("id,amount,stage,closeDate,outcome\n");
        for (int i = 0; i < 25_000; i++) {
            big.append("D").append(i).append(",100,Negotiating,2017-02-01,OPEN\n");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, big);
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        wizard.open(file);
        List<Long> progress = new ArrayList<>();
        assertThatThrownBy(() -> wizard.importNow(progress::add, () -> !progress.isEmpty()))
                .isInstanceOf(CancellationException.class);
        assertThat(progress).containsExactly(10_000L);
        assertThat(workbook.datasets()).isEmpty();
    }

    @Test
    void accountsAreMappedCheckedAndImportedWithTheirColumnsRenamed() throws Exception {
        Path file = dir.resolve("crm-accounts.csv");
        Files.writeString(file, "Company,Signed,Contract value,Channel\nAcme,2025-01-01,24000,Partner\n"
                + "Globex,someday,12000,Organic\nInitech,2025-03-01,8000,Organic\n");
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.ACCOUNTS);
        wizard.open(file);
        assertThat(wizard.requiredFields()).containsExactly("account", "startDate", "arr");
        wizard.columnProperty("account").set("Company");
        wizard.columnProperty("startDate").set("Signed");
        wizard.columnProperty("arr").set("Contract value");
        wizard.columnProperty("source").set("Channel");
        ImportWizardViewModel.FileCheck checked = wizard.check();
        assertThat(checked.rowsRead()).isEqualTo(3);
        assertThat(checked.problems().total()).isEqualTo(1);
        wizard.importNow(rows -> { }, () -> false);
        var imported = workbook.datasets(Dataset.Kind.ACCOUNTS);
        assertThat(imported).hasSize(1);
        assertThat(workbook.readAccounts(imported.get(0).id())).extracting(a -> a.account() + "/" + a.source())
                .containsExactly("Acme/Partner", "Initech/Organic");
    }

    /** A tool's name keeps its capital in the sentence; a plain kind's name does not. */
    @Test
    void anExportsNameInASentence() {
        assertThat(ImportWizardViewModel.withArticle("Close opportunities export"))
                .isEqualTo("a Close opportunities export");
        assertThat(ImportWizardViewModel.withArticle("Zoho CRM deals export")).isEqualTo("a Zoho CRM deals export");
        assertThat(ImportWizardViewModel.withArticle("Accounts list")).isEqualTo("an accounts list");
        assertThat(ImportWizardViewModel.withArticle("Closed deals (a lookup for leads: won date by lead id)"))
                .isEqualTo("closed deals (a lookup for leads: won date by lead id)");
    }
}
