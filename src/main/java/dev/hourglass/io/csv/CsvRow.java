package dev.hourglass.io.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One row of a CSV file as the parser left it: the characters of every field in one reused buffer, or, for a row of
 * ASCII text read by {@link Utf8CsvRows}, its bytes where they lie in the file's buffer (an ASCII byte is its
 * character). Readers take numbers, dates and repeated texts straight from the characters or bytes, so a
 * million-row file does not turn into twelve million short-lived strings. Valid only until the next row is read.
 */
public final class CsvRow {
    /** The labels of a spreadsheet's total line, lower case, in English and German. */
    private static final Set<String> TOTAL_LABELS = Set.of("total", "totals", "grand total", "grand totals", "sum",
            "summe", "gesamt", "gesamtsumme", "insgesamt");
    private static final int LONGEST_TOTAL_LABEL = 16;
    /** The same labels in an array: looked through on every row, where a set's iterator would be made every time. */
    private static final String[] TOTAL_LABEL_LIST = TOTAL_LABELS.toArray(String[]::new);
    /** The letters a total's label starts with: a first field starting otherwise is no label, looked at no further. */
    private static final String TOTAL_LABEL_INITIALS = String.join("", TOTAL_LABELS.stream()
            .map(label -> label.substring(0, 1)).distinct().toList());
    private char[] chars = new char[256];
    /** The buffer the fields lie in when the row is ASCII bytes; null when they are {@link #chars}. */
    private byte[] bytes;
    private int[] start = new int[16];
    private int[] length = new int[16];
    private int used;
    private int fieldCount;
    private long line;
    private final FieldView view = new FieldView();
    private ColumnReadings readings = ColumnReadings.DEFAULT;
    /** The money columns in cents, or null (almost every file): a field read, no more, on the way of a number. */
    private MinorUnits cents;

    /** How the file's columns write dates and amounts, as {@link CsvFile} detected it. */
    void use(ColumnReadings columnReadings) {
        readings = columnReadings;
        cents = columnReadings.minorUnits();
    }

    void begin(long startingLine) {
        line = startingLine;
        used = 0;
        fieldCount = 0;
        bytes = null;
    }

    /** Starts a row whose fields are ASCII bytes of {@code buffer} (added with {@link #addBytes}). */
    void beginBytes(byte[] buffer, long startingLine) {
        line = startingLine;
        used = 0;
        fieldCount = 0;
        bytes = buffer;
    }

    /** Appends a field of the byte buffer given to {@link #beginBytes}. */
    void addBytes(int offset, int len) {
        if (fieldCount == start.length) {
            start = Arrays.copyOf(start, fieldCount * 2);
            length = Arrays.copyOf(length, fieldCount * 2);
        }
        start[fieldCount] = offset;
        length[fieldCount] = len;
        fieldCount++;
    }

    /** The start of a field in the byte buffer, for the reader that is still filling the row. */
    int byteStart(int field) {
        return start[field];
    }

    /** The length of a field, in bytes or characters. */
    int byteLengthOf(int field) {
        return length[field];
    }

    /** Sets a field's length, for the reader that removed its doubled quotes in place. */
    void setByteLength(int field, int len) {
        length[field] = len;
    }

    /**
     * Turns a row of byte fields into characters, decoding the bytes as UTF-8.
     *
     * @throws CharacterCodingException when a field's bytes are not valid UTF-8
     */
    void decodeUtf8(CharsetDecoder decoder) throws CharacterCodingException {
        byte[] source = bytes;
        int count = fieldCount;
        int[] from = Arrays.copyOf(start, count);
        int[] len = Arrays.copyOf(length, count);
        begin(line);
        for (int i = 0; i < count; i++) {
            CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(source, from[i], len[i]));
            add(decoded.array(), decoded.arrayOffset() + decoded.position(), decoded.remaining());
        }
    }

    /** Copies byte fields into {@link #chars}, so that fields given as text can follow them. */
    private void widen() {
        byte[] source = bytes;
        int count = fieldCount;
        int[] from = Arrays.copyOf(start, count);
        int[] len = Arrays.copyOf(length, count);
        begin(line);
        for (int i = 0; i < count; i++) {
            if (used + len[i] > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len[i]));
            }
            for (int k = 0; k < len[i]; k++) {
                chars[used + k] = (char) source[from[i] + k];
            }
            start[i] = used;
            length[i] = len[i];
            used += len[i];
            fieldCount++;
        }
    }

    void add(char[] buf, int offset, int len) {
        if (fieldCount == start.length) {
            start = Arrays.copyOf(start, fieldCount * 2);
            length = Arrays.copyOf(length, fieldCount * 2);
        }
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        System.arraycopy(buf, offset, chars, used, len);
        start[fieldCount] = used;
        length[fieldCount] = len;
        used += len;
        fieldCount++;
    }

    /** Appends a field given as text (a spreadsheet cell, a looked-up value). */
    void add(String value) {
        if (bytes != null) {
            widen();
        }
        int len = value.length();
        if (fieldCount == start.length) {
            start = Arrays.copyOf(start, fieldCount * 2);
            length = Arrays.copyOf(length, fieldCount * 2);
        }
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        value.getChars(0, len, chars, used);
        start[fieldCount] = used;
        length[fieldCount] = len;
        used += len;
        fieldCount++;
    }

    /** Drops the fields after the first {@code count}. */
    void keepFields(int count) {
        if (count < fieldCount) {
            fieldCount = count;
            if (bytes == null) {
                used = count == 0 ? 0 : start[count - 1] + length[count - 1];
            }
        }
    }

    /** The line the row starts on (1 = the first line of the file). */
    public long line() {
        return line;
    }

    public int fieldCount() {
        return fieldCount;
    }

    /** Whether any field holds this character. */
    boolean contains(char c) {
        if (bytes != null) {
            return c < 0x80 && containsByte((byte) c);
        }
        for (int i = 0; i < used; i++) {
            if (chars[i] == c) {
                return true;
            }
        }
        return false;
    }

    private boolean containsByte(byte b) {
        for (int i = 0; i < fieldCount; i++) {
            for (int k = start[i], end = start[i] + length[i]; k < end; k++) {
                if (bytes[k] == b) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The field as a new string, exactly as in the file. */
    public String string(int field) {
        if (bytes != null) {
            return new String(bytes, start[field], length[field], StandardCharsets.ISO_8859_1);
        }
        return new String(chars, start[field], length[field]);
    }

    /** The field without surrounding white space, taken from {@code texts} so repeated values share one string. */
    public String text(int field, TextPool texts) {
        if (bytes != null) {
            int from = start[field];
            int to = from + length[field];
            while (from < to && isAsciiWhitespace(bytes[from])) {
                from++;
            }
            while (to > from && isAsciiWhitespace(bytes[to - 1])) {
                to--;
            }
            return texts.get(bytes, from, to - from);
        }
        int from = start[field];
        int to = from + length[field];
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        return texts.get(chars, from, to - from);
    }

    /** Whether every field is blank (a line of separators only, as a spreadsheet leaves under cleared rows). */
    boolean allBlank() {
        for (int i = 0; i < fieldCount; i++) {
            if (!isBlank(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether only the first field holds text: a title or a note line of a report, not a table row. */
    boolean onlyFirstField() {
        return fieldCount > 0 && !isBlank(0) && blankAfterFirst();
    }

    /** Whether every field after the first is blank. */
    private boolean blankAfterFirst() {
        for (int i = 1; i < fieldCount; i++) {
            if (!isBlank(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the row is a line written under a table: only its first field (a report's "Grand Totals (60 records)"),
     * a blank first field and a total's label beside the sums, as a spreadsheet's last line has, or a total's label
     * first and the sums after it, as a grouped report's last line has ("Total"). A table row costs little more here
     * than in {@link #onlyFirstField}: the label is looked for in short fields only, where they lie.
     */
    boolean footerLine() {
        return fieldCount > 0 && (isBlank(0) ? hasTotalLabel() : blankAfterFirst() || isTotalLabel(0));
    }

    /**
     * Whether a field is a total's label ("Total", "Grand Total:" …), compared where it lies: a row's first field is
     * looked at here on every row, so no string is made for it.
     */
    private boolean isTotalLabel(int field) {
        int from = start[field];
        int to = from + length[field];
        while (from < to && charAt(from) <= ' ') {
            from++;
        }
        while (to > from && (charAt(to - 1) <= ' ' || charAt(to - 1) == ':')) {
            to--;
        }
        if (to - from > LONGEST_TOTAL_LABEL || to == from
                || TOTAL_LABEL_INITIALS.indexOf(Character.toLowerCase(charAt(from))) < 0) {
            return false;
        }
        for (String label : TOTAL_LABEL_LIST) {
            if (label.length() == to - from && sameIgnoringCase(label, from)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameIgnoringCase(String lowerCase, int from) {
        for (int i = 0; i < lowerCase.length(); i++) {
            if (Character.toLowerCase(charAt(from + i)) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private char charAt(int index) {
        return bytes != null ? (char) (bytes[index] & 0xFF) : chars[index];
    }

    /** Puts {@code value} in the first field, the others kept as they are (a grouped report's blank group cell). */
    void replaceFirstField(String value) {
        List<String> rest = new ArrayList<>(fieldCount);
        for (int i = 1; i < fieldCount; i++) {
            rest.add(string(i));
        }
        begin(line);
        add(value);
        for (String field : rest) {
            add(field);
        }
    }

    private boolean hasTotalLabel() {
        for (int i = 1; i < fieldCount; i++) {
            if (length[i] <= LONGEST_TOTAL_LABEL && !isBlank(i)
                    && TOTAL_LABELS.contains(string(i).strip().replace(":", "").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the row that stays valid after the next row is read. */
    CsvRow copy() {
        CsvRow copy = new CsvRow();
        copy.begin(line);
        for (int i = 0; i < fieldCount; i++) {
            copy.add(string(i));
        }
        copy.use(readings);
        return copy;
    }

    public boolean isBlank(int field) {
        if (bytes != null) {
            for (int i = start[field], end = start[field] + length[field]; i < end; i++) {
                if (!isAsciiWhitespace(bytes[i])) {
                    return false;
                }
            }
            return true;
        }
        for (int i = start[field], end = start[field] + length[field]; i < end; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** An amount with the column's decimal mark, or null (see {@link FieldParsers#amount}). */
    public Double number(int field) {
        double value = numberOrNaN(field);
        return Double.isNaN(value) ? null : value;
    }

    /** {@link #number} as a primitive, NaN when the field is not one (no amount read is NaN): no boxing a row. */
    public double numberOrNaN(int field) {
        double value = asWritten(field);
        return cents == null ? value : cents.toUnits(this, field, value);
    }

    private double asWritten(int field) {
        char decimalMark = readings.decimalMark(field);
        if (bytes != null) {
            double simple = FieldParsers.simpleAmount(bytes, start[field], start[field] + length[field], decimalMark);
            if (!Double.isNaN(simple)) {
                return simple;
            }
        }
        Double value = FieldParsers.amount(view(field), decimalMark);
        return value == null ? Double.NaN : value;
    }

    /** A date in the column's reading (ISO unless detected otherwise), or null. */
    public LocalDate date(int field) {
        DateReading reading = readings.date(field);
        if (reading == null && bytes != null) {
            return FieldParsers.date(bytes, start[field], start[field] + length[field]);
        }
        return reading == null ? FieldParsers.date(view(field)) : reading.read(view(field));
    }

    /** A month, or a date's month in the column's reading, or null (see {@link FieldParsers#month}). */
    public YearMonth month(int field) {
        DateReading reading = readings.date(field);
        if (reading == null && bytes != null) {
            return FieldParsers.month(bytes, start[field], start[field] + length[field]);
        }
        if (reading == null) {
            return FieldParsers.month(view(field));
        }
        LocalDate date = reading.read(view(field));
        return date == null ? FieldParsers.month(view(field)) : FieldParsers.monthOf(date);
    }

    /** A yes/no value, or null (see {@link FieldParsers#bool}). */
    public Boolean bool(int field) {
        return FieldParsers.bool(view(field));
    }

    /**
     * The date the column expects, for a message after {@code "… is not a date "}: "(YYYY-MM-DD)", or
     * "like 3/31/2017 (M/D/YYYY)" for a column detected otherwise.
     */
    public String dateExpected(int field) {
        DateReading reading = readings.date(field);
        return reading == null ? "(YYYY-MM-DD)" : "like " + reading.example() + " (" + reading.label() + ")";
    }

    /** The characters of a field in place, valid until the next field is asked for. */
    CharSequence chars(int field) {
        return view(field);
    }

    public List<String> fields() {
        List<String> fields = new ArrayList<>(fieldCount);
        for (int i = 0; i < fieldCount; i++) {
            fields.add(string(i));
        }
        return fields;
    }

    /** {@link Character#isWhitespace} for an ASCII character. */
    static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    private CharSequence view(int field) {
        view.from = start[field];
        view.to = start[field] + length[field];
        return view;
    }

    /** The characters of one field, without copying them. */
    private final class FieldView implements CharSequence {
        private int from;
        private int to;

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return bytes != null ? (char) bytes[from + index] : chars[from + index];
        }

        @Override
        public CharSequence subSequence(int s, int e) {
            return toString().substring(s, e);
        }

        @Override
        public String toString() {
            return bytes != null ? new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)
                    : new String(chars, from, to - from);
        }
    }
}
