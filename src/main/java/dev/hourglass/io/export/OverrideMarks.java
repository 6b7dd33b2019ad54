package dev.hourglass.io.export;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioOverride;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Marks, in an exported scenario, the inputs that are a section's override of a business driver, as Causal marks a
 * scenario's changed cells: the value cell filled and commented in the xlsx, the value annotated in the PDF.
 */
final class OverrideMarks {
    private OverrideMarks() {
    }

    /** What the override replaces, in words: "Overrides the scenario's ACV of 24,000 USD". */
    static String note(ScenarioOverride o, String currency, ExportLabels labels) {
        String driver = o.driver().label(labels.texts());
        if (o.scenarioValue().isEmpty()) {
            return labels.text("xlsx.override.alone", driver, sectionName(o, labels));
        }
        return labels.text("xlsx.override.replaces", driver, plain(o.driver(), o.scenarioValue().getAsDouble(),
                currency));
    }

    /** The section that sets the value, as a user names it: "Retention programme", "Channel Paid search". */
    static String sectionName(ScenarioOverride o, ExportLabels labels) {
        return o.channel().isEmpty() ? labels.text("xlsx.override.section." + o.section())
                : labels.text("xlsx.override.section.channel", o.channel());
    }

    /**
     * Fills and comments the value cell of every input row whose key (in {@code keyColumn}) is an override.
     *
     * @return how many cells were marked
     */
    static int markXlsx(Sheet sheet, Scenario scenario, ExportLabels labels, int valueColumn, int keyColumn) {
        Map<String, ScenarioOverride> overrides = ScenarioFigures.overriddenInputs(scenario);
        if (overrides.isEmpty()) {
            return 0;
        }
        int marked = 0;
        for (Row row : sheet) {
            Cell key = row.getCell(keyColumn);
            Cell value = row.getCell(valueColumn);
            ScenarioOverride o = key == null || value == null ? null : overrides.get(key.getStringCellValue());
            if (o != null) {
                markCell(value, o, scenario.currency(), labels);
                marked++;
            }
        }
        return marked;
    }

    /** Fills the cell with the override colour and comments it with what the override replaces. */
    static void markCell(Cell value, ScenarioOverride o, String currency, ExportLabels labels) {
        Sheet sheet = value.getSheet();
        CreationHelper factory = sheet.getWorkbook().getCreationHelper();
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.cloneStyleFrom(value.getCellStyle());
        style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        value.setCellStyle(style);
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(value.getColumnIndex() + 1);
        anchor.setCol2(value.getColumnIndex() + 4);
        anchor.setRow1(value.getRowIndex());
        anchor.setRow2(value.getRowIndex() + 3);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(note(o, currency, labels)));
        comment.setAuthor("Hourglass");
        value.setCellComment(comment);
    }

    private static String plain(Driver driver, double value, String currency) {
        return switch (driver) {
            case ACV, CAC, START_ARR -> String.format(Locale.ROOT, "%,.0f %s", value, currency);
            case CUSTOMERS, HORIZON_MONTHS -> String.format(Locale.ROOT, "%,.0f", value);
            default -> String.format(Locale.ROOT, "%s %%", new BigDecimal(Double.toString(value * 100))
                    .stripTrailingZeros().toPlainString());
        };
    }
}
