package dev.hourglass.io.csv;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The text a spreadsheet cell stands for, the way a CSV export would hold it: numbers plain (no grouping, no
 * exponent, every digit Excel kept), date-styled numbers as ISO dates ({@code 2017-03-01}, with {@code T10:00}
 * when the cell has a time of day), booleans {@code true}/{@code false}, formulas by their saved value.
 */
final class XlsxCellText {
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    XlsxCellText(SharedStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * @param type the cell's {@code t} attribute (null for a number)
     * @param style the cell's {@code s} attribute (null for the default style)
     * @param value the text of its {@code <v>} element, or of its inline string; null when it has none
     */
    String text(String type, String style, String value) {
        if (value == null) {
            return "";
        }
        if (type == null || type.equals("n")) {
            return numeric(style, value);
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "b" -> value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "true" : "false";
            case "d" -> isoDate(value);
            default -> value; // inlineStr, str (a formula's text), e (an error such as #N/A)
        };
    }

    private String sharedString(String index) {
        try {
            return strings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String numeric(String style, String value) {
        if (value.isBlank()) {
            return "";
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            return dateTime(number);
        }
        return plainNumber(number);
    }

    static String plainNumber(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private String dateTime(double serial) {
        return dateTime(serial, date1904);
    }

    /** A date-styled number as an ISO date, with its time of day when it has one, or a time alone below 1. */
    static String dateTime(double serial, boolean date1904) {
        LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
        if (serial < 1) {
            // A time of day alone (a cell formatted h:mm) has no date of its own.
            return at.toLocalTime().toString();
        }
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
    }

    private static String isoDate(String value) {
        String v = value.strip();
        for (String midnight : new String[] {"T00:00:00Z", "T00:00:00", "T00:00"}) {
            if (v.endsWith(midnight)) {
                return v.substring(0, v.length() - midnight.length());
            }
        }
        return v;
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index;
        try {
            index = Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            if (i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }
}
