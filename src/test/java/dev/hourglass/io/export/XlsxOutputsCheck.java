package dev.hourglass.io.export;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.CustomerCurve;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Every output cell of an exported scenario workbook — as last calculated, by POI or by a spreadsheet — against
 * what {@code calc} gives for the scenario: each must be a formula whose value is the model's within 1e-9 relative,
 * "" where the model has no data and the words of the app where it says so ("not within 60 months").
 */
final class XlsxOutputsCheck {
    private static final double RELATIVE = 1e-9;
    private final Workbook book;
    private final Scenario scenario;
    private final ScenarioResult result;
    private final List<String> mismatches = new ArrayList<>();
    private int compared;

    private XlsxOutputsCheck(Workbook book, Scenario scenario) {
        this.book = book;
        this.scenario = scenario;
        this.result = ScenarioCalculator.calculate(scenario);
    }

    /** Compares every output cell of the book with the scenario's figures. */
    static XlsxOutputsCheck of(Workbook book, Scenario scenario) {
        XlsxOutputsCheck check = new XlsxOutputsCheck(book, scenario);
        check.results();
        scenario.unitEconomics().ifPresent(check::paybackCurve);
        scenario.retention().ifPresent(check::arrBridge);
        check.result.budget().ifPresent(check::budgetSplit);
        check.result.postSaleFunnel().ifPresent(check::funnel);
        scenario.channels().filter(list -> !list.isEmpty()).ifPresent(check::channels);
        return check;
    }

    List<String> mismatches() {
        return mismatches;
    }

    int compared() {
        return compared;
    }

    private void results() {
        Map<String, Double> outputs = ScenarioFigures.outputs(scenario);
        Sheet sheet = book.getSheet("Results");
        for (Row row : sheet) {
            Cell key = row.getCell(3);
            if (row.getRowNum() == 0 || key == null || key.getStringCellValue().isEmpty()) {
                continue;
            }
            String name = key.getStringCellValue();
            Object expected;
            if (name.equals("budget.totalDollars")) {
                expected = result.budget().orElseThrow().totalDollars();
            } else if (name.equals("budget.totalHours")) {
                expected = result.budget().orElseThrow().totalHours();
            } else if (ResultFormulas.isClosingArr(name)) {
                expected = result.retention().orElseThrow().finalArr();
                expect(sheet, row.getRowNum(), 0, ExportLabels.ENGLISH.texts().label("retention.bridge[year "
                        + scenario.retention().orElseThrow().years() + "].closing"), "closing ARR's label");
            } else if (outputs.containsKey(name)) {
                expected = outputs.get(name);
            } else if (name.equals("unitEconomics.paybackMonth")) {
                expected = "not within " + scenario.unitEconomics().orElseThrow().horizonMonths() + " months";
            } else {
                expected = "";
            }
            expect(sheet, row.getRowNum(), 1, expected, name);
        }
    }

    private void paybackCurve(UnitEconomicsInputs in) {
        Sheet sheet = book.getSheet("Payback curve");
        double[] survival = CustomerCurve.survival(in);
        double[] gp = CustomerCurve.monthlyGrossProfit(in);
        double[] cumulative = CustomerCurve.cumulativeGrossProfit(in);
        for (int m = 1; m <= PaybackCurveSheet.MONTHS; m++) {
            String month = "month " + m;
            expect(sheet, m, 0, (double) m, month);
            boolean inHorizon = m <= in.horizonMonths();
            expect(sheet, m, 1, inHorizon ? survival[m - 1] : "", month + " survival");
            expect(sheet, m, 2, inHorizon ? Math.pow(1 + in.annualExpansion(), (m - 1) / 12) : "", month + " price");
            expect(sheet, m, 3, inHorizon ? Math.pow(1 + in.annualDiscountRate(), -(m - 1) / 12.0) : "",
                    month + " discount");
            expect(sheet, m, 4, inHorizon ? gp[m - 1] : "", month + " gross profit");
            expect(sheet, m, 5, inHorizon ? cumulative[m - 1] : "", month + " cumulative");
            expect(sheet, m, 6, inHorizon ? (cumulative[m - 1] >= in.cac() ? "yes" : "no") : "", month + " covered");
        }
        expect(sheet, 1, 9, in.effectiveFirstYearLogoChurn(), "first-year churn used");
        expect(sheet, 2, 9, in.cac(), "CAC");
        UnitEconomicsResult u = result.unitEconomics().orElseThrow();
        expect(sheet, 3, 9, u.paybackMonth().isPresent() ? (Object) (double) u.paybackMonth().getAsInt()
                : "not within " + in.horizonMonths() + " months", "payback month");
        expect(sheet, 4, 9, u.ltv(), "LTV");
    }

    private void arrBridge(RetentionInputs in) {
        Sheet sheet = book.getSheet("ARR bridge");
        List<ArrBridgeYear> bridge = result.retention().orElseThrow().bridge();
        for (int y = 1; y <= ArrBridgeSheet.YEARS; y++) {
            String year = "year " + y;
            if (y <= bridge.size()) {
                ArrBridgeYear b = bridge.get(y - 1);
                double[] values = {b.year(), b.opening(), b.churned(), b.contracted(), b.expanded(), b.newArr(),
                        b.closing()};
                for (int col = 0; col < values.length; col++) {
                    expect(sheet, y, col, values[col], year + " column " + col);
                }
            } else {
                for (int col = 0; col < 7; col++) {
                    expect(sheet, y, col, "", year + " column " + col);
                }
            }
        }
        RetentionRates rates = in.rates();
        double[] panel = {rates.churnRate(), rates.contractionRate(), rates.expansionRate(), rates.grr(), rates.nrr()};
        for (int i = 0; i < panel.length; i++) {
            expect(sheet, i + 1, 9, panel[i], "rate " + i);
        }
    }

    private void budgetSplit(BudgetResult b) {
        Sheet sheet = book.getSheet("Budget split");
        double[] pre = new double[2];
        double[] post = new double[2];
        for (BudgetLine line : scenario.budget().orElseThrow().lines()) {
            double[] side = line.stage().prePurchase() ? pre : post;
            side[0] += line.dollars();
            side[1] += line.hours();
        }
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (row.getRowNum() == 0 || label == null) {
                continue;
            }
            String text = label.getStringCellValue();
            int r = row.getRowNum();
            for (RelationshipStage stage : RelationshipStage.values()) {
                if (stage.label().equals(text)) {
                    expect(sheet, r, 2, b.dollarsByStage().get(stage), text + " dollars");
                    expect(sheet, r, 3, b.hoursByStage().get(stage), text + " hours");
                }
            }
            switch (text) {
                case "Pre-purchase" -> pair(sheet, r, pre[0], pre[1], text);
                case "Post-purchase" -> pair(sheet, r, post[0], post[1], text);
                case "Total" -> pair(sheet, r, b.totalDollars(), b.totalHours(), text);
                case "Share pre-purchase" -> pair(sheet, r, b.preDollarsShare(), b.preHoursShare(), text);
                case "Share post-purchase" -> pair(sheet, r, b.postDollarsShare(), b.postHoursShare(), text);
                default -> { }
            }
        }
    }

    private void pair(Sheet sheet, int r, Object dollars, Object hours, String what) {
        expect(sheet, r, 2, dollars, what + " dollars");
        expect(sheet, r, 3, hours, what + " hours");
    }

    private void funnel(List<PostSaleFunnelStep> steps) {
        Sheet sheet = book.getSheet("Post-sale funnel");
        for (int i = 0; i < steps.size(); i++) {
            PostSaleFunnelStep step = steps.get(i);
            expect(sheet, i + 1, 1, (double) step.count(), step.step() + " count");
            expect(sheet, i + 1, 2, step.stepConversion(), step.step() + " step conversion");
            expect(sheet, i + 1, 3, step.cumulativeConversion(), step.step() + " cumulative conversion");
        }
    }

    private void channels(List<ChannelInputs> channels) {
        Sheet sheet = book.getSheet("Channels");
        List<ChannelResult> results = result.channels().orElseThrow();
        for (int i = 0; i < channels.size(); i++) {
            ChannelInputs in = channels.get(i);
            ChannelResult out = results.stream().filter(c -> c.name().equals(in.name())).findFirst().orElseThrow();
            double[] inputs = {in.spend(), in.newCustomers(), in.activated(), in.retained90d(), in.annualLogoChurn(),
                    in.annualExpansion(), in.acv(), in.grossMargin()};
            for (int col = 0; col < inputs.length; col++) {
                expect(sheet, i + 1, 1 + col, inputs[col], in.name() + " input " + col);
            }
            Object[] outputs = {out.cac(), out.costPerActivated(), out.costPerRetained(), out.ltv(), out.ltvToCac()};
            for (int col = 0; col < outputs.length; col++) {
                expect(sheet, i + 1, 9 + col, outputs[col], in.name() + " output " + col);
            }
        }
    }

    private void expect(Sheet sheet, int r, int c, Object expected, String what) {
        compared++;
        if (expected instanceof OptionalDouble optional) {
            expected = optional.isPresent() ? (Object) optional.getAsDouble() : "";
        }
        String where = sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString()
                + " (" + what + ")";
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null || cell.getCellType() != CellType.FORMULA) {
            mismatches.add(where + ": not a formula");
            return;
        }
        CellType type = cell.getCachedFormulaResultType();
        if (expected instanceof Double number) {
            if (type != CellType.NUMERIC) {
                mismatches.add(where + ": expected " + number + ", got " + type + " " + text(cell, type));
            } else if (Math.abs(cell.getNumericCellValue() - number) > RELATIVE * Math.max(1, Math.abs(number))) {
                mismatches.add(where + ": expected " + number + ", got " + cell.getNumericCellValue());
            }
        } else if (type != CellType.STRING || !cell.getStringCellValue().equals(expected)) {
            mismatches.add(where + ": expected \"" + expected + "\", got " + type + " " + text(cell, type));
        }
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> "\"" + cell.getStringCellValue() + "\"";
            case ERROR -> "error " + cell.getErrorCellValue();
            default -> type.toString();
        };
    }
}
