package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.SourceFunnel;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Plan inputs</em> sheet: every rate the plan is made from, each named for the workbook
 * ({@code openingArr}, {@code monthlyChurn}, {@code targetArr} …), the lead sources as a table, and what follows from
 * them as formulas — the new ARR each month must book to reach the target ({@code newArrShare} of its opening ARR,
 * the closed form of {@code RevenuePlanner}) and the SALs, SQLs, MQLs, leads and spend one new customer takes over all sources. An
 * empty rate gives #N/A where it is needed, as the plan leaves such a count unknown.
 */
final class PlanInputsSheet {
    static final String OPENING_ARR = "openingArr";
    static final String NEW_ARR = "newArrPerMonth";
    static final String NEW_ARR_SHARE = "newArrShare";
    private static final int VALUE = 1;
    private static final int FIRST_RATE = 2;
    private static final String[] PER_CUSTOMER = {"salsPerCustomer", "sqlsPerCustomer", "mqlsPerCustomer",
            "leadsPerCustomer", "spendPerCustomer"};

    private static final String[] SOURCE_COLUMNS = {"source", "share", "leadToMql", "mqlToSql", "sqlToSal",
            "salToWon", "costPerLead", "sals", "sqls", "mqls", "leads", "spend"};

    private PlanInputsSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.planInputs");
    }

    /** @return the sheet's row (from 0) of the first lead source; the others follow it in the inputs' order */
    static int write(XSSFWorkbook book, XlsxStyles styles, PlanInputs in, PlanGoal goal, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("table.input"), labels.text("table.value"),
                labels.text("xlsx.column.name"));
        CellStyle money = styles.of(Unit.MONEY);
        CellStyle percent = styles.of(Unit.PERCENT);
        CellStyle rate = book.createCellStyle();
        rate.setDataFormat(book.createDataFormat().getFormat("0.000%"));
        int r = 1;
        XlsxCells.text(XlsxCells.row(sheet, r), 0, labels.text("xlsx.plan.start"));
        XlsxCells.text(XlsxCells.row(sheet, r++), VALUE, in.start().toString());
        XlsxCells.text(XlsxCells.row(sheet, r), 0, labels.text("xlsx.plan.months"));
        XlsxCells.row(sheet, r++).createCell(VALUE).setCellValue(in.months());
        r = input(book, sheet, r, labels.text("xlsx.plan.openingArr"), OPENING_ARR, OptionalDouble.of(in.openingArr()),
                money);
        r = input(book, sheet, r, labels.text("xlsx.plan.monthlyChurn"), "monthlyChurn",
                OptionalDouble.of(in.retention().churn()), rate);
        r = input(book, sheet, r, labels.text("xlsx.plan.monthlyContraction"), "monthlyContraction",
                OptionalDouble.of(in.retention().contraction()), rate);
        r = input(book, sheet, r, labels.text("xlsx.plan.monthlyExpansion"), "monthlyExpansion",
                OptionalDouble.of(in.retention().expansion()), rate);
        r = formula(book, sheet, r, labels.text("xlsx.plan.monthlyFactor"), "monthlyFactor",
                "1-monthlyChurn-monthlyContraction+monthlyExpansion", styles.factor());
        r = input(book, sheet, r, labels.text("xlsx.plan.salesCycleMonths"), "salesCycleMonths",
                OptionalDouble.of(in.salesCycleMonths()), styles.of(Unit.COUNT));
        r = input(book, sheet, r, labels.text("xlsx.plan.requiredCoverage"), "requiredCoverage",
                OptionalDouble.of(in.requiredCoverage()), styles.of(Unit.MULTIPLE));
        r = input(book, sheet, r, labels.text("xlsx.plan.acv"), "acv", OptionalDouble.of(in.acv()), money);
        r = input(book, sheet, r, labels.text("xlsx.plan.cac"), "cac", in.cac(), money);
        r = input(book, sheet, r, labels.text("xlsx.plan.productivityPerSeller"), "productivityPerSeller",
                in.productivityPerSeller(), money);
        r = input(book, sheet, r, labels.text("xlsx.plan.postSaleShare"), "postSaleShare",
                OptionalDouble.of(in.postSaleShare()), percent);
        // the budget's formula uses the sources' totals: they are named before it is set, below it on the sheet
        int goalRows = goal instanceof PlanGoal.Growth ? 4 : 3;
        int header = r + goalRows + 1;
        sources(book, sheet, styles, header, in.sources(), rate, labels);
        goal(book, sheet, styles, r, in, goal, labels);
        XlsxCells.widths(sheet, 42, 16, 22, 12, 12, 12, 14, 14, 14, 14, 14, 16);
        return header + 1;
    }

    /**
     * The goal as an input and the new ARR it takes, as {@code RevenuePlanner.newArr} solves it: a month books
     * {@code newArrPerMonth} + its opening ARR × {@code newArrShare}. A target is reached with a share only, so ARR
     * grows by the same percentage every month (a fixed amount only when the plan opens at 0); a budget is spent
     * evenly and buys a fixed amount.
     */
    private static int goal(XSSFWorkbook book, Sheet sheet, XlsxStyles styles, int r, PlanInputs in, PlanGoal goal,
                            ExportLabels labels) {
        CellStyle money = styles.of(Unit.MONEY);
        int months = in.months();
        String flatFromZero = "IF(openingArr>0,0,IF(monthlyFactor=1,targetArr/" + months
                + ",targetArr*(1-monthlyFactor)/(1-monthlyFactor^" + months + ")))";
        String share = "IF(openingArr>0,(targetArr/openingArr)^(1/" + months + ")-monthlyFactor,0)";
        CellStyle rate = book.createCellStyle();
        rate.setDataFormat(book.createDataFormat().getFormat("0.000%"));
        if (goal instanceof PlanGoal.TargetArr target) {
            r = input(book, sheet, r, labels.text("xlsx.plan.targetArr"), "targetArr",
                    OptionalDouble.of(target.arr()), money);
        } else if (goal instanceof PlanGoal.Growth growth) {
            r = input(book, sheet, r, labels.text("xlsx.plan.growth"), "growth",
                    OptionalDouble.of(growth.share()), styles.of(Unit.PERCENT));
            r = formula(book, sheet, r, labels.text("xlsx.plan.endArr"), "targetArr", "openingArr*(1+growth)", money);
        } else {
            PlanGoal.Budget budget = (PlanGoal.Budget) goal;
            r = input(book, sheet, r, labels.text("xlsx.plan.budget"), "budget", OptionalDouble.of(budget.total()),
                    money);
            r = formula(book, sheet, r, labels.text("xlsx.plan.budgetNewArr"), NEW_ARR,
                    "budget/" + months + "/(spendPerCustomer/acv)", money);
            return formula(book, sheet, r, labels.text("xlsx.plan.newArrShare"), NEW_ARR_SHARE, "0", rate);
        }
        r = formula(book, sheet, r, labels.text("xlsx.plan.newArrShare"), NEW_ARR_SHARE, share, rate);
        return formula(book, sheet, r, labels.text("xlsx.plan.newArrFromZero"), NEW_ARR, flatFromZero, money);
    }

    /**
     * One row per source, then the total per new customer: a source's SALs per new customer are its share ÷ its
     * SAL → won rate, each step above divides by its own rate, and its spend is leads × cost per lead (or its share ×
     * CAC without one).
     */
    private static void sources(XSSFWorkbook book, Sheet sheet, XlsxStyles styles, int header,
                                List<SourceFunnel> sources, CellStyle rate, ExportLabels labels) {
        Row titles = XlsxCells.row(sheet, header);
        for (int c = 0; c < SOURCE_COLUMNS.length; c++) {
            Cell cell = titles.createCell(c);
            XlsxCells.text(cell, labels.text("xlsx.plan.sources." + SOURCE_COLUMNS[c]));
            cell.setCellStyle(styles.header());
        }
        CellStyle count = book.createCellStyle();
        count.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        int first = header + 1;
        for (int i = 0; i < sources.size(); i++) {
            SourceFunnel s = sources.get(i);
            Row row = XlsxCells.row(sheet, first + i);
            int n = first + i + 1;
            XlsxCells.text(row, 0, s.source());
            value(row, 1, OptionalDouble.of(s.customerShare()), styles.of(Unit.PERCENT));
            value(row, FIRST_RATE, s.leadToMql(), rate);
            value(row, FIRST_RATE + 1, s.mqlToSql(), rate);
            value(row, FIRST_RATE + 2, s.sqlToSal(), rate);
            value(row, FIRST_RATE + 3, s.salToWon(), rate);
            value(row, FIRST_RATE + 4, s.costPerLead(), styles.of(Unit.MONEY));
            XlsxCells.formula(row, 7, "IF(F" + n + "=\"\",NA(),B" + n + "/F" + n + ")", count);
            XlsxCells.formula(row, 8, "IF(E" + n + "=\"\",NA(),H" + n + "/E" + n + ")", count);
            XlsxCells.formula(row, 9, "IF(D" + n + "=\"\",NA(),I" + n + "/D" + n + ")", count);
            XlsxCells.formula(row, 10, "IF(C" + n + "=\"\",NA(),J" + n + "/C" + n + ")", count);
            XlsxCells.formula(row, 11, "IF(G" + n + "=\"\",IF(cac=\"\",NA(),B" + n + "*cac),K" + n + "*G" + n + ")",
                    styles.of(Unit.MONEY));
        }
        int last = first + sources.size() - 1;
        Row total = XlsxCells.row(sheet, last + 1);
        XlsxCells.text(total, 0, labels.text("xlsx.plan.allSources"));
        total.getCell(0).setCellStyle(styles.section());
        for (int k = 0; k < PER_CUSTOMER.length; k++) {
            int column = 7 + k;
            XlsxCells.formula(total, column, "SUM(" + XlsxCells.range(sheet, first, last, column) + ")",
                    k == PER_CUSTOMER.length - 1 ? styles.of(Unit.MONEY) : count);
            XlsxCells.name(book, PER_CUSTOMER[k], XlsxCells.reference(sheet, last + 1, column));
        }
    }

    private static int input(XSSFWorkbook book, Sheet sheet, int r, String label, String name, OptionalDouble value,
                             CellStyle style) {
        Row row = XlsxCells.row(sheet, r);
        XlsxCells.text(row, 0, label);
        value(row, VALUE, value, style);
        XlsxCells.text(row, 2, name);
        XlsxCells.name(book, name, XlsxCells.reference(sheet, r, VALUE));
        return r + 1;
    }

    private static int formula(XSSFWorkbook book, Sheet sheet, int r, String label, String name, String formula,
                               CellStyle style) {
        Row row = XlsxCells.row(sheet, r);
        XlsxCells.text(row, 0, label);
        XlsxCells.text(row, 2, name);
        XlsxCells.name(book, name, XlsxCells.reference(sheet, r, VALUE));
        XlsxCells.formula(row, VALUE, formula, style);
        return r + 1;
    }

    /** A number, or an empty cell where the plan has no such rate. */
    private static void value(Row row, int column, OptionalDouble value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        value.ifPresent(cell::setCellValue);
    }
}
