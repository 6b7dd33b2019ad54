package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ImportMappingJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec's example (imports.md §6): opportunities joined to products and sales teams. */
class LookupTest {
    private static final List<String> FIELDS = List.of("id", "amount", "stage", "closeDate", "owner", "team",
            "listPrice");
    private static final String PIPELINE = """
            opportunity_id,sales_agent,product,account,deal_stage,close_date,close_value,team
            1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2017-03-01,1054,
            Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2017-03-11,4514,
            EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Won,2017-03-07,50,Key accounts
            MV1LWRNH,moses frase,gtx-basic,Codehow,Won,2017-03-09,588,
            PE84CX4O,Zane Levy,GTX Basic,Hatfan,Won,2017-03-02,517,
            ZNBS69V1,Anna Snelling,GTK 500,Ron-tech,Won,2017-03-01,49,
            """;
    private static final String PRODUCTS = """
            product,series,sales_price
            GTX Basic,GTX,550
            GTX Pro,GTX,4821
            MG Special,MG,55
            GTX Plus Basic,GTX,1096
            """;
    private static final String TEAMS = """
            sales_agent,manager,regional_office
            Moses Frase,Dustin Brinkmann,Central
            Darcel Schlecht,Melvin Marxen,Central
            Anna Snelling,Dustin Brinkmann,Central
            """;
    private static final String MAPPING = """
            { "columns": { "opportunity_id": "id", "close_value": "amount", "deal_stage": "stage",
                           "sales_agent": "owner" },
              "lookups": [
                { "file": "products.csv",    "key": "product",     "columns": { "sales_price": "listPrice" } },
                { "file": "sales_teams.csv", "key": "sales_agent", "columns": { "manager": "team" } } ] }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> rows(CsvFile csv, String... fields) throws BadInputException {
        List<String> rows = new ArrayList<>();
        csv.forEachRow(row -> {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(row.string(csv.column(field)));
            }
            rows.add(row.line() + ":" + String.join("|", values));
        });
        return rows;
    }

    @Test
    void opportunitiesTakeListPriceAndTeamWithLooseKeysAndCountTheUnmatched() throws Exception {
        write("mappings/products.csv", PRODUCTS);
        write("mappings/sales_teams.csv", TEAMS);
        ImportMapping mapping = ImportMappingJson.read(write("mappings/crm.json", MAPPING));
        try (CsvFile csv = CsvFile.open(write("exports/sales_pipeline.csv", PIPELINE), FIELDS, mapping)) {
            assertThat(csv.header()).endsWith("sales_price (products.csv)", "manager (sales_teams.csv)");
            assertThat(csv.column("listPrice")).isEqualTo(8);
            assertThat(csv.column("team")).isEqualTo(9);
            assertThat(rows(csv, "id", "listPrice", "team")).containsExactly(
                    "2:1C1I7A6R|1096|Dustin Brinkmann",
                    "3:Z063OYW0|4821|Melvin Marxen",
                    "4:EC4QE1BX|55|Key accounts",
                    "5:MV1LWRNH|550|Dustin Brinkmann",
                    "6:PE84CX4O|550|",
                    "7:ZNBS69V1||Dustin Brinkmann");
            assertThat(csv.lookupReports()).containsExactly(
                    new LookupReport("products.csv", "product", 5, 1, List.of("GTK 500")),
                    new LookupReport("sales_teams.csv", "sales_agent", 5, 1, List.of("Zane Levy")));
            assertThat(Detection.english(csv.detections())).containsExactly(
                    "products.csv (lookup by product): 5 rows found their row, 1 did not (e.g. 'GTK 500');"
                            + " listPrice is left blank on those rows.",
                    "sales_teams.csv (lookup by sales_agent): 5 rows found their row, 1 did not (e.g. 'Zane Levy');"
                            + " team is left blank on those rows.");
        }
    }

    @Test
    void keysWithDifferentNamesAndAWorkbookAsTheLookupFile() throws Exception {
        Path products = dir.resolve("products.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(products)) {
            Sheet sheet = workbook.createSheet("Price list");
            Object[][] cells = {{"Product Name", "Price"}, {"GTX Pro", 4821.0}, {"MG Special", 55.5}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    if (cells[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) cells[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        Lookup lookup = new Lookup(products, "item", "product name", Map.of("Price", "listPrice"), "price list");
        ImportMapping mapping = new ImportMapping(Map.of(), Map.of(), Map.of(), ImportMapping.defaults().stageSetup(),
                "", List.of(lookup), DateFormats.none());
        try (CsvFile csv = CsvFile.open(write("deals.csv", "id,item\nD1,gtx pro\nD2,MG-Special\nD3,\n"), FIELDS,
                mapping)) {
            assertThat(rows(csv, "id", "listPrice")).containsExactly("2:D1|4821", "3:D2|55.5", "4:D3|");
            assertThat(csv.lookupReports()).containsExactly(
                    new LookupReport("products.xlsx", "item → product name", 2, 1, List.of("")));
            assertThat(Detection.english(csv.detections())).contains("products.xlsx (lookup by item → product name): 2 rows found their"
                    + " row, 1 did not (e.g. a blank key); listPrice is left blank on those rows.");
        }
    }

    @Test
    void duplicateKeysWithDifferentValuesAreNamedAndTheFirstIsUsed() throws Exception {
        Path products = write("products.csv", "product,sales_price\nGTX Pro,4821\nGTX Pro,4821\ngtx pro,4900\n,7\n");
        Lookup lookup = new Lookup(products, "product", "product", Map.of("sales_price", "listPrice"), "");
        ImportMapping mapping = new ImportMapping(Map.of(), Map.of(), Map.of(), ImportMapping.defaults().stageSetup(),
                "", List.of(lookup), DateFormats.none());
        try (CsvFile csv = CsvFile.open(write("deals.csv", "id,product\nD1,GTXPro\n"), FIELDS, mapping)) {
            assertThat(rows(csv, "id", "listPrice")).containsExactly("2:D1|4821");
            assertThat(Detection.english(csv.detections())).contains(
                    "products.csv: 1 row repeats a key of an earlier row with different values, e.g. 'gtx pro' on lines"
                            + " 2 and 4 (sales_price '4821' and '4900'); the first row of each key is used.",
                    "products.csv: 1 row has no product and cannot be looked up.");
        }
    }

    @Test
    void aMissingKeyOrLookupFileIsAClearError() throws Exception {
        Path deals = write("deals.csv", "id,product\nD1,GTXPro\n");
        Path products = write("products.csv", "name,sales_price\nGTX Pro,4821\n");
        assertThatThrownBy(() -> CsvFile.open(deals, FIELDS, withLookup(products, "product", "product")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("lookup products.csv, line 1: no key column 'product' (the header has: name, sales_price)");
        assertThatThrownBy(() -> CsvFile.open(deals, FIELDS, withLookup(products, "sku", "name")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("deals.csv, line 1: no column 'sku' to look up products.csv by (the header has: id, product)");
        assertThatThrownBy(() -> CsvFile.open(deals, FIELDS, withLookup(dir.resolve("none.csv"), "product", "name")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("lookup none.csv: no such file");
    }

    private static ImportMapping withLookup(Path file, String from, String to) {
        return new ImportMapping(Map.of(), Map.of(), Map.of(), ImportMapping.defaults().stageSetup(), "",
                List.of(new Lookup(file, from, to, Map.of("sales_price", "listPrice"), "")), DateFormats.none());
    }

    @Test
    void theMappingReadsSheetAndLookupsAndWritesThemBackResolved() throws Exception {
        Path mappingFile = write("maps/leads.json", """
                { "sheet": "Leads",
                  "lookups": [ { "file": "../data/closed_deals.xlsx", "key": { "from": "mql_id", "to": "MQL ID" },
                                 "columns": { "won_date": "wonDate", "seller": "owner" }, "sheet": "Deals" } ] }
                """);
        ImportMapping mapping = ImportMappingJson.read(mappingFile);
        assertThat(mapping.sheet()).isEqualTo("Leads");
        Lookup lookup = mapping.lookups().get(0);
        assertThat(lookup.file()).isEqualTo(dir.resolve("maps").toAbsolutePath().resolve("../data/closed_deals.xlsx"));
        assertThat(lookup.fromKey()).isEqualTo("mql_id");
        assertThat(lookup.toKey()).isEqualTo("MQL ID");
        assertThat(lookup.columns()).containsExactly(Map.entry("won_date", "wonDate"), Map.entry("seller", "owner"));
        assertThat(lookup.sheet()).isEqualTo("Deals");
        ImportMapping again = ImportMappingJson.parse(ImportMappingJson.toJson(mapping));
        assertThat(again.sheet()).isEqualTo("Leads");
        assertThat(again.lookups()).containsExactly(new Lookup(lookup.file().toAbsolutePath(), "mql_id", "MQL ID",
                lookup.columns(), "Deals"));
        assertThat(mapping.withSheet("Other").sheet()).isEqualTo("Other");
        assertThat(mapping.withSheet(null)).isSameAs(mapping);
    }

    @Test
    void aLookupWithoutColumnsOrWithAnUnknownFieldIsRefusedByPath() throws Exception {
        assertThatThrownBy(() -> ImportMappingJson.read(write("a.json", "{\"lookups\": [{\"file\": \"p.csv\", \"key\": \"p\"}]}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("a.json, field lookups[0].columns: is required");
        assertThatThrownBy(() -> ImportMappingJson.read(write("b.json",
                "{\"lookups\": [{\"file\": \"p.csv\", \"key\": \"p\", \"columns\": {\"x\": \"y\"}, \"join\": 1}]}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("b.json, field lookups[0].join: unknown field");
    }
}
