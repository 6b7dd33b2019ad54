package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario spreadsheet read back with Apache POI, every formula evaluated, against the model's figures. */
class ScenarioXlsxExportTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");

    @TempDir
    Path dir;

    private XSSFWorkbook writeAndRead(Scenario scenario) throws Exception {
        Path file = dir.resolve("scenario.xlsx");
        ScenarioXlsxExport.write(scenario, file);
        assertThat(dir.toFile().list()).containsExactly("scenario.xlsx");
        XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file));
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return book;
    }

    private static XSSFWorkbook writeGerman(Scenario scenario, Path file) throws Exception {
        ScenarioXlsxExport.write(scenario, file, Locale.GERMANY);
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    /** Results rows by key (column D), evaluated. */
    private static Map<String, Cell> byKey(Sheet sheet) {
        Map<String, Cell> cells = new HashMap<>();
        for (Row row : sheet) {
            Cell key = row.getCell(3);
            if (row.getRowNum() > 0 && key != null && key.getCellType() == CellType.STRING) {
                cells.put(key.getStringCellValue(), row.getCell(1));
            }
        }
        return cells;
    }

    private static double number(FormulaEvaluator evaluator, Cell cell) {
        return evaluator.evaluate(cell).getNumberValue();
    }

    @Test
    void aGermanSpreadsheetHasGermanWordsAndEveryResultAsTheEnglishOne() throws Exception {
        Scenario scenario = ScenarioJsonReader.read(SEED);
        Path german = dir.resolve("de.xlsx");
        try (XSSFWorkbook en = writeAndRead(scenario);
             XSSFWorkbook de = writeGerman(scenario, german)) {
            FormulaEvaluator deEvaluator = de.getCreationHelper().createFormulaEvaluator();
            deEvaluator.evaluateAll();
            assertThat(List.of(de.getSheetAt(0).getSheetName(), de.getSheetAt(1).getSheetName()))
                    .containsExactly("Annahmen", "Ergebnisse");
            assertThat(List.of("Amortisationskurve", "ARR-Brücke", "Budgetaufteilung", "Post-Sale-Trichter", "Kanäle"))
                    .allMatch(name -> de.getSheet(name) != null);
            Row header = de.getSheet("Annahmen").getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("Eingabe", "Wert", "Einheit", "Schlüssel");
            assertThat(de.getSheet("Ergebnisse").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ergebnis");
            assertThat(de.getSheet("Amortisationskurve").getRow(0).getCell(6).getStringCellValue())
                    .isEqualTo("CAC gedeckt");
            assertThat(deEvaluator.evaluate(de.getSheet("Amortisationskurve").getRow(1).getCell(6)).getStringValue())
                    .isEqualTo("nein");
            assertThat(de.getSheet("Budgetaufteilung").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Vor dem Kauf");
            assertThat(de.getSheet("Kanäle").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kanal");
            Map<String, Cell> deAssumptions = byKey(de.getSheet("Annahmen"));
            assertThat(deAssumptions.get("unitEconomics.billing").getStringCellValue()).isIn("Monatlich", "Jährlich");
            assertThat(deAssumptions.get("unitEconomics.acv").getRow().getCell(0).getStringCellValue())
                    .isEqualTo(FigureTexts.of(Locale.GERMAN).label("unitEconomics.acv"));

            FormulaEvaluator enEvaluator = en.getCreationHelper().createFormulaEvaluator();
            Map<String, Cell> enResults = byKey(en.getSheet("Results"));
            Map<String, Cell> deResults = byKey(de.getSheet("Ergebnisse"));
            assertThat(deResults.keySet()).isEqualTo(enResults.keySet());
            for (Map.Entry<String, Cell> result : enResults.entrySet()) {
                CellValue english = enEvaluator.evaluate(result.getValue());
                CellValue inGerman = deEvaluator.evaluate(deResults.get(result.getKey()));
                assertThat(inGerman.getCellType()).as(result.getKey()).isEqualTo(english.getCellType());
                if (english.getCellType() == CellType.NUMERIC) {
                    assertThat(inGerman.getNumberValue()).as(result.getKey()).isEqualTo(english.getNumberValue());
                }
            }
        }
    }

    @Test
    void everyResultEvaluatesToTheModelsFigure() throws Exception {
        Scenario scenario = ScenarioJsonReader.read(SEED);
        try (XSSFWorkbook book = writeAndRead(scenario)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Assumptions");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Results");
            assertThat(List.of("Payback curve", "ARR bridge", "Budget split", "Post-sale funnel", "Channels"))
                    .allMatch(name -> book.getSheet(name) != null);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Map<String, Cell> results = byKey(book.getSheet("Results"));
            Map<String, Double> expected = ScenarioFigures.outputs(scenario);
            int compared = 0;
            for (Map.Entry<String, Cell> result : results.entrySet()) {
                if (expected.containsKey(result.getKey())) {
                    assertThat(number(evaluator, result.getValue())).as(result.getKey())
                            .isCloseTo(expected.get(result.getKey()), within(1e-6));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThanOrEqualTo(20);

            Cell payback = results.get("unitEconomics.paybackMonth");
            assertThat(payback.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(number(evaluator, payback)).isEqualTo(12);
            Cell ltv = results.get("unitEconomics.ltv");
            assertThat(number(evaluator, ltv)).isCloseTo(67_121.08, within(0.005));
            Cell ltvToCac = results.get("unitEconomics.ltvToCac");
            assertThat(ltvToCac.getCellFormula()).isEqualTo("IF(cac=0,\"\",ltv/cac)");
            assertThat(number(evaluator, ltvToCac)).isCloseTo(67_121.08 / 18_000, within(1e-6));
            assertThat(book.getSheet("Payback curve").getRow(3).getCell(9).getNumericCellValue()).isEqualTo(12);
            assertThat(book.getSheet("Assumptions").getRow(9 - 1).getCell(1).getNumericCellValue()).isEqualTo(18_000);
        }
    }

    @Test
    void theArrBridgeChainsClosingIntoNextOpeningAsFormulas() throws Exception {
        Scenario scenario = SeedScenarios.baseCase();
        List<ArrBridgeYear> bridge = ScenarioCalculator.calculate(scenario).retention().orElseThrow().bridge();
        try (XSSFWorkbook book = writeAndRead(scenario)) {
            Sheet sheet = book.getSheet("ARR bridge");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Closing ARR");
            for (int i = 0; i < bridge.size(); i++) {
                Row row = sheet.getRow(i + 1);
                int n = i + 2;
                assertThat(row.getCell(6).getCellFormula())
                        .isEqualTo("IF($A" + n + "=\"\",\"\",B" + n + "-C" + n + "-D" + n + "+E" + n + "+F" + n + ")");
                assertThat(row.getCell(6).getNumericCellValue()).as("closing, year " + (i + 1))
                        .isCloseTo(bridge.get(i).closing(), within(0.005));
                assertThat(row.getCell(1).getNumericCellValue()).isCloseTo(bridge.get(i).opening(), within(0.005));
                if (i > 0) {
                    assertThat(row.getCell(1).getCellFormula()).isEqualTo("IF($A" + n + "=\"\",\"\",G" + (n - 1) + ")");
                }
            }
            assertThat(sheet.getRow(1).getCell(1).getCellFormula()).isEqualTo("IF($A2=\"\",\"\",startArr)");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void budgetSplitAndFunnelConversionsAreFormulasThatMatchTheModel() throws Exception {
        Scenario scenario = ScenarioJsonReader.read(SEED);
        ScenarioResult result = ScenarioCalculator.calculate(scenario);
        try (XSSFWorkbook book = writeAndRead(scenario)) {
            Map<String, Cell> results = byKey(book.getSheet("Results"));
            Cell pre = results.get("budget.preDollarsShare");
            assertThat(pre.getCellFormula()).isEqualTo("preDollarsShare");
            assertThat(book.getName("preDollarsShare").getRefersToFormula()).startsWith("'Budget split'!");
            assertThat(pre.getNumericCellValue()).isCloseTo(0.95, within(1e-12));
            Sheet funnel = book.getSheet("Post-sale funnel");
            List<PostSaleFunnelStep> steps = result.postSaleFunnel().orElseThrow();
            for (int i = 0; i < steps.size(); i++) {
                Row row = funnel.getRow(i + 1);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(steps.get(i).count());
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(row.getCell(2).getNumericCellValue())
                        .isCloseTo(steps.get(i).stepConversion().getAsDouble(), within(1e-12));
                assertThat(row.getCell(3).getNumericCellValue())
                        .isCloseTo(steps.get(i).cumulativeConversion().getAsDouble(), within(1e-12));
            }
            Row titles = book.getSheet("Channels").getRow(0);
            assertThat(List.of(titles.getCell(1).getStringCellValue(), titles.getCell(4).getStringCellValue(),
                    titles.getCell(10).getStringCellValue(), titles.getCell(13).getStringCellValue()))
                    .as("the catalogue's words").containsExactly("Spend", "Retained at 90 days",
                            "Cost per activated customer", "LTV:CAC");
            Row paidSearch = book.getSheet("Channels").getRow(1);
            assertThat(paidSearch.getCell(9).getNumericCellValue()).isEqualTo(15_000);
            assertThat(paidSearch.getCell(13).getNumericCellValue()).isCloseTo(
                    result.channels().orElseThrow().get(0).ltvToCac().getAsDouble(), within(1e-9));
            assertThat(book.getSheet("Results").getRow(2).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0 \"USD\"");
        }
    }

    @Test
    void textASpreadsheetWouldRunIsEscaped() throws Exception {
        Scenario scenario = SeedScenarios.baseCase().withName("=HYPERLINK(\"http://evil\",\"click\")");
        try (XSSFWorkbook book = writeAndRead(scenario)) {
            assertThat(book.getSheet("Assumptions").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
            assertThat(book.getSheet("Assumptions").getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void textStartingWithATabOrACarriageReturnIsEscapedToo() throws Exception {
        for (String name : new String[] {"\t=1+1", "\r=1+1"}) {
            try (XSSFWorkbook book = writeAndRead(SeedScenarios.baseCase().withName(name))) {
                assertThat(book.getSheet("Assumptions").getRow(2).getCell(1).getStringCellValue()).isEqualTo("'" + name);
            }
        }
    }

    @Test
    void emptySectionsAndNoDataFiguresStillMakeAWorkingFile() throws Exception {
        try (XSSFWorkbook book = writeAndRead(Scenario.empty("Nothing yet"))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        }
        Scenario odd = SeedScenarios.baseCase()
                .withUnitEconomics(SeedScenarios.baseCase().unitEconomics().orElseThrow().withCac(0).withAnnualLogoChurn(0))
                .withRetention(SeedScenarios.baseCase().retention().orElseThrow()
                        .withRates(new RetentionRates.Components(0.08, 0.02, 0.12)).withNewArrPerYear(List.of()))
                .withChannels(List.of());
        Map<String, Double> expected = ScenarioFigures.outputs(odd);
        try (XSSFWorkbook book = writeAndRead(odd)) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Map<String, Cell> results = byKey(book.getSheet("Results"));
            assertThat(evaluator.evaluate(results.get("unitEconomics.ltvToCac")).getStringValue()).isEmpty();
            assertThat(number(evaluator, results.get("retention.nrr"))).isCloseTo(1.02, within(1e-12));
            assertThat(number(evaluator, results.get("retention.bridge[year 3].closing")))
                    .isCloseTo(expected.get("retention.bridge[year 3].closing"), within(0.005));
            assertThat(book.getSheet("Channels")).isNull();
        }
    }
}
