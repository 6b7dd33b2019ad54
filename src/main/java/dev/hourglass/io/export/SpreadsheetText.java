package dev.hourglass.io.export;

import java.util.regex.Pattern;

/**
 * Text for a spreadsheet cell or a CSV field that a spreadsheet must show, never run: the one escaping rule of every
 * CSV and xlsx export (OWASP's CSV injection rule).
 */
final class SpreadsheetText {
    /** What a spreadsheet may take as the start of a formula: = + - @, and tab, CR or LF before one. */
    private static final String FORMULA_STARTS = "=+-@\t\r\n";
    /** A number as shown ("-1,250", "-12.5 %", "+3", "-1E5"): data, which keeps its sign. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,\u00A0\u202F ]*\\d[\\d.,\u00A0\u202F ]*([eE][-+]?\\d+)?( ?%)?");

    private SpreadsheetText() {
    }

    /** A text a spreadsheet would read as a formula gets a leading apostrophe; a number stays as it is. */
    static String safe(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
