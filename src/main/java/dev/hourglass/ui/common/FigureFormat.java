package dev.hourglass.ui.common;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shows a figure named by its scenario-file path ({@code unitEconomics.annualLogoChurn},
 * {@code retention.bridge[year 1].closing}) with its unit: rates as %, months, years, LTV:CAC as ×, counts as plain
 * numbers and everything else as money in the scenario's currency. The unit follows from the figure's name, the
 * same names as metrics.md.
 */
public final class FigureFormat {
    /** What kind of quantity a figure is. */
    public enum Unit { MONEY, PERCENT, MONTHS, YEARS, TIMES, COUNT }

    private static final Pattern PERCENT = Pattern.compile(
            ".*(churn|margin|grr|nrr|rate|share|conversion|roi|expansion|reduction)|nrr.*|churn(now|target)");
    private static final Pattern DAYS_COUNT = Pattern.compile(".*\\d+d");
    private static final Set<String> COUNTS = Set.of("customers", "count", "closedwon", "newcustomers", "activated",
            "hours", "logossaved", "newcustomersnotneeded", "year", "years");

    private final DisplayFormats formats;

    public FigureFormat(DisplayFormats formats) {
        this.formats = formats;
    }

    public static Unit unitOf(String path) {
        String name = lastName(path);
        if (name.endsWith("tocac")) {
            return Unit.TIMES;
        }
        if (name.contains("month")) {
            return Unit.MONTHS;
        }
        if (name.endsWith("lifetimeyears")) {
            return Unit.YEARS;
        }
        if (PERCENT.matcher(name).matches()) {
            return Unit.PERCENT;
        }
        if (COUNTS.contains(name) || DAYS_COUNT.matcher(name).matches()) {
            return Unit.COUNT;
        }
        return Unit.MONEY;
    }

    public String format(String path, double value, String currency) {
        return format(unitOf(path), value, currency);
    }

    /** The unit a catalogue gives (MONEY, PERCENT, MONTHS, YEARS, COUNT, HOURS, RATIO); null or unknown: by the name. */
    public static Unit unitNamed(String catalogueUnit, String path) {
        if (catalogueUnit == null) {
            return unitOf(path);
        }
        return switch (catalogueUnit) {
            case "MONEY" -> Unit.MONEY;
            case "PERCENT" -> Unit.PERCENT;
            case "MONTHS" -> Unit.MONTHS;
            case "YEARS" -> Unit.YEARS;
            case "COUNT", "HOURS" -> Unit.COUNT;
            case "RATIO" -> Unit.TIMES;
            default -> unitOf(path);
        };
    }

    public String format(Unit unit, double value, String currency) {
        return switch (unit) {
            case PERCENT -> formats.percent(value);
            case MONTHS -> formats.number(value, 1) + " months";
            case YEARS -> formats.number(value, 1) + " years";
            case TIMES -> formats.number(value, 2) + "×";
            case COUNT -> formats.number(value, 1);
            case MONEY -> formats.money(value, currency);
        };
    }

    /** How a value of this figure is typed: a rate as "18 %" or "0.18", money with grouping, others as numbers. */
    public static InputKind inputKind(String path) {
        return switch (unitOf(path)) {
            case PERCENT -> InputKind.PERCENT;
            case MONEY -> InputKind.MONEY;
            default -> InputKind.NUMBER;
        };
    }

    /** The last part of a path, without an element's [name] and in lower case: "annuallogochurn". */
    private static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return (bracket >= 0 ? last.substring(0, bracket) : last).toLowerCase(Locale.ROOT);
    }
}
