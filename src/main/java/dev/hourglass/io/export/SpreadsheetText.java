package dev.hourglass.io.export;

/** Text for a spreadsheet cell or a CSV field that a spreadsheet must show, never run. */
final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** A text a spreadsheet would read as a formula ({@code = + - @} first) gets a leading apostrophe. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
