package dev.hourglass.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The line {@code sep=;} (or {@code sep=,}, {@code sep=\t}) that Excel reads and writes above a CSV file's header to
 * say which separator the file uses; some tools write it quoted ({@code "sep=;"}). Not a title: it is named as what
 * it is, and the separator it names is the one the file is read with ({@link CsvRows#detectSeparator(String)}).
 */
record SeparatorLine(char separator) {
    private static final String PREFIX = "sep=";

    /** The separator line the first row of a file is, or null. */
    static SeparatorLine of(CsvRow first, Path path) {
        if (first.fieldCount() > 2 || first.isBlank(0) || first.fieldCount() == 2 && !first.isBlank(1)) {
            return null;
        }
        String text = first.string(0).strip().toLowerCase(Locale.ROOT);
        if (!text.startsWith(PREFIX) || text.length() > PREFIX.length() + 1) {
            return null;
        }
        if (text.length() > PREFIX.length()) {
            return new SeparatorLine(text.charAt(PREFIX.length()));
        }
        try { // "sep=;" split at its own separator leaves "sep=" and a blank field
            return new SeparatorLine(CsvRows.detectSeparator(path));
        } catch (IOException e) {
            return null; // then a title line: the rows are read all the same
        }
    }

    /** The separator a file's first line names ("sep=;" or "\"sep=;\""), or 0 when it is no separator line. */
    static char named(String firstLine) {
        // spaces and a carriage return only: "sep=" and a tab is a separator line. By hand, as every CSV file opened
        // asks this: a regular expression here compiled one on every run, which a plain run otherwise never loads
        String text = withoutSpacesAround(firstLine.replace("\r", ""));
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.length() == PREFIX.length() + 1 && text.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            char separator = text.charAt(PREFIX.length());
            return separator == ',' || separator == ';' || separator == '\t' ? separator : 0;
        }
        return 0;
    }

    private static String withoutSpacesAround(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }

    /** The line as Excel writes it. */
    String shown() {
        return PREFIX + (separator == '\t' ? "\\t" : String.valueOf(separator));
    }

    Detection detection(String fileName, long headerLine) {
        String english = fileName + ": the first line ('" + shown() + "') is the separator line Excel writes, not the"
                + " header; the file is read with the separator it names, and the header is on line " + headerLine + ".";
        return Detection.of(Detection.Code.SEPARATOR_LINE, english, fileName, "'" + shown() + "'", headerLine);
    }
}
