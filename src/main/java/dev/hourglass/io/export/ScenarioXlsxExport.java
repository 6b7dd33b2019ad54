package dev.hourglass.io.export;

import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.export.ReportFigures.Figure;
import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.io.export.ReportFigures.Unit;
import dev.hourglass.model.channels.ChannelCalculator;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.postsale.PostSaleStep;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One scenario as a spreadsheet a consultant can follow and change: every input on <em>Assumptions</em> (labels,
 * units, the scenario file's keys), the headline outputs on <em>Results</em>, and one sheet per table — payback
 * curve, ARR bridge, budget split, post-sale funnel, channels. Outputs are Excel formulas of the input cells where
 * the definition is a formula (LTV:CAC = LTV ÷ CAC, closing ARR = opening − churned − contracted + expanded + new,
 * next year's opening = this year's closing, funnel conversions …), with values cached so any reader sees the
 * numbers. Money is formatted with the scenario's currency code, rates as {@code 0.0%}. Text a spreadsheet would
 * run is escaped; the file is written whole or not at all.
 */
public final class ScenarioXlsxExport {
    static final String ASSUMPTIONS = "Assumptions";
    static final String RESULTS = "Results";
    static final String PAYBACK_CURVE = "Payback curve";
    static final String ARR_BRIDGE = "ARR bridge";
    static final String BUDGET_SPLIT = "Budget split";
    static final String POST_SALE_FUNNEL = "Post-sale funnel";
    static final String CHANNELS = "Channels";

    private static final Pattern REFERENCE = Pattern.compile("\\{([=#]?)([^}]+)}");
    private static final int LABEL_WIDTH = 42;

    private ScenarioXlsxExport() {
    }

    /** Writes the scenario, calculated through the model, to {@code file} (replaced whole if it exists). */
    public static void write(Scenario scenario, Path file) throws IOException {
        ScenarioResult result = ScenarioCalculator.calculate(scenario);
        AtomicFile.write(file, out -> write(scenario, result, out));
    }

    private static void write(Scenario scenario, ScenarioResult result, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            new Writer(book, scenario, result).writeAll();
            OverrideMarks.markXlsx(book.getSheet(ASSUMPTIONS), scenario, 1, 3);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
        }
    }

    /** One export: the styles and where each figure's cell is, so formulas can name them. */
    private static final class Writer {
        private final XSSFWorkbook book;
        private final Scenario scenario;
        private final ScenarioResult result;
        private final Map<String, String> inputCells = new HashMap<>();
        private final Map<String, String> outputCells = new HashMap<>();
        private final Map<String, String> tableCells = new HashMap<>();
        private final Map<Unit, CellStyle> styles = new EnumMap<>(Unit.class);
        private final CellStyle header;
        private final CellStyle section;
        private final CellStyle highlight;
        private final CellStyle money2;

        Writer(XSSFWorkbook book, Scenario scenario, ScenarioResult result) {
            this.book = book;
            this.scenario = scenario;
            this.result = result;
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            section = book.createCellStyle();
            section.setFont(bold);
            String currency = "\"" + scenario.currency().replace("\"", "") + "\"";
            styles.put(Unit.MONEY, format("#,##0 " + currency));
            styles.put(Unit.PERCENT, format("0.0%"));
            styles.put(Unit.MONTHS, format("0.## \"months\""));
            styles.put(Unit.YEARS, format("0.00 \"years\""));
            styles.put(Unit.COUNT, format("#,##0.##"));
            styles.put(Unit.HOURS, format("#,##0 \"h\""));
            styles.put(Unit.RATIO, format("0.00\"×\""));
            money2 = format("#,##0.00 " + currency);
            highlight = book.createCellStyle();
            highlight.cloneStyleFrom(styles.get(Unit.MONEY));
            highlight.setFont(bold);
            highlight.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            highlight.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private CellStyle format(String pattern) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(pattern));
            return style;
        }

        void writeAll() {
            assumptions();
            book.createSheet(RESULTS);
            List<Section> results = ReportFigures.results(scenario, result);
            placeResults(results);
            result.unitEconomics().ifPresent(this::paybackCurve);
            scenario.retention().ifPresent(in -> arrBridge(in, result.retention().orElseThrow()));
            result.budget().ifPresent(this::budgetSplit);
            scenario.postSaleFunnel().ifPresent(this::postSaleFunnel);
            scenario.channels().filter(list -> !list.isEmpty()).ifPresent(this::channels);
            results(results);
            book.setActiveSheet(0);
        }

        private void assumptions() {
            Sheet sheet = book.createSheet(ASSUMPTIONS);
            headerRow(sheet, "Input", "Value", "Unit", "Key");
            int r = 1;
            r = sectionRow(sheet, r, "Scenario");
            r = textRow(sheet, r, "Name", scenario.name(), "name");
            r = textRow(sheet, r, "Currency", scenario.currency(), "currency");
            if (!scenario.description().isEmpty()) {
                r = textRow(sheet, r, "Description", scenario.description(), "description");
            }
            for (Section s : ReportFigures.inputs(scenario)) {
                r = sectionRow(sheet, sheet.getLastRowNum() + 2, s.title());
                for (Figure f : s.figures()) {
                    Row row = sheet.createRow(r);
                    text(row.createCell(0), f.label());
                    value(row.createCell(1), f, null);
                    text(row.createCell(2), unit(f.unit()));
                    text(row.createCell(3), f.key());
                    inputCells.put(f.key(), reference(ASSUMPTIONS, r, 1));
                    r++;
                }
            }
            widths(sheet, LABEL_WIDTH, 18, 10, 44);
        }

        /** Results go on their own sheet; their cells are known before the table sheets refer to them. */
        private void placeResults(List<Section> sections) {
            int r = 1;
            for (Section s : sections) {
                r++;
                for (Figure f : s.figures()) {
                    outputCells.put(f.key(), reference(RESULTS, r, 1));
                    r++;
                }
            }
        }

        private void results(List<Section> sections) {
            Sheet sheet = book.getSheet(RESULTS);
            headerRow(sheet, "Output", "Value", "Unit", "Key");
            int r = 1;
            for (Section s : sections) {
                r = sectionRow(sheet, r, s.title());
                for (Figure f : s.figures()) {
                    Row row = sheet.createRow(r);
                    text(row.createCell(0), f.label());
                    value(row.createCell(1), f, f.formula());
                    text(row.createCell(2), unit(f.unit()));
                    text(row.createCell(3), f.key());
                    r++;
                }
            }
            widths(sheet, LABEL_WIDTH, 18, 10, 44);
        }

        private void paybackCurve(UnitEconomicsResult u) {
            Sheet sheet = book.createSheet(PAYBACK_CURVE);
            headerRow(sheet, "Month", "Gross profit in the month", "Cumulative gross profit", "CAC", "",
                    "CAC payback (month)");
            List<Double> cumulative = u.cumulativeGrossProfit();
            double cac = scenario.unitEconomics().orElseThrow().cac();
            int paybackRow = u.paybackMonth().isPresent() ? u.paybackMonth().getAsInt() : -1;
            for (int m = 1; m <= cumulative.size(); m++) {
                Row row = sheet.createRow(m);
                number(row.createCell(0), m, Unit.COUNT);
                Cell month = row.createCell(1);
                if (m == 1) {
                    month.setCellFormula("C2");
                } else {
                    month.setCellFormula("C" + (m + 1) + "-C" + m);
                }
                month.setCellStyle(money2);
                number(row.createCell(2), cumulative.get(m - 1), Unit.MONEY);
                formula(row.createCell(3), "{unitEconomics.cac}", OptionalDouble.of(cac), Unit.MONEY);
                if (m == paybackRow) {
                    row.getCell(2).setCellStyle(highlight);
                }
            }
            tableCells.put("cumulativeGrossProfit", "'" + PAYBACK_CURVE + "'!$C$2:$C$" + (cumulative.size() + 1));
            Cell payback = sheet.getRow(1).createCell(5);
            payback.setCellFormula(resolve("{=unitEconomics.paybackMonth}"));
            sheet.getRow(1).getCell(5).setCellStyle(styles.get(Unit.MONTHS));
            widths(sheet, 8, 16, 16, 14, 3, 22);
        }

        private void arrBridge(RetentionInputs in, RetentionResult r) {
            Sheet sheet = book.createSheet(ARR_BRIDGE);
            headerRow(sheet, "Year", "Opening ARR", "Churned", "Contracted", "Expanded", "New ARR", "Closing ARR", "",
                    "Rate (share of opening ARR)", "");
            String[] rates = {"Churn rate", "Contraction rate", "Expansion rate"};
            String[] formulas = in.rates() instanceof dev.hourglass.model.retention.RetentionRates.GrrNrr
                    ? new String[] {"1-{retention.grr}", "0", "{retention.nrr}-{retention.grr}"}
                    : new String[] {"{retention.churnRate}", "{retention.contractionRate}", "{retention.expansionRate}"};
            double[] values = {in.rates().churnRate(), in.rates().contractionRate(), in.rates().expansionRate()};
            List<ArrBridgeYear> bridge = r.bridge();
            for (int i = 0; i < Math.max(3, bridge.size()); i++) {
                sheet.createRow(i + 1);
            }
            for (int i = 0; i < rates.length; i++) {
                Row row = sheet.getRow(i + 1);
                text(row.createCell(8), rates[i]);
                formula(row.createCell(9), formulas[i], OptionalDouble.of(values[i]), Unit.PERCENT);
            }
            for (int i = 0; i < bridge.size(); i++) {
                ArrBridgeYear y = bridge.get(i);
                Row row = sheet.getRow(i + 1);
                int n = i + 2;
                number(row.createCell(0), y.year(), Unit.COUNT);
                if (i == 0) {
                    formula(row.createCell(1), "{retention.startArr}", OptionalDouble.of(y.opening()), Unit.MONEY);
                } else {
                    formula(row.createCell(1), "G" + (n - 1), OptionalDouble.of(y.opening()), Unit.MONEY);
                }
                formula(row.createCell(2), "B" + n + "*$J$2", OptionalDouble.of(y.churned()), Unit.MONEY);
                formula(row.createCell(3), "B" + n + "*$J$3", OptionalDouble.of(y.contracted()), Unit.MONEY);
                formula(row.createCell(4), "B" + n + "*$J$4", OptionalDouble.of(y.expanded()), Unit.MONEY);
                String newArr = in.newArrPerYear().isEmpty() ? "0"
                        : "{retention.newArrPerYear[" + (Math.min(y.year(), in.newArrPerYear().size()) - 1) + "]}";
                formula(row.createCell(5), newArr, OptionalDouble.of(y.newArr()), Unit.MONEY);
                formula(row.createCell(6), "B" + n + "-C" + n + "-D" + n + "+E" + n + "+F" + n,
                        OptionalDouble.of(y.closing()), Unit.MONEY);
            }
            tableCells.put("closingArr", reference(ARR_BRIDGE, bridge.size(), 6));
            widths(sheet, 8, 16, 16, 16, 16, 16, 16, 3, 26, 10);
        }

        private void budgetSplit(BudgetResult b) {
            Sheet sheet = book.createSheet(BUDGET_SPLIT);
            headerRow(sheet, "Relationship stage", "Side", "Dollars", "Hours");
            int r = 1;
            for (RelationshipStage stage : RelationshipStage.values()) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), stage.label());
                text(row.createCell(1), side(stage.prePurchase()));
                number(row.createCell(2), b.dollarsByStage().get(stage), Unit.MONEY);
                number(row.createCell(3), b.hoursByStage().get(stage), Unit.HOURS);
            }
            int last = r;
            r++;
            String[] sides = {side(true), side(false)};
            int firstTotal = r + 1;
            for (String side : sides) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), side);
                for (int col = 2; col <= 3; col++) {
                    String c = CellReference.convertNumToColString(col);
                    Cell cell = row.createCell(col);
                    cell.setCellFormula("SUMIF($B$2:$B$" + last + ",$A$" + r + "," + c + "$2:" + c + "$" + last + ")");
                    cell.setCellStyle(styles.get(col == 2 ? Unit.MONEY : Unit.HOURS));
                }
            }
            Row total = sheet.createRow(r++);
            text(total.createCell(0), "Total");
            for (int col = 2; col <= 3; col++) {
                String c = CellReference.convertNumToColString(col);
                Cell cell = total.createCell(col);
                cell.setCellFormula(c + firstTotal + "+" + c + (firstTotal + 1));
                cell.setCellStyle(styles.get(col == 2 ? Unit.MONEY : Unit.HOURS));
            }
            int totalRow = r;
            tableCells.put("totalDollars", reference(BUDGET_SPLIT, totalRow - 1, 2));
            tableCells.put("totalHours", reference(BUDGET_SPLIT, totalRow - 1, 3));
            for (int i = 0; i < 2; i++) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), "Share " + sides[i].toLowerCase(java.util.Locale.ROOT));
                for (int col = 2; col <= 3; col++) {
                    String c = CellReference.convertNumToColString(col);
                    Cell cell = row.createCell(col);
                    cell.setCellFormula("IF(" + c + totalRow + "=0,\"\"," + c + (firstTotal + i) + "/" + c + totalRow + ")");
                    cell.setCellStyle(styles.get(Unit.PERCENT));
                    tableCells.put((i == 0 ? "pre" : "post") + (col == 2 ? "DollarsShare" : "HoursShare"),
                            reference(BUDGET_SPLIT, r - 1, col));
                }
            }
            widths(sheet, 28, 16, 16, 12);
        }

        private static String side(boolean prePurchase) {
            return prePurchase ? "Pre-purchase" : "Post-purchase";
        }

        private void postSaleFunnel(PostSaleFunnelInputs f) {
            Sheet sheet = book.createSheet(POST_SALE_FUNNEL);
            headerRow(sheet, "Step", "Accounts", "Step conversion", "Cumulative conversion", "Key");
            int r = 1;
            for (PostSaleStep step : PostSaleStep.values()) {
                Row row = sheet.createRow(r);
                int n = r + 1;
                text(row.createCell(0), step.label());
                formula(row.createCell(1), "{postSaleFunnel." + step.key() + "}", OptionalDouble.of(f.count(step)),
                        Unit.COUNT);
                String previous = "B" + (r == 1 ? n : n - 1);
                formula(row.createCell(2), "IF(" + previous + "=0,\"\",B" + n + "/" + previous + ")",
                        OptionalDouble.empty(), Unit.PERCENT);
                formula(row.createCell(3), "IF($B$2=0,\"\",B" + n + "/$B$2)", OptionalDouble.empty(), Unit.PERCENT);
                text(row.createCell(4), "postSaleFunnel.steps[" + step.key() + "]");
                r++;
            }
            widths(sheet, LABEL_WIDTH, 12, 16, 20, 36);
        }

        private void channels(List<ChannelInputs> channels) {
            Sheet sheet = book.createSheet(CHANNELS);
            headerRow(sheet, "Channel", "Spend", "New customers", "Activated", "Retained at 90 days",
                    "Annual logo churn", "Annual expansion", "ACV", "Gross margin", "CAC", "Cost per activated customer",
                    "Cost per retained customer", "LTV", "LTV:CAC");
            int r = 1;
            for (ChannelInputs c : channels) {
                ChannelResult out = ChannelCalculator.calculate(c);
                Row row = sheet.createRow(r);
                int n = r + 1;
                text(row.createCell(0), c.name());
                number(row.createCell(1), c.spend(), Unit.MONEY);
                number(row.createCell(2), c.newCustomers(), Unit.COUNT);
                number(row.createCell(3), c.activated(), Unit.COUNT);
                number(row.createCell(4), c.retained90d(), Unit.COUNT);
                number(row.createCell(5), c.annualLogoChurn(), Unit.PERCENT);
                number(row.createCell(6), c.annualExpansion(), Unit.PERCENT);
                number(row.createCell(7), c.acv(), Unit.MONEY);
                number(row.createCell(8), c.grossMargin(), Unit.PERCENT);
                String[] counts = {"C", "D", "E"};
                for (int i = 0; i < counts.length; i++) {
                    formula(row.createCell(9 + i), "IF(" + counts[i] + n + "=0,\"\",B" + n + "/" + counts[i] + n + ")",
                            OptionalDouble.empty(), Unit.MONEY);
                }
                number(row.createCell(12), out.ltv(), Unit.MONEY);
                formula(row.createCell(13), "IF(OR(J" + n + "=\"\",J" + n + "=0),\"\",M" + n + "/J" + n + ")",
                        OptionalDouble.empty(), Unit.RATIO);
                r++;
            }
            widths(sheet, 30, 14, 12, 12, 12, 12, 12, 12, 12, 14, 14, 14, 14, 10);
        }

        // --- cells

        private void value(Cell cell, Figure f, String formula) {
            if (formula != null && formula(cell, formula, f.value(), f.unit())) {
                return;
            }
            if (f.value().isPresent()) {
                number(cell, f.value().getAsDouble(), f.unit());
            } else {
                text(cell, f.text());
            }
        }

        /** Sets the formula when every cell it names exists; else the value (or nothing). True when set. */
        private boolean formula(Cell cell, String template, OptionalDouble otherwise, Unit unit) {
            String formula = resolve(template);
            cell.setCellStyle(styles.get(unit));
            if (formula != null) {
                cell.setCellFormula(formula);
                return true;
            }
            if (otherwise.isPresent()) {
                cell.setCellValue(otherwise.getAsDouble());
            }
            return false;
        }

        /** The template with each {key} replaced by its cell, or null when one of them has no cell. */
        private String resolve(String template) {
            Matcher m = REFERENCE.matcher(template);
            StringBuilder formula = new StringBuilder();
            while (m.find()) {
                Map<String, String> cells = switch (m.group(1)) {
                    case "=" -> outputCells;
                    case "#" -> tableCells;
                    default -> inputCells;
                };
                String cell = cells.get(m.group(2));
                if (cell == null) {
                    return null;
                }
                m.appendReplacement(formula, Matcher.quoteReplacement(cell));
            }
            m.appendTail(formula);
            return formula.toString();
        }

        private void number(Cell cell, double value, Unit unit) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.get(unit));
        }

        private static void text(Cell cell, String value) {
            cell.setCellValue(SpreadsheetText.safe(value));
        }

        private int textRow(Sheet sheet, int r, String label, String value, String key) {
            Row row = sheet.createRow(r);
            text(row.createCell(0), label);
            text(row.createCell(1), value);
            text(row.createCell(3), key);
            return r + 1;
        }

        private int sectionRow(Sheet sheet, int r, String title) {
            Cell cell = sheet.createRow(r).createCell(0);
            text(cell, title);
            cell.setCellStyle(section);
            return r + 1;
        }

        private void headerRow(Sheet sheet, String... titles) {
            Row row = sheet.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                Cell cell = row.createCell(i);
                text(cell, titles[i]);
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
        }

        private String unit(Unit unit) {
            return switch (unit) {
                case MONEY -> scenario.currency();
                case PERCENT -> "%";
                case MONTHS -> "months";
                case YEARS -> "years";
                case HOURS -> "hours";
                case RATIO -> "×";
                case COUNT, TEXT -> "";
            };
        }

        private static void widths(Sheet sheet, int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, characters[i] * 256);
            }
        }

        private static String reference(String sheet, int row, int column) {
            return new CellReference(sheet, row, column, true, true).formatAsString();
        }
    }
}
