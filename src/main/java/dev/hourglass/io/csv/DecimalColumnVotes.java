package dev.hourglass.io.csv;

import dev.hourglass.io.csv.AmountText.DecimalEvidence;
import java.util.List;

/**
 * What the values of one column say about its decimal mark: values that show it ({@code 1.200,50},
 * {@code 12,5}, {@code 1,200,000}) vote; a value that could be read either way ({@code 1,200}) leaves it to a
 * later value, or at last to the locale.
 */
final class DecimalColumnVotes {
    private static final List<String> POINT_CURRENCIES = List.of("£", "¥", "₹", "USD", "GBP", "US$", "$");
    private final String columnName;
    private int values;
    private int amounts;
    private int pointVotes;
    private int commaVotes;
    private String pointExample;
    private String commaExample;
    private String openExample;

    DecimalColumnVotes(String columnName) {
        this.columnName = columnName;
    }

    /** Counts a non-blank value of the sample. */
    void sample(CharSequence value) {
        values++;
        if (isAmount(value)) {
            amounts++;
            vote(value);
        }
    }

    /** Whether the values seen leave the decimal mark open although one of them needs it to be read. */
    boolean isOpen() {
        return pointVotes == 0 && commaVotes == 0 && openExample != null && amounts * 2 >= values;
    }

    /** Takes the evidence of a later value; returns whether the column is now decided. */
    boolean scan(CharSequence value) {
        if (isAmount(value)) {
            vote(value);
        }
        return !isOpen();
    }

    private static boolean isAmount(CharSequence value) {
        return !FieldParsers.isIsoShaped(value)
                && (FieldParsers.amount(value, '.') != null || FieldParsers.amount(value, ',') != null);
    }

    private void vote(CharSequence value) {
        DecimalEvidence evidence = AmountText.decimalEvidence(value);
        if (evidence == DecimalEvidence.POINT) {
            pointVotes++;
            pointExample = pointExample == null ? value.toString().strip() : pointExample;
        } else if (evidence == DecimalEvidence.COMMA) {
            commaVotes++;
            commaExample = commaExample == null ? value.toString().strip() : commaExample;
        } else if (evidence == DecimalEvidence.AMBIGUOUS && openExample == null) {
            openExample = value.toString().strip();
        }
    }

    /**
     * The currency sign of a value when its currency's amounts are written with a decimal point (£, $, US$, ¥, ₹,
     * USD, GBP), else null: "£48,000" is 48 thousand pounds on a German desktop too, and a sign is better evidence
     * than the computer's locale. A $ after other letters (R$ of Brazil, C$ …) and the euro are written either way,
     * so they decide nothing.
     */
    static String pointCurrency(String value) {
        for (String sign : POINT_CURRENCIES) {
            int at = value.indexOf(sign);
            if (at >= 0 && !(sign.equals("$") && at > 0 && Character.isLetter(value.charAt(at - 1)))) {
                return sign;
            }
        }
        return null;
    }

    /** A value written with a decimal fraction ({@code 49.50}, {@code 12,5}), or null when none showed one. */
    String fractionExample() {
        return pointExample != null ? pointExample : commaExample;
    }

    /** The decimal mark chosen, and the sentence for the import report (null when there is nothing to say). */
    Decision decide(LocaleConventions locale) {
        boolean mostlyAmounts = amounts > 0 && amounts * 2 >= values;
        if (pointVotes == 0 && commaVotes == 0) {
            if (openExample == null || !mostlyAmounts) {
                return new Decision('.', null);
            }
            String currency = pointCurrency(openExample);
            char mark = currency == null && locale.decimalComma() ? ',' : '.';
            String because = currency == null ? locale.because()
                    : currency + " amounts are written with a decimal point";
            return found(mark, openExample, columnName + ": no value shows which is the decimal mark, so "
                    + openExample + " is read with a decimal " + name(mark) + ", as "
                    + plain(FieldParsers.amount(openExample, mark)) + " (" + because + ")");
        }
        char mark = commaVotes > pointVotes || commaVotes == pointVotes && locale.decimalComma() ? ',' : '.';
        if (!mostlyAmounts || mark == '.' && commaVotes == 0) {
            return new Decision(mark, null);
        }
        String example = mark == ',' ? commaExample : pointExample;
        String sentence = columnName + ": " + example + " read with a decimal " + name(mark);
        int against = mark == ',' ? pointVotes : commaVotes;
        if (against > 0) {
            sentence += ", as most values are; values written like " + (mark == ',' ? pointExample : commaExample)
                    + " are reported row by row";
        }
        return found(mark, example, sentence);
    }

    /** The decimal mark chosen and what the import report says of it (null: nothing to say). */
    record Decision(char decimalMark, Detection detection) {
    }

    private Decision found(char mark, String example, String sentence) {
        return new Decision(mark, Detection.of(Detection.Code.DECIMAL_MARK, sentence, columnName, example,
                String.valueOf(mark)));
    }

    private static String name(char mark) {
        return mark == ',' ? "comma" : "point";
    }

    private static String plain(Double value) {
        return value == null ? "?" : value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }
}
