package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.SourceMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lead source's funnel summed over the plan's months, as the "By source" table shows it: the new customers it is
 * to win and the SALs, SQLs, MQLs, leads and acquisition spend that takes; no data where a rate is unknown.
 */
public record SourceTotals(String source, String newCustomers, String sals, String sqls, String mqls, String leads,
                           String acquisitionSpend) {

    /** Each source of the plan in the plan's order; none when the plan has a single source (the grid says it all). */
    static List<SourceTotals> of(List<SourceMonth> bySource, FigureFormatter formats) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SourceMonth m : bySource) {
            double[] sum = sums.computeIfAbsent(m.source(), k -> new double[6]);
            sum[0] += m.newCustomers();
            sum[1] += m.sals();
            sum[2] += m.sqls();
            sum[3] += m.mqls();
            sum[4] += m.leads();
            sum[5] += m.acquisitionSpend();
        }
        if (sums.size() < 2) {
            return List.of();
        }
        List<SourceTotals> rows = new ArrayList<>();
        sums.forEach((source, sum) -> rows.add(new SourceTotals(source, count(sum[0], formats),
                count(sum[1], formats), count(sum[2], formats), count(sum[3], formats), count(sum[4], formats),
                Double.isFinite(sum[5]) ? formats.money(sum[5]) : formats.noData())));
        return rows;
    }

    private static String count(double value, FigureFormatter formats) {
        return Double.isFinite(value) ? formats.fixed(value, 1) : formats.noData();
    }
}
