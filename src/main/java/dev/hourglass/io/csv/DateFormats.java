package dev.hourglass.io.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mapping's {@code "dateFormat"}: {@code java.time} patterns that decide how a date column is read when its
 * values fit two readings (every day 12 or less). Either one pattern for the whole file, or one per column, keyed
 * by the file's column name or the field name (matched like column names: case, spaces, _ and - ignored).
 */
public record DateFormats(String forFile, Map<String, String> byColumn) {
    /**
     * The patterns each built-in reading stands for, compiled at the first mapping that gives a dateFormat: in the
     * class itself they were compiled (regular expressions and their lambdas) by every run, 5-10 ms of a plain one.
     */
    private static final class BuiltIn {
        private static final String TIME = "(?:(?:'T'|T| |, ).*)?";
        private static final String YEAR = "(?:yy|yyyy|uu|uuuu)";
        static final List<Map.Entry<Pattern, BuiltInDateReading>> PATTERNS = List.of(
                Map.entry(Pattern.compile("(?:yyyy|uuuu)-MM-dd" + TIME), BuiltInDateReading.ISO),
                Map.entry(Pattern.compile("(?:yyyy|uuuu)/MM?/dd?" + TIME), BuiltInDateReading.YEAR_MONTH_DAY_SLASH),
                Map.entry(Pattern.compile("MM?/dd?/" + YEAR + TIME), BuiltInDateReading.MONTH_DAY_YEAR_SLASH),
                Map.entry(Pattern.compile("dd?/MM?/" + YEAR + TIME), BuiltInDateReading.DAY_MONTH_YEAR_SLASH),
                Map.entry(Pattern.compile("MM?-dd?-" + YEAR + TIME), BuiltInDateReading.MONTH_DAY_YEAR_DASH),
                Map.entry(Pattern.compile("dd?-MM?-" + YEAR + TIME), BuiltInDateReading.DAY_MONTH_YEAR_DASH),
                Map.entry(Pattern.compile("dd?\\.MM?\\." + YEAR + TIME), BuiltInDateReading.DAY_MONTH_YEAR_DOT),
                Map.entry(Pattern.compile("MMMM? dd?,? " + YEAR + TIME), BuiltInDateReading.MONTH_NAME_DAY_YEAR),
                Map.entry(Pattern.compile("dd?( |-)MMMM?\\1" + YEAR + TIME), BuiltInDateReading.DAY_MONTH_NAME_YEAR));
    }

    public DateFormats {
        byColumn = Map.copyOf(byColumn);
        if (forFile != null && !byColumn.isEmpty()) {
            throw new IllegalArgumentException("a dateFormat is either one pattern for the file or one per column");
        }
    }

    public static DateFormats none() {
        return new DateFormats(null, Map.of());
    }

    public boolean isEmpty() {
        return forFile == null && byColumn.isEmpty();
    }

    /** The pattern for a column, by its name in the file or its field name; null when the mapping gives none. */
    public String patternFor(String columnName, String field) {
        Map<String, String> byKey = new HashMap<>();
        byColumn.forEach((name, pattern) -> byKey.put(CsvFile.key(name), pattern));
        String pattern = byKey.get(CsvFile.key(columnName));
        if (pattern == null && field != null) {
            pattern = byKey.get(CsvFile.key(field));
        }
        return pattern != null ? pattern : forFile;
    }

    /**
     * The reading a pattern stands for: the built-in one it matches ({@code d/M/yyyy} is D/M/YYYY), else one that
     * reads with the pattern itself.
     *
     * @throws IllegalArgumentException when the pattern is not a valid {@code java.time} date pattern
     */
    public static DateReading reading(String pattern) {
        for (Map.Entry<Pattern, BuiltInDateReading> entry : BuiltIn.PATTERNS) {
            if (entry.getKey().matcher(pattern).matches()) {
                return entry.getValue();
            }
        }
        return new PatternDateReading(pattern);
    }
}
