package dev.hourglass.io.csv;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A mapping's {@code dateFormat} that is none of the built-in readings, such as {@code yyyyMMdd}: read with
 * {@link DateTimeFormatter} (English month names, any case). Slower than the built-in readings, which is why
 * patterns that match one of them are read by it instead ({@link DateFormats#reading}).
 */
final class PatternDateReading implements DateReading {
    private final String pattern;
    private final DateTimeFormatter formatter;

    /** @throws IllegalArgumentException when the pattern is not a valid {@code java.time} date pattern */
    PatternDateReading(String pattern) {
        this.pattern = pattern;
        this.formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
        try {
            if (read(example()) == null) {
                throw new IllegalArgumentException("it does not give a day, month and year");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public LocalDate read(CharSequence text) {
        int from = DateTexts.firstNonBlank(text);
        int to = DateTexts.lastNonBlank(text, from);
        String value = text.subSequence(from, to).toString();
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor parsed = formatter.parseUnresolved(value, position);
        if (parsed == null || position.getErrorIndex() >= 0
                || !DateTexts.isTimeOrNothing(value, position.getIndex(), value.length())) {
            return null;
        }
        int year = field(parsed, ChronoField.YEAR_OF_ERA);
        if (year < 0) {
            year = field(parsed, ChronoField.YEAR);
        }
        return DateTexts.date(year, field(parsed, ChronoField.MONTH_OF_YEAR), field(parsed, ChronoField.DAY_OF_MONTH));
    }

    private static int field(TemporalAccessor parsed, ChronoField field) {
        return parsed.isSupported(field) ? (int) parsed.getLong(field) : -1;
    }

    @Override
    public String label() {
        return pattern;
    }

    @Override
    public String example() {
        return formatter.format(ZonedDateTime.of(2017, 3, 31, 10, 0, 0, 0, ZoneOffset.UTC));
    }
}
