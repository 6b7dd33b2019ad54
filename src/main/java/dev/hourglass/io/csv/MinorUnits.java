package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The money columns of a file whose amounts are in the currency's smallest unit (cents), and how to turn them into
 * units: divided by 100, or as they are in a row whose currency column names a zero-decimal currency (JPY, KRW …),
 * which has no smaller unit. Only a file read in cents has one; every other file reads its amounts untouched.
 */
final class MinorUnits {
    /** The fields that hold money; counts such as quantity or seats are never divided. */
    private static final Set<String> MONEY_FIELDS = Set.of("amount", "listPrice", "mrr", "arr", "expansionArr");
    /**
     * Stripe's zero-decimal currencies (https://docs.stripe.com/currencies#zero-decimal), as three upper-case letters
     * packed into an int; Chargebee does the same for these. ISK, HUF and TWD are not among them: the APIs still write
     * them with two decimals.
     */
    private static final int[] ZERO_DECIMAL = Arrays.stream(new String[] {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF",
        "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}).mapToInt(MinorUnits::packed)
            .sorted().toArray();

    private final boolean[] money;
    private final int currency;
    private final Detection detection;

    private MinorUnits(boolean[] money, int currency, Detection detection) {
        this.money = money;
        this.currency = currency;
        this.detection = detection;
    }

    /**
     * The money columns of a file in cents, or null when it has none.
     *
     * @param fieldByColumn the columns read, each with the field it feeds
     * @param currencyColumn the column naming each row's currency, or -1
     * @param readings       the detection's readings: a money column with values written with a decimal fraction
     *                       is in units after all when the cents were only recognised from the header
     */
    static MinorUnits of(List<String> header, Map<Integer, String> fieldByColumn, int currencyColumn,
                         AmountUnit unit, ColumnReadings readings) {
        boolean[] money = new boolean[header.size()];
        List<String> names = new ArrayList<>();
        List<String> inUnits = new ArrayList<>();
        new TreeMap<>(fieldByColumn).forEach((column, field) -> {
            if (!MONEY_FIELDS.contains(field) || column >= money.length) {
                return;
            }
            String name = header.get(column).strip();
            String fraction = readings.fractionExample(column);
            if (unit.recognised() && fraction != null) {
                inUnits.add(name + " (" + fraction + ")");
            } else {
                money[column] = true;
                names.add(name);
            }
        });
        if (names.isEmpty() && inUnits.isEmpty()) {
            return null;
        }
        String because = unit.because().isEmpty() ? "" : " (" + unit.because() + ")";
        String source = unit.because().isEmpty() ? "" : unit.recognised() ? "export" : "mapping";
        String unitColumns = String.join(", ", inUnits);
        boolean one = inUnits.size() == 1;
        String units = unitColumns + (one ? " has" : " have") + " values with a decimal fraction, so "
                + (one ? "it is" : "they are") + " read as units";
        if (names.isEmpty()) {
            return new MinorUnits(money, currencyColumn, Detection.of(Detection.Code.NOT_CENTS_AFTER_ALL,
                    "Amounts not in cents after all" + because + ": " + units, source, unitColumns, inUnits.size()));
        }
        String currencyName = currencyColumn >= 0 ? header.get(currencyColumn).strip() : "";
        String sentence = "Amounts in cents" + because + ": " + String.join(", ", names) + " divided by 100"
                + (currencyColumn >= 0 ? "; rows whose " + currencyName
                + " is a zero-decimal currency (JPY, KRW …) as they are" : "")
                + (inUnits.isEmpty() ? "" : "; " + units);
        return new MinorUnits(money, currencyColumn, Detection.of(Detection.Code.CENTS, sentence, source,
                String.join(", ", names), currencyName, unitColumns, inUnits.size()));
    }

    /** The names in a header that may give each row's currency, in the order they are preferred. */
    static List<String> currencyColumnNames() {
        return AmountUnit.CURRENCY_COLUMNS;
    }

    /** The amount of a column in units: divided by 100 for a money column, unless the row's currency has no cents. */
    double toUnits(CsvRow row, int column, double value) {
        if (column >= money.length || !money[column] || Double.isNaN(value)) {
            return value;
        }
        return currency >= 0 && zeroDecimal(row, currency) ? value : value / 100;
    }

    /** What the import report says of the cents. */
    Detection detection() {
        return detection;
    }

    private static boolean zeroDecimal(CsvRow row, int column) {
        if (column >= row.fieldCount()) {
            return false;
        }
        CharSequence code = row.chars(column);
        int from = 0;
        int to = code.length();
        while (from < to && Character.isWhitespace(code.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(code.charAt(to - 1))) {
            to--;
        }
        return to - from == 3 && Arrays.binarySearch(ZERO_DECIMAL, packed(code.subSequence(from, to))) >= 0;
    }

    private static int packed(CharSequence code) {
        int packed = 0;
        for (int i = 0; i < 3; i++) {
            packed = packed << 8 | Character.toUpperCase(code.charAt(i)) & 0xFF;
        }
        return packed;
    }
}
