package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.importing.ImportWizardViewModel.Finding;
import dev.hourglass.ui.importing.ImportWizardViewModel.JoinedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's Joined files, without the toolkit: proposed ticked, unticked, a file joined by hand or refused. */
class ImportWizardJoinsTest {
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

    private ImportWizardViewModel opened(Path file) throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        return wizard;
    }

    private static List<String> findings(ImportWizardViewModel wizard) {
        return wizard.findings().stream().map(Finding::text).toList();
    }

    @Test
    void theTablesBesideAreProposedTickedInWordsAndTheCheckJoinsThem() throws Exception {
        ImportWizardViewModel wizard = opened(EXPORTS.resolve("crm-opportunities.csv"));
        assertThat(wizard.joinedFiles()).extracting(JoinedFile::text).containsExactly(
                "crm-products.csv by product: sales_price → List price",
                "crm-sales-teams.csv by sales_agent: manager → Team");
        assertThat(wizard.joinedFiles()).allMatch(j -> j.joinedProperty().get());
        assertThat(wizard.mapping().lookups()).extracting(Lookup::fileName, Lookup::keyDescription, Lookup::columns)
                .containsExactly(
                        tuple("crm-products.csv", "product",
                                Map.of("sales_price", "listPrice")),
                        tuple("crm-sales-teams.csv", "sales_agent",
                                Map.of("manager", "team")));
        // the key columns are used: only 'account' is left
        assertThat(findings(wizard)).contains("1 column is not used: 'account'.");

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get()).isEqualTo("150 rows read: 150 can be imported, 0 are left out.");
        assertThat(findings(wizard)).contains("crm-products.csv (lookup by product): all 150 rows found their row.",
                "crm-sales-teams.csv (lookup by sales_agent): all 150 rows found their row.",
                "80 deals without an amount took the list price of their product.");
    }

    @Test
    void aFieldWithoutAColumnSaysWhichTickedFileGivesIt() throws Exception {
        ImportWizardViewModel wizard = opened(EXPORTS.resolve("crm-opportunities.csv"));
        assertThat(wizard.joinedFileGiving("listPrice")).contains("crm-products.csv");
        assertThat(wizard.joinedFileGiving("team")).contains("crm-sales-teams.csv");
        assertThat(wizard.joinedFileGiving("amount")).isEmpty(); // close_value, the file's own column
        assertThat(wizard.joinedFileGiving("segment")).isEmpty(); // no file gives it

        wizard.joinedFiles().get(0).joinedProperty().set(false);
        assertThat(wizard.joinedFileGiving("listPrice")).isEmpty();
        wizard.columnProperty("team").set("sales_agent");
        assertThat(wizard.joinedFileGiving("team")).isEmpty(); // a column chosen by hand comes first
    }

    @Test
    void anUntickedFileIsNotJoined() throws Exception {
        ImportWizardViewModel wizard = opened(EXPORTS.resolve("crm-opportunities.csv"));
        wizard.joinedFiles().get(0).joinedProperty().set(false);
        assertThat(wizard.mapping().lookups()).extracting(Lookup::fileName).containsExactly("crm-sales-teams.csv");
        assertThat(findings(wizard)).contains("2 columns are not used: 'product', 'account'.");

        wizard.showCheck(wizard.check());
        assertThat(findings(wizard)).contains("crm-sales-teams.csv (lookup by sales_agent): all 150 rows found their row.")
                .noneMatch(f -> f.contains("crm-products.csv") || f.contains("list price"));
    }

    @Test
    void aFileChosenByHandIsJoinedTickedAndItsLookupImportedWithTheData() throws Exception {
        Path main = Files.copy(EXPORTS.resolve("crm-opportunities.csv"), dir.resolve("crm-opportunities.csv"));
        Path elsewhere = Files.createDirectories(dir.resolve("tables"));
        Path products = Files.copy(EXPORTS.resolve("crm-products.csv"), elsewhere.resolve("crm-products.csv"));
        ImportWizardViewModel wizard = opened(main);
        assertThat(wizard.joinedFiles()).isEmpty();

        wizard.join(products);
        assertThat(wizard.joinProblemProperty().get()).isEmpty();
        assertThat(wizard.joinedFiles()).extracting(JoinedFile::text)
                .containsExactly("crm-products.csv by product: sales_price → List price");
        assertThat(wizard.mapping().lookups()).extracting(Lookup::file).containsExactly(products);

        wizard.importNow(rows -> { }, () -> false);
        Dataset deals = workbook.datasets(Dataset.Kind.DEALS).get(0);
        List<Deal> read = new ArrayList<>();
        workbook.readDeals(deals.id(), read::add);
        // D61D0AZY: a blank close_value, 'GTX Plus Basic' at 1,096 in the products file
        assertThat(read).filteredOn(d -> d.id().equals("D61D0AZY")).singleElement()
                .extracting(Deal::amount).isEqualTo(1096.0);
        // the workbook keeps the lookup by its absolute path, which the next import of the file proposes again
        assertThat(ImportMappingJson.parse(deals.mapping().orElseThrow()).lookups()).extracting(Lookup::file)
                .containsExactly(products.toAbsolutePath());
        Path again = Files.copy(main, Files.createDirectories(dir.resolve("next")).resolve("crm-opportunities.csv"));
        assertThat(opened(again).mapping().lookups()).extracting(Lookup::file)
                .containsExactly(products.toAbsolutePath());
    }

    @Test
    void aFileWithoutASharedKeyIsRefusedInOneSentenceAndNothingIsAdded() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.csv"), "note,author\ncall back,Ann\n");
        ImportWizardViewModel wizard = opened(EXPORTS.resolve("crm-opportunities.csv"));
        wizard.join(notes);
        assertThat(wizard.joinProblemProperty().get()).isEqualTo("notes.csv cannot be joined to"
                + " crm-opportunities.csv: it has no column named as one of crm-opportunities.csv's to look rows up by"
                + " (its columns: note, author; crm-opportunities.csv's: opportunity_id, sales_agent, product, account,"
                + " deal_stage, engage_date, close_date, close_value)");
        assertThat(wizard.joinedFiles()).hasSize(2);

        UiText.use(Locale.GERMAN);
        wizard.join(notes);
        assertThat(wizard.joinProblemProperty().get()).startsWith("notes.csv lässt sich nicht mit"
                + " crm-opportunities.csv verknüpfen: Keine ihrer Spalten heißt wie eine Spalte von"
                + " crm-opportunities.csv");
        assertThat(wizard.joinedFiles().get(0).text()).isEqualTo("crm-products.csv über product: sales_price →"
                + " Listenpreis");
    }

    @Test
    void theLeadsAreProposedTheirClosedDealsForTheWonDate() throws Exception {
        ImportWizardViewModel wizard = opened(EXPORTS.resolve("leads.csv"));
        assertThat(wizard.kind()).isEqualTo(ImportWizardViewModel.Kind.LEADS);
        assertThat(wizard.joinedFiles()).extracting(JoinedFile::text)
                .containsExactly("closed-deals.csv by mql_id: won_date → Won");
        wizard.showCheck(wizard.check());
        // 42 of the 160 leads' mql_ids are in closed-deals.csv
        assertThat(findings(wizard)).contains("closed-deals.csv (lookup by mql_id): 42 rows found their row, 118 did"
                + " not (e.g. '6b90216ba7270f055fb4fc22b68540af', 'dcdcf9757c8c7d0445e402be5e5c3e60',"
                + " '5649f47075ceafbf9cb9fe1e0fcf643e', '2ae6d44bca7199de925dec4093519f08',"
                + " 'ae51a4d54cd2293484bf0d41d7e4cd89'); won is left blank on those rows.");
    }
}
