package dev.hourglass.io.csv;

import java.util.List;

/**
 * How a file writes its amounts: in units ({@code 49.00}), or in the currency's smallest unit ({@code 4900} cents),
 * as billing APIs and the exports made from them do (Stripe's API and Sigma, Chargebee's API, Close). {@code because}
 * says who said so, for the import report: "Stripe's API export", "the mapping's amountUnit".
 */
public record AmountUnit(boolean cents, String because) {
    public static final AmountUnit UNITS = new AmountUnit(false, "");
    /** Column names of the currency a row's amounts are in (Stripe's, Chargebee's, Close's), the preferred first. */
    public static final List<String> CURRENCY_COLUMNS = List.of("currency", "plan_currency", "price_currency",
            "currency_code", "value_currency");

    public AmountUnit {
        because = because == null ? "" : because;
    }

    public static AmountUnit cents(String because) {
        return new AmountUnit(true, because);
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
