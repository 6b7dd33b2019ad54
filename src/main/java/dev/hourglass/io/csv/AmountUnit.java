package dev.hourglass.io.csv;

import java.util.List;

/**
 * How a file writes its amounts: in units ({@code 49.00}), or in the currency's smallest unit ({@code 4900} cents),
 * as billing APIs and the exports made from them do (Stripe's API and Sigma, Chargebee's API, Close). {@code because}
 * says who said so, for the import report: "Stripe's API export", "the mapping's amountUnit". Cents {@code recognised}
 * from an export's header are a guess its values can overrule: a column with values like {@code 49.50} is in units.
 */
public record AmountUnit(boolean cents, String because, boolean recognised) {
    public static final AmountUnit UNITS = new AmountUnit(false, "", false);
    /** Column names of the currency a row's amounts are in (Stripe's, Chargebee's, Close's), the preferred first. */
    public static final List<String> CURRENCY_COLUMNS = List.of("currency", "plan_currency", "price_currency",
            "currency_code", "value_currency");

    public AmountUnit {
        because = because == null ? "" : because;
    }

    /** Cents as a mapping says: every money column is divided. */
    public static AmountUnit cents(String because) {
        return new AmountUnit(true, because, false);
    }

    /** Cents as the export recognised from the header writes them, unless a column's values show a decimal fraction. */
    public static AmountUnit recognisedCents(String because) {
        return new AmountUnit(true, because, true);
    }

    /** Whether a column gives the rows' currency, which tells a zero-decimal currency's rows (read in cents only). */
    public boolean readsCurrency(String column) {
        String key = CsvFile.key(column.strip());
        return cents && CURRENCY_COLUMNS.stream().anyMatch(name -> CsvFile.key(name).equals(key));
    }

    /** The mapping's {@code "amountUnit"} value: {@code "cents"} or {@code "units"}. */
    public String key() {
        return cents ? "cents" : "units";
    }
}
