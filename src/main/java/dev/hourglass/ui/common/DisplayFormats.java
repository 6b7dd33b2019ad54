package dev.hourglass.ui.common;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalDouble;

/** Locale-aware display of money, rates and ratios; "no data" where a figure has none. */
public final class DisplayFormats {
    public static final String NO_DATA = "no data";
    private final Locale locale;

    public DisplayFormats(Locale locale) {
        this.locale = locale;
    }

    public String money(double value, String currencyCode) {
        value += 0.0; // −0 (a negated zero, "nothing lost") shows as 0, not "-$0"
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException unknownCurrency) {
            NumberFormat plain = NumberFormat.getNumberInstance(locale);
            plain.setMaximumFractionDigits(0);
            return plain.format(value) + " " + currencyCode;
        }
        f.setMaximumFractionDigits(Math.abs(value) >= 1000 ? 0 : 2);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** Large amounts shortened for a headline card: $1.65B, $10.5M, $240K. */
    public String moneyShort(double value, String currencyCode) {
        double abs = Math.abs(value);
        if (abs >= 1_000_000_000) {
            return money(value / 1_000_000_000, currencyCode) + "B";
        }
        if (abs >= 1_000_000) {
            return money(value / 1_000_000, currencyCode) + "M";
        }
        if (abs >= 10_000) {
            return money(value / 1_000, currencyCode) + "K";
        }
        return money(value, currencyCode);
    }

    public String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    public String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? percent(fraction.getAsDouble()) : NO_DATA;
    }

    public String number(double value, int decimals) {
        value += 0.0;
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    public String times(OptionalDouble ratio) {
        return ratio.isPresent() ? number(ratio.getAsDouble(), 1) + "×" : NO_DATA;
    }
}
