package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.Lookup;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookups proposed for the corpus's CRM and Olist tables, the sentences of files that cannot join, the bounds. */
class LookupProposalsTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final Path OPPORTUNITIES = EXPORTS.resolve("crm-opportunities.csv");

    @TempDir
    Path dir;

    private static List<String> header(Path file) throws BadInputException {
        return CsvFile.headerOf(file, "");
    }

    private static Lookup proposed(Path main, ImportKind kind, Path table) throws BadInputException {
        return LookupProposals.propose(main, header(main), kind, Map.of(), table);
    }

    @Test
    void theCrmProductsAndSalesTeamsTablesGiveListPriceAndTeamByTheirKeys() throws Exception {
        Lookup products = proposed(OPPORTUNITIES, ImportKind.DEALS, EXPORTS.resolve("crm-products.csv"));
        assertThat(products.fromKey()).isEqualTo("product");
        assertThat(products.toKey()).isEqualTo("product");
        assertThat(products.columns()).containsExactly(Map.entry("sales_price", "listPrice"));
        assertThat(LookupProposals.english(products))
                .isEqualTo("crm-products.csv joined by product: sales_price → listPrice");

        Lookup teams = proposed(OPPORTUNITIES, ImportKind.DEALS, EXPORTS.resolve("crm-sales-teams.csv"));
        assertThat(teams.keyDescription()).isEqualTo("sales_agent");
        assertThat(teams.columns()).containsExactly(Map.entry("manager", "team"));
    }

    @Test
    void theOlistClosedDealsGiveTheLeadsTheirWonDateByMqlId() throws Exception {
        Lookup closed = proposed(EXPORTS.resolve("leads.csv"), ImportKind.LEADS, EXPORTS.resolve("closed-deals.csv"));
        assertThat(closed.keyDescription()).isEqualTo("mql_id");
        assertThat(closed.columns()).containsExactly(Map.entry("won_date", "won"));
    }

    @Test
    void aRecognisedTableIsKeyedByTheFieldBothColumnsFeedWhenTheMainFileNamesItOtherwise() throws Exception {
        Path deals = Files.writeString(dir.resolve("deals.csv"),
                "Opportunity ID,Opportunity Owner,Stage,Close Date,Amount\nO1,Maya Brown,Won,2017-03-01,100\n");
        Lookup teams = proposed(deals, ImportKind.DEALS, EXPORTS.resolve("crm-sales-teams.csv"));
        assertThat(teams.fromKey()).isEqualTo("Opportunity Owner");
        assertThat(teams.toKey()).isEqualTo("sales_agent");
        assertThat(teams.keyDescription()).isEqualTo("Opportunity Owner → sales_agent");
    }

    @Test
    void anyOtherTableGivesTheFieldsTheMainFileHasNoColumnFor() throws Exception {
        Path accounts = Files.writeString(dir.resolve("accounts.csv"),
                "account,sector,Segment,Deal Stage\nGlobex Corporation,retail,Enterprise,x\n");
        Lookup lookup = proposed(OPPORTUNITIES, ImportKind.DEALS, accounts);
        assertThat(lookup.keyDescription()).isEqualTo("account");
        // 'sector' names no field; 'Deal Stage' feeds stage, which deal_stage gives already
        assertThat(lookup.columns()).containsExactly(Map.entry("Segment", "segment"));
    }

    @Test
    void aTableSharingNoColumnNameIsRefusedSayingWhichColumnsEachHas() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.csv"), "note,author\ncall back,Ann\n");
        assertThatThrownBy(() -> proposed(OPPORTUNITIES, ImportKind.DEALS, notes))
                .isInstanceOf(BadInputException.class)
                .hasMessage("notes.csv cannot be joined to crm-opportunities.csv: it has no column named as one of"
                        + " crm-opportunities.csv's to look rows up by (its columns: note, author;"
                        + " crm-opportunities.csv's: opportunity_id, sales_agent, product, account, deal_stage,"
                        + " engage_date, close_date, close_value)")
                .extracting(e -> ((BadInputException) e).problem().orElseThrow().code())
                .isEqualTo(FileProblem.Code.LOOKUP_SHARES_NO_KEY);
    }

    @Test
    void aTableGivingNoMissingFieldIsRefusedSayingWhatTheMainFileLacks() throws Exception {
        Path series = Files.writeString(dir.resolve("series.csv"), "product,series\nGTX Basic,GTX\n");
        assertThatThrownBy(() -> proposed(OPPORTUNITIES, ImportKind.DEALS, series))
                .hasMessage("series.csv cannot be joined to crm-opportunities.csv by product: none of its other"
                        + " columns (product, series) names a field of deals that crm-opportunities.csv has no column"
                        + " for (outcome, segment, competitor, team, source, originalCloseDate, include, listPrice,"
                        + " amountPeriod, closedDate, wonDate, lostDate)");
    }

    @Test
    void theTablesBesideAFileAreTheRecognisedOnesOfItsKindThatShareItsKey() throws Exception {
        List<Lookup> deals = LookupProposals.beside(OPPORTUNITIES, header(OPPORTUNITIES), ImportKind.DEALS, Map.of());
        assertThat(deals).extracting(Lookup::fileName).containsExactly("crm-products.csv", "crm-sales-teams.csv");
        assertThat(deals.get(0).file()).isEqualTo(EXPORTS.resolve("crm-products.csv"));
        Path leads = EXPORTS.resolve("leads.csv");
        assertThat(LookupProposals.beside(leads, header(leads), ImportKind.LEADS, Map.of()))
                .extracting(Lookup::fileName).containsExactly("closed-deals.csv");
        // the products table shares no key with a Pipedrive export beside it
        Path pipedrive = EXPORTS.resolve("pipedrive-deals.csv");
        assertThat(LookupProposals.beside(pipedrive, header(pipedrive), ImportKind.DEALS, Map.of())).isEmpty();

        assertThat(LookupProposals.besideSentences(OPPORTUNITIES, header(OPPORTUNITIES), ImportKind.DEALS, Map.of()))
                .extracting(Detection::english).containsExactly(
                        "crm-products.csv beside the file can give listPrice by product: add --lookup "
                                + EXPORTS.resolve("crm-products.csv"),
                        "crm-sales-teams.csv beside the file can give team by sales_agent: add --lookup "
                                + EXPORTS.resolve("crm-sales-teams.csv"));
    }

    @Test
    void aUtf16AndAnXlsxTableBesideAreFoundLikeACsv() throws Exception {
        Path main = Files.copy(OPPORTUNITIES, dir.resolve("crm-opportunities.csv"));
        byte[] products = Files.readString(EXPORTS.resolve("crm-products.csv")).getBytes(StandardCharsets.UTF_16);
        Files.write(dir.resolve("products-utf16.csv"), products);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("teams.xlsx"))) {
            Sheet sheet = book.createSheet("Teams");
            List<String[]> rows = List.of(new String[] {"sales_agent", "manager", "regional_office"},
                    new String[] {"Maya Brown", "Dustin Brinkmann", "Central"});
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
        }
        assertThat(LookupProposals.beside(main, header(main), ImportKind.DEALS, Map.of()))
                .extracting(Lookup::fileName, l -> l.columns().values().iterator().next())
                .containsExactly(tuple("products-utf16.csv", "listPrice"),
                        tuple("teams.xlsx", "team"));
    }

    @Test
    void onlyTheFirstFilesBesideByNameAreLookedAt() throws Exception {
        Path main = Files.copy(OPPORTUNITIES, dir.resolve("crm-opportunities.csv"));
        Files.copy(EXPORTS.resolve("crm-products.csv"), dir.resolve("products.csv"));
        assertThat(LookupProposals.beside(main, header(main), ImportKind.DEALS, Map.of())).hasSize(1);
        for (int i = 0; i < LookupProposals.MOST_FILES_BESIDE; i++) {
            Files.writeString(dir.resolve(String.format("a%02d.csv", i)), "x,y\n1,2\n");
        }
        assertThat(LookupProposals.beside(main, header(main), ImportKind.DEALS, Map.of())).isEmpty();
    }
}
