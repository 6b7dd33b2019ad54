package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The number formats of a spreadsheet export, one per unit, and its header and section styles. */
final class XlsxStyles {
    private final Workbook book;
    private final Map<Unit, CellStyle> units = new EnumMap<>(Unit.class);
    private final CellStyle header;
    private final CellStyle section;
    private final CellStyle cents;
    private final CellStyle points;
    private final CellStyle factor;

    XlsxStyles(Workbook book, String currency) {
        this.book = book;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        section = book.createCellStyle();
        section.setFont(bold);
        String code = "\"" + currency.replace("\"", "") + "\"";
        units.put(Unit.MONEY, format("#,##0 " + code));
        units.put(Unit.PERCENT, format("0.0%"));
        units.put(Unit.MONTHS, format("General\" months\""));
        units.put(Unit.YEARS, format("0.00\" years\""));
        units.put(Unit.COUNT, format("#,##0"));
        units.put(Unit.HOURS, format("#,##0\" h\""));
        units.put(Unit.MULTIPLE, format("0.0\"×\""));
        units.put(Unit.CHOICE, book.createCellStyle());
        cents = format("#,##0.00 " + code);
        factor = format("0.0000");
        points = format("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"");
        units.put(Unit.POINTS, format("0.00%"));
    }

    private CellStyle format(String pattern) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(pattern));
        return style;
    }

    CellStyle of(Unit unit) {
        return units.get(unit);
    }

    CellStyle header() {
        return header;
    }

    CellStyle section() {
        return section;
    }

    /** Money to the cent, for a month's gross profit of one customer. */
    CellStyle cents() {
        return cents;
    }

    /** A multiplier such as a price or discount factor. */
    CellStyle factor() {
        return factor;
    }

    /** A difference of two rates, in percentage points. */
    CellStyle points() {
        return points;
    }
}
