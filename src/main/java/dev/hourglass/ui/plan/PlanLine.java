package dev.hourglass.ui.plan;

import dev.hourglass.model.plan.PlanMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A line of the plan grid, top to bottom: which figure of a month it shows, whether it is money, a count or
 * sellers, and how a quarter or a year totals it — a stock (ARR, sellers) by the period's opening or closing value,
 * a flow (churn, bookings, leads, spend) by the sum of its months.
 */
enum PlanLine {
    OPENING_ARR("openingArr", Measure.MONEY, Total.OPENING, PlanMonth::openingArr),
    CHURNED("churned", Measure.MONEY, Total.SUM, PlanMonth::churned),
    CONTRACTED("contracted", Measure.MONEY, Total.SUM, PlanMonth::contracted),
    EXPANDED("expanded", Measure.MONEY, Total.SUM, PlanMonth::expanded),
    NEW_ARR("newArr", Measure.MONEY, Total.SUM, PlanMonth::newArr),
    CLOSING_ARR("closingArr", Measure.MONEY, Total.CLOSING, PlanMonth::closingArr),
    BOOKINGS("bookings", Measure.MONEY, Total.SUM, PlanMonth::bookings),
    PIPELINE_CREATED("pipelineCreated", Measure.MONEY, Total.SUM, PlanMonth::pipelineCreated),
    SALS("sals", Measure.COUNT, Total.SUM, PlanMonth::sals),
    SQLS("sqls", Measure.COUNT, Total.SUM, PlanMonth::sqls),
    MQLS("mqls", Measure.COUNT, Total.SUM, PlanMonth::mqls),
    LEADS("leads", Measure.COUNT, Total.SUM, PlanMonth::leads),
    ACQUISITION_SPEND("acquisitionSpend", Measure.MONEY, Total.SUM, PlanMonth::acquisitionSpend),
    POST_SALE_SPEND("postSaleSpend", Measure.MONEY, Total.SUM, PlanMonth::postSaleSpend),
    SELLERS("sellers", Measure.SELLERS, Total.CLOSING, PlanMonth::sellers);

    /** How a value is shown: money in one magnitude per line, counts with one decimal, sellers as whole people. */
    enum Measure { MONEY, COUNT, SELLERS }

    /** How a quarter or a year shows a line: its first month's value, its last month's, or the sum of its months. */
    enum Total { OPENING, CLOSING, SUM }

    private final String key;
    private final Measure measure;
    private final Total total;
    private final ToDoubleFunction<PlanMonth> value;

    PlanLine(String key, Measure measure, Total total, ToDoubleFunction<PlanMonth> value) {
        this.key = key;
        this.measure = measure;
        this.total = total;
        this.value = value;
    }

    /** The line's key, as in {@code plan --json}: its texts are {@code plan.line.KEY} and {@code plan.line.KEY.tip}. */
    String key() {
        return key;
    }

    Measure measure() {
        return measure;
    }

    Total total() {
        return total;
    }

    double of(PlanMonth month) {
        return value.applyAsDouble(month);
    }

    /** Whether the plan gives the line a figure in any of {@code months}; a line it cannot fill is left out. */
    boolean fillsAny(List<PlanMonth> months) {
        return months.stream().mapToDouble(this::of).anyMatch(Double::isFinite);
    }

    /** The lines the plan gives no figure in any month, top to bottom. */
    static List<PlanLine> unfilled(List<PlanMonth> months) {
        return Arrays.stream(values()).filter(line -> !line.fillsAny(months)).toList();
    }

    /** The line over consecutive months of the plan, by its rule. */
    double over(List<PlanMonth> months) {
        return switch (total) {
            case OPENING -> of(months.get(0));
            case CLOSING -> of(months.get(months.size() - 1));
            case SUM -> months.stream().mapToDouble(this::of).sum();
        };
    }
}
