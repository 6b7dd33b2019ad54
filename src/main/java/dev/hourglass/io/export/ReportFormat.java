package dev.hourglass.io.export;

import dev.hourglass.io.export.ReportFigures.Figure;
import dev.hourglass.io.export.ReportFigures.Unit;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers of a report as a reader expects them in a locale: money with the currency code, rates in %, units. */
final class ReportFormat {
    private final Locale locale;
    private final String currency;

    ReportFormat(Locale locale, String currency) {
        this.locale = locale;
        this.currency = currency;
    }

    String currency() {
        return currency;
    }

    /** The figure's value with its unit, or its text when it has no value. */
    String format(Figure f) {
        return f.value().isPresent() ? format(f.value().getAsDouble(), f.unit()) : f.text();
    }

    String format(double value, Unit unit) {
        return switch (unit) {
            case MONEY -> money(value);
            case PERCENT -> percent(value);
            case MONTHS -> number(value, 2) + (value == 1 ? " month" : " months");
            case YEARS -> number(value, 2) + (value == 1 ? " year" : " years");
            case COUNT -> number(value, 1);
            case HOURS -> number(value, 0) + " h";
            case RATIO -> fixed(value, 2) + "×";
            case TEXT -> number(value, 2);
        };
    }

    String money(double value) {
        return amount(value) + " " + currency;
    }

    /** Money without the currency code, for a table whose header names it. */
    String amount(double value) {
        return number(value, Math.abs(value) >= 1000 || value == Math.rint(value) ? 0 : 2);
    }

    private String fixed(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    String number(double value, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(0);
        String text = f.format(value);
        return text.matches("-0([.,]0*)?") ? text.substring(1) : text;
    }

    NumberFormat axis() {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(0);
        return f;
    }

    NumberFormat percentAxis() {
        return NumberFormat.getPercentInstance(locale);
    }
}
