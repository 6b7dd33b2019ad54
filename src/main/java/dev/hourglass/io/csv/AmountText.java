package dev.hourglass.io.csv;

/**
 * Amounts as exports write them, off the fast path: currency symbols and codes before or after the number
 * ({@code $1,200.50}, {@code 1.200,50 €}, {@code USD 1200}), thousands separators ({@code ,} {@code .} spaces and
 * apostrophes, whichever is not the decimal mark), and negatives as {@code -300}, {@code -$300}, {@code $-300},
 * {@code (300)} or {@code 300-}. A percentage is not an amount.
 */
final class AmountText {
    /** What a value says about its column's decimal mark. */
    enum DecimalEvidence { NONE, POINT, COMMA, AMBIGUOUS }

    private AmountText() {
    }

    /** The amount in {@code [from, to)} (no surrounding blanks), or null. */
    static Double parse(CharSequence text, int from, int to, char decimalMark) {
        int i = from;
        int j = to;
        boolean negative = false;
        if (text.charAt(i) == '(' && text.charAt(j - 1) == ')') {
            negative = true;
            i = skipBlanks(text, i + 1, j);
            j = trimBlanks(text, i, j - 1);
        }
        if (i < j && isMinus(text.charAt(i))) {
            negative = true;
            i = skipBlanks(text, i + 1, j);
        } else if (i < j && text.charAt(i) == '+') {
            i++;
        }
        i = skipBlanks(text, skipCurrency(text, i, j), j);
        if (i < j && isMinus(text.charAt(i))) {
            negative = true;
            i = skipBlanks(text, i + 1, j);
        }
        j = trimBlanks(text, i, trimCurrency(text, i, j));
        if (j > i && isMinus(text.charAt(j - 1))) {
            negative = true;
            j = trimBlanks(text, i, j - 1);
        }
        StringBuilder number = new StringBuilder(j - i + 1);
        if (negative) {
            number.append('-');
        }
        if (!appendDigits(text, i, j, decimalMark, number)) {
            return null;
        }
        double value = Double.parseDouble(number.toString());
        return Double.isFinite(value) ? value : null;
    }

    /**
     * Digits with optional grouping and one decimal mark; the first group has 1–3 digits, later ones 3 (or 2, as
     * in 1,00,000), the last before the decimal mark 3.
     */
    private static boolean appendDigits(CharSequence text, int i, int j, char decimalMark, StringBuilder out) {
        char groupSeparator = 0;
        int group = 0;
        int groups = 0;
        int digits = 0;
        boolean decimals = false;
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                out.append(c);
                digits++;
                group++;
            } else if (c == decimalMark && !decimals) {
                if (groups > 0 && group != 3) {
                    return false;
                }
                out.append('.');
                decimals = true;
            } else if (!decimals && isGroupSeparator(c, decimalMark) && (groupSeparator == 0 || c == groupSeparator)) {
                boolean firstGroupOk = groups == 0 && group >= 1 && group <= 3;
                boolean laterGroupOk = groups > 0 && (group == 2 || group == 3);
                if (!firstGroupOk && !laterGroupOk) {
                    return false;
                }
                groupSeparator = c;
                groups++;
                group = 0;
            } else {
                return false;
            }
        }
        return digits > 0 && (decimals || groups == 0 || group == 3);
    }

    private static boolean isGroupSeparator(char c, char decimalMark) {
        return c == (decimalMark == '.' ? ',' : '.') || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\''
                || c == '\u2019';
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    /** Past a currency before the number: a symbol ({@code $}, {@code US$}, {@code €}) or a code ({@code USD}). */
    private static int skipCurrency(CharSequence text, int i, int j) {
        int letters = i;
        while (letters < j && letters - i < 3 && text.charAt(letters) >= 'A' && text.charAt(letters) <= 'Z') {
            letters++;
        }
        if (letters < j && Character.getType(text.charAt(letters)) == Character.CURRENCY_SYMBOL) {
            return letters + 1;
        }
        return letters - i == 3 && (letters == j || !Character.isLetter(text.charAt(letters))) ? letters : i;
    }

    /** Before a currency after the number: a symbol or a code. */
    private static int trimCurrency(CharSequence text, int i, int j) {
        if (j > i && Character.getType(text.charAt(j - 1)) == Character.CURRENCY_SYMBOL) {
            return j - 1;
        }
        int letters = j;
        while (letters > i && j - letters < 3 && text.charAt(letters - 1) >= 'A' && text.charAt(letters - 1) <= 'Z') {
            letters--;
        }
        return j - letters == 3 && (letters == i || !Character.isLetter(text.charAt(letters - 1))) ? letters : j;
    }

    private static int skipBlanks(CharSequence text, int i, int j) {
        while (i < j && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimBlanks(CharSequence text, int i, int j) {
        while (j > i && isBlank(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /**
     * What a value tells about the decimal mark: both {@code .} and {@code ,} (the last one is the mark), a
     * separator used twice (it groups thousands), or one not followed by exactly three digits, or after a lone 0,
     * is the mark. A single separator followed by three digits ({@code 1,200}) could be either.
     */
    static DecimalEvidence decimalEvidence(CharSequence text) {
        int lastPoint = -1;
        int lastComma = -1;
        int points = 0;
        int commas = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '.') {
                points++;
                lastPoint = k;
            } else if (c == ',') {
                commas++;
                lastComma = k;
            }
        }
        if (points > 0 && commas > 0) {
            return lastPoint > lastComma ? DecimalEvidence.POINT : DecimalEvidence.COMMA;
        }
        if (points == 0 && commas == 0) {
            return DecimalEvidence.NONE;
        }
        boolean point = points > 0;
        if ((point ? points : commas) > 1) {
            return point ? DecimalEvidence.COMMA : DecimalEvidence.POINT;
        }
        int at = point ? lastPoint : lastComma;
        if (DateTexts.digitsEnd(text, at + 1, text.length()) - at - 1 != 3 || isLoneZeroBefore(text, at)) {
            return point ? DecimalEvidence.POINT : DecimalEvidence.COMMA;
        }
        return DecimalEvidence.AMBIGUOUS;
    }

    private static boolean isLoneZeroBefore(CharSequence text, int at) {
        return at >= 1 && text.charAt(at - 1) == '0' && (at == 1 || !Character.isDigit(text.charAt(at - 2)));
    }
}
