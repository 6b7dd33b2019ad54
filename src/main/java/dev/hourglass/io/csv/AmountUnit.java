package dev.hourglass.io.csv;

/**
 * How a file writes its amounts: in units ({@code 49.00}), or in the currency's smallest unit ({@code 4900} cents),
 * as billing APIs and the exports made from them do (Stripe's API and Sigma, Chargebee's API, Close). {@code because}
 * says who said so, for the import report: "Stripe's API export", "the mapping's amountUnit".
 */
public record AmountUnit(boolean cents, String because) {
    public static final AmountUnit UNITS = new AmountUnit(false, "");

    public AmountUnit {
        because = because == null ? "" : because;
    }

    public static AmountUnit cents(String because) {
        return new AmountUnit(true, because);
    }

    /** The mapping's {@code "amountUnit"} value: {@code "cents"} or {@code "units"}. */
    public String key() {
        return cents ? "cents" : "units";
    }
}
