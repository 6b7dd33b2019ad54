package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.plan.MonthlyRetention;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.RevenuePlan;
import dev.hourglass.model.plan.RevenuePlanner;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.plan.SourceMonth;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan workbook is live: an input changed on <em>Plan inputs</em>, the formulas evaluated by POI, gives every
 * month and total that {@link RevenuePlanner} gives for the inputs changed alike.
 */
class PlanXlsxLiveTest {
    @TempDir
    Path dir;

    /** The sheet's lines and the month figure each shows. */
    private static final Map<String, ToDoubleFunction<PlanMonth>> LINES = new LinkedHashMap<>();

    static {
        LINES.put("Opening ARR", PlanMonth::openingArr);
        LINES.put("Churned", PlanMonth::churned);
        LINES.put("Contracted", PlanMonth::contracted);
        LINES.put("Expanded", PlanMonth::expanded);
        LINES.put("New ARR", PlanMonth::newArr);
        LINES.put("Closing ARR", PlanMonth::closingArr);
        LINES.put("Bookings", PlanMonth::bookings);
        LINES.put("Pipeline created", PlanMonth::pipelineCreated);
        LINES.put("SALs", PlanMonth::sals);
        LINES.put("SQLs", PlanMonth::sqls);
        LINES.put("MQLs", PlanMonth::mqls);
        LINES.put("Leads", PlanMonth::leads);
        LINES.put("Acquisition spend", PlanMonth::acquisitionSpend);
        LINES.put("Post-sale spend", PlanMonth::postSaleSpend);
        LINES.put("Sellers", PlanMonth::sellers);
    }

    /** 12 months from February 2027 (so the first quarter and the last year are partial), two lead sources. */
    static PlanInputs inputs(MonthlyRetention retention, double acv, double inboundCostPerLead) {
        return new PlanInputs(YearMonth.of(2027, 2), 12, 10_000_000, retention, 3, 3.0, acv, List.of(
                new SourceFunnel("Inbound", 0.6, OptionalDouble.of(0.3), OptionalDouble.of(0.4),
                        OptionalDouble.of(0.5), OptionalDouble.of(0.25), OptionalDouble.of(inboundCostPerLead)),
                new SourceFunnel("Outbound", 0.4, OptionalDouble.of(0.2), OptionalDouble.of(0.3),
                        OptionalDouble.of(0.6), OptionalDouble.of(0.2), OptionalDouble.empty())),
                OptionalDouble.of(30_000), OptionalDouble.of(60_000), 0.05);
    }

    private static final MonthlyRetention RETENTION = MonthlyRetention.fromAnnual(0.10, 0.03, 0.12);

    @Test
    void asWrittenEveryMonthAndTotalIsThePlannersPlan() throws Exception {
        PlanInputs in = inputs(RETENTION, 25_000, 120);
        try (XSSFWorkbook book = written(in, new PlanGoal.TargetArr(14_000_000))) {
            assertSheetIsPlan(book, RevenuePlanner.plan(in, new PlanGoal.TargetArr(14_000_000)));
            assertThat(value(book, "Closing ARR", "Jan 2028")).isCloseTo(14_000_000, Offset.offset(1e-3));
        }
    }

    @Test
    void aNewTargetReplansEveryMonth() throws Exception {
        PlanInputs in = inputs(RETENTION, 25_000, 120);
        try (XSSFWorkbook book = written(in, new PlanGoal.TargetArr(14_000_000))) {
            set(book, "targetArr", 16_500_000);
            assertSheetIsPlan(book, RevenuePlanner.plan(in, new PlanGoal.TargetArr(16_500_000)));
            assertThat(value(book, "Closing ARR", "FY 2028")).isCloseTo(16_500_000, Offset.offset(1e-3));
        }
    }

    @Test
    void aNewGrowthReplansEveryMonth() throws Exception {
        PlanInputs in = inputs(RETENTION, 25_000, 120);
        try (XSSFWorkbook book = written(in, new PlanGoal.Growth(0.3))) {
            assertSheetIsPlan(book, RevenuePlanner.plan(in, new PlanGoal.Growth(0.3)));
            set(book, "growth", 0.55);
            assertSheetIsPlan(book, RevenuePlanner.plan(in, new PlanGoal.Growth(0.55)));
        }
    }

    @Test
    void newRatesAcvAndCostPerLeadReplanEveryMonth() throws Exception {
        try (XSSFWorkbook book = written(inputs(RETENTION, 25_000, 120), new PlanGoal.TargetArr(14_000_000))) {
            set(book, "monthlyChurn", 0.02);
            set(book, "acv", 40_000);
            Sheet inputsSheet = book.getSheet("Plan inputs");
            Row inbound = rowStarting(inputsSheet, "Inbound");
            inbound.getCell(6).setCellValue(200);
            MonthlyRetention changed = new MonthlyRetention(0.02, RETENTION.contraction(), RETENTION.expansion());
            assertSheetIsPlan(book, RevenuePlanner.plan(inputs(changed, 40_000, 200),
                    new PlanGoal.TargetArr(14_000_000)));
        }
    }

    @Test
    void aBudgetBuysWhatThePlannerSays() throws Exception {
        PlanInputs in = inputs(RETENTION, 25_000, 120);
        try (XSSFWorkbook book = written(in, new PlanGoal.Budget(3_000_000))) {
            assertSheetIsPlan(book, RevenuePlanner.plan(in, new PlanGoal.Budget(3_000_000)));
            set(book, "budget", 4_000_000);
            assertSheetIsPlan(book, RevenuePlanner.plan(in, new PlanGoal.Budget(4_000_000)));
        }
    }

    @Test
    void monthsAcrossWithQuarterAndYearTotals() throws Exception {
        try (XSSFWorkbook book = written(inputs(RETENTION, 25_000, 120), new PlanGoal.TargetArr(14_000_000))) {
            assertThat(headers(book)).containsExactly("Line", "Feb 2027", "Mar 2027", "Q1 2027", "Apr 2027",
                    "May 2027", "Jun 2027", "Q2 2027", "Jul 2027", "Aug 2027", "Sep 2027", "Q3 2027", "Oct 2027",
                    "Nov 2027", "Dec 2027", "Q4 2027", "FY 2027", "Jan 2028", "Q1 2028", "FY 2028");
            Cell q2 = cell(book, "Leads", "Q2 2027");
            assertThat(q2.getCellFormula()).isEqualTo("SUM(E14:G14)");
            assertThat(cell(book, "Closing ARR", "FY 2027").getCellFormula()).isEqualTo("O7");
            assertThat(cell(book, "Opening ARR", "Mar 2027").getCellFormula()).isEqualTo("B7");
        }
    }

    @Test
    void inGermanTheWordsAreGermanAndEveryCellIsTheEnglishPlans() throws Exception {
        PlanInputs in = inputs(RETENTION, 25_000, 120);
        PlanGoal goal = new PlanGoal.Growth(0.3);
        try (XSSFWorkbook en = written(in, goal, Locale.ENGLISH); XSSFWorkbook de = written(in, goal, Locale.GERMAN)) {
            assertThat(List.of(de.getSheetAt(0).getSheetName(), de.getSheetAt(1).getSheetName(),
                    de.getSheetAt(2).getSheetName())).containsExactly("Plan", "Plan nach Quelle", "Planannahmen");
            assertThat(headers(de)).startsWith("Zeile", "Feb. 2027", "März 2027", "Q1 2027", "Apr. 2027")
                    .contains("GJ 2027", "Jan. 2028", "GJ 2028");
            assertThat(rowStarting(de.getSheet("Planannahmen"), "Ziel: Wachstum des ARR über den Plan").getCell(1)
                    .getNumericCellValue()).isEqualTo(0.3);
            FormulaEvaluator evaluator = de.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            Row closing = rowStarting(de.getSheet("Plan"), "ARR zum Monatsende");
            Row english = rowStarting(en.getSheet("Plan"), "Closing ARR");
            assertThat(closing.getRowNum()).isEqualTo(english.getRowNum());
            for (int c = 1; c < english.getLastCellNum(); c++) {
                assertThat(closing.getCell(c).getNumericCellValue()).as("column " + c)
                        .isEqualTo(english.getCell(c).getNumericCellValue());
            }
        }
    }

    @Test
    void eachSourcesFunnelMonthByMonthIsThePlannersAndReplansWithTheTarget() throws Exception {
        PlanInputs in = inputs(RETENTION, 25_000, 120);
        try (XSSFWorkbook book = written(in, new PlanGoal.TargetArr(14_000_000))) {
            assertSourcesArePlanners(book, in, RevenuePlanner.plan(in, new PlanGoal.TargetArr(14_000_000)));
            set(book, "targetArr", 16_500_000);
            assertSourcesArePlanners(book, in, RevenuePlanner.plan(in, new PlanGoal.TargetArr(16_500_000)));
            // Outbound has no cost per lead: its spend is its new customers × CAC 30,000
            Sheet sheet = book.getSheet("Plan by source");
            assertThat(rowStarting(sheet, "Outbound: Acquisition spend").getCell(1).getCellFormula())
                    .isEqualTo("IF('Plan inputs'!$G$" + (rowStarting(book.getSheet("Plan inputs"), "Outbound")
                            .getRowNum() + 1) + "=\"\",IF(cac=\"\",NA(),B8*cac),B12*'Plan inputs'!$G$"
                            + (rowStarting(book.getSheet("Plan inputs"), "Outbound").getRowNum() + 1) + ")");
        }
    }

    /** Every source's new customers, SALs … spend in every month and its FY 2027 total, as the planner has them. */
    private static void assertSourcesArePlanners(XSSFWorkbook book, PlanInputs in, RevenuePlan plan) {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();
        Sheet sheet = book.getSheet("Plan by source");
        Map<String, Integer> columns = columns(book);
        Map<String, ToDoubleFunction<SourceMonth>> lines = new LinkedHashMap<>();
        lines.put("New customers (won one sales cycle later)", SourceMonth::newCustomers);
        lines.put("SALs", SourceMonth::sals);
        lines.put("SQLs", SourceMonth::sqls);
        lines.put("MQLs", SourceMonth::mqls);
        lines.put("Leads", SourceMonth::leads);
        lines.put("Acquisition spend", SourceMonth::acquisitionSpend);
        for (SourceFunnel source : in.sources()) {
            for (Map.Entry<String, ToDoubleFunction<SourceMonth>> line : lines.entrySet()) {
                Row row = rowStarting(sheet, source.source() + ": " + line.getKey());
                double year = 0;
                for (SourceMonth m : RevenuePlanner.sources(in, plan)) {
                    if (!m.source().equals(source.source())) {
                        continue;
                    }
                    double expected = line.getValue().applyAsDouble(m);
                    assertThat(row.getCell(columns.get(title(m.month()))).getNumericCellValue())
                            .as(row.getCell(0).getStringCellValue() + " " + m.month())
                            .isCloseTo(expected, Offset.offset(1e-6 * Math.max(1, Math.abs(expected))));
                    year += m.month().getYear() == 2027 ? expected : 0;
                }
                assertThat(row.getCell(columns.get("FY 2027")).getNumericCellValue())
                        .isCloseTo(year, Offset.offset(1e-6 * Math.max(1, year)));
            }
        }
    }

    private XSSFWorkbook written(PlanInputs in, PlanGoal goal) throws Exception {
        return written(in, goal, Locale.ENGLISH);
    }

    private XSSFWorkbook written(PlanInputs in, PlanGoal goal, Locale language) throws Exception {
        Path file = dir.resolve("plan-" + language + ".xlsx");
        PlanXlsxExport.write(in, goal, "USD", file, language);
        try (InputStream stream = Files.newInputStream(file)) {
            return new XSSFWorkbook(stream);
        }
    }

    /** Every month of every line, and every quarter and year total, as the planner's plan has it. */
    private static void assertSheetIsPlan(XSSFWorkbook book, RevenuePlan plan) {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();
        Map<String, Integer> columns = columns(book);
        for (Map.Entry<String, ToDoubleFunction<PlanMonth>> line : LINES.entrySet()) {
            Row row = rowStarting(book.getSheet("Plan"), line.getKey());
            double yearSum = 0;
            for (PlanMonth month : plan.months()) {
                double expected = line.getValue().applyAsDouble(month);
                Cell cell = row.getCell(columns.get(title(month.month())));
                assertThat(cell.getCachedFormulaResultType()).as(line.getKey() + " " + month.month())
                        .isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).as(line.getKey() + " " + month.month())
                        .isCloseTo(expected, Offset.offset(1e-6 * Math.max(1, Math.abs(expected))));
                if (month.month().getYear() == 2027) {
                    yearSum += expected;
                }
            }
            double fy2027 = row.getCell(columns.get("FY 2027")).getNumericCellValue();
            double expectedYear = switch (line.getKey()) {
                case "Opening ARR" -> plan.months().get(0).openingArr();
                case "Closing ARR" -> plan.months().get(10).closingArr();
                case "Sellers" -> plan.months().get(10).sellers();
                default -> yearSum;
            };
            assertThat(fy2027).as(line.getKey() + " FY 2027")
                    .isCloseTo(expectedYear, Offset.offset(1e-6 * Math.max(1, Math.abs(expectedYear))));
        }
    }

    private static void set(XSSFWorkbook book, String name, double value) {
        CellReference ref = new CellReference(book.getName(name).getRefersToFormula());
        book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
    }

    private static double value(XSSFWorkbook book, String line, String column) {
        return cell(book, line, column).getNumericCellValue();
    }

    private static Cell cell(XSSFWorkbook book, String line, String column) {
        return rowStarting(book.getSheet("Plan"), line).getCell(columns(book).get(column));
    }

    private static List<String> headers(XSSFWorkbook book) {
        Row header = book.getSheet("Plan").getRow(0);
        return java.util.stream.IntStream.range(0, header.getLastCellNum())
                .mapToObj(c -> header.getCell(c).getStringCellValue()).toList();
    }

    private static Map<String, Integer> columns(XSSFWorkbook book) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> headers = headers(book);
        for (int c = 0; c < headers.size(); c++) {
            columns.put(headers.get(c), c);
        }
        return columns;
    }

    private static Row rowStarting(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    private static String title(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(month);
    }
}
