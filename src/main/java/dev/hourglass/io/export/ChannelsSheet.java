package dev.hourglass.io.export;

import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Channels</em> sheet (metrics.md §5): each channel's inputs taken from <em>Assumptions</em>, its costs per
 * customer, LTV and LTV:CAC as formulas. A channel's LTV is §1 with annual billing, no discount and the default
 * horizon, where a customer is billed a full year at a time: the year's gross profit times the share still a customer
 * and the price grown by expansion, ((1 − churn) × (1 + expansion)) to the power of the year.
 */
final class ChannelsSheet {
    private static final String[] INPUTS = {"spend", "newCustomers", "activated", "retained90d", "annualLogoChurn",
            "annualExpansion", "acv", "grossMargin"};
    private static final List<String> COLUMNS = List.of("spend", "newCustomers", "activated", "retained90d",
            "annualLogoChurn", "annualExpansion", "acv", "grossMargin", "cac", "costPerActivated", "costPerRetained",
            "ltv", "ltvToCac");
    private static final Unit[] INPUT_UNITS = {Unit.MONEY, Unit.COUNT, Unit.COUNT, Unit.COUNT, Unit.PERCENT,
            Unit.PERCENT, Unit.MONEY, Unit.PERCENT};

    private ChannelsSheet() {
    }

    static void write(XSSFWorkbook book, XlsxStyles styles, XlsxInputCells inputs, List<ChannelInputs> channels,
                      ExportLabels labels) {
        Sheet sheet = book.createSheet(labels.text("xlsx.sheet.channels"));
        List<String> titles = new ArrayList<>(List.of(labels.text("table.channel")));
        for (String figure : COLUMNS) {
            titles.add(labels.column("channels[]." + figure));
        }
        XlsxCells.headerRow(sheet, styles.header(), titles.toArray(String[]::new));
        CellStyle money = styles.of(Unit.MONEY);
        Map<String, Integer> seen = new HashMap<>();
        int r = 1;
        for (ChannelInputs c : channels) {
            int occurrence = seen.merge(c.name(), 1, Integer::sum) - 1;
            Row row = sheet.createRow(r);
            int n = r + 1;
            XlsxCells.text(row, 0, c.name());
            for (int i = 0; i < INPUTS.length; i++) {
                XlsxCells.formula(row, 1 + i, inputs.of("channels[" + c.name() + "]." + INPUTS[i], occurrence),
                        styles.of(INPUT_UNITS[i]));
            }
            String[] counts = {"C", "D", "E"};
            for (int i = 0; i < counts.length; i++) {
                XlsxCells.formula(row, 9 + i, "IF(" + counts[i] + n + "=0,\"\",B" + n + "/" + counts[i] + n + ")", money);
            }
            XlsxCells.formula(row, 12, ltv(n), money);
            XlsxCells.formula(row, 13, "IF(OR(J" + n + "=\"\",J" + n + "=0),\"\",M" + n + "/J" + n + ")",
                    styles.of(Unit.MULTIPLE));
            r++;
        }
        XlsxCells.widths(sheet, 30, 14, 12, 12, 12, 12, 12, 12, 12, 14, 14, 14, 14, 10);
    }

    /** ACV/12 × margin × Σ over the horizon's years of (months billed that year) × kept-and-grown factor^year. */
    private static String ltv(int n) {
        String factor = "((1-F" + n + ")*(1+G" + n + "))";
        StringBuilder months = new StringBuilder();
        int horizon = UnitEconomicsInputs.DEFAULT_HORIZON_MONTHS;
        for (int year = 0; year * 12 < horizon; year++) {
            int billed = Math.min(12, horizon - year * 12);
            months.append(year == 0 ? "" : "+").append(billed).append(year == 0 ? "" : "*" + factor + "^" + year);
        }
        return "H" + n + "/12*I" + n + "*(" + months + ")";
    }
}
