package dev.hourglass.model.plan;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Everything the revenue plan is computed from (forecast.md §4): when it starts and how long it runs, the ARR it
 * opens with, the monthly retention, and the rates that turn new ARR into bookings, pipeline, funnel counts, spend
 * and sellers.
 *
 * @param salesCycleMonths       whole months from creating a deal's pipeline to booking it
 * @param requiredCoverage       pipeline to create per booked dollar
 * @param acv                    new ARR of one new customer
 * @param sources                the lead sources' funnels; their customer shares add up to 1
 * @param cac                    acquisition cost of one new customer, for a source without a cost per lead
 * @param productivityPerSeller  bookings one seller closes in a month; empty when unknown (sellers unknown)
 * @param postSaleShare          the post-purchase share of all marketing spend (the seeds' 95/5 split: 0.05)
 */
public record PlanInputs(YearMonth start, int months, double openingArr, MonthlyRetention retention,
                         int salesCycleMonths, double requiredCoverage, double acv, List<SourceFunnel> sources,
                         OptionalDouble cac, OptionalDouble productivityPerSeller, double postSaleShare) {
    public static final int MIN_MONTHS = 12;
    public static final int MAX_MONTHS = 36;

    public PlanInputs {
        Require.present("start month", start);
        Require.between("months", months, MIN_MONTHS, MAX_MONTHS);
        Require.nonNegative("opening ARR", Require.finite("opening ARR", openingArr));
        Require.present("retention", retention);
        Require.between("sales cycle (months)", salesCycleMonths, 0, MAX_MONTHS);
        Require.atLeast("required coverage", requiredCoverage, 1);
        Require.positive("ACV", Require.finite("ACV", acv));
        sources = List.copyOf(Require.present("sources", sources));
        if (sources.isEmpty()) {
            throw new InvalidInputException("sources", "the plan needs at least one lead source");
        }
        double shares = sources.stream().mapToDouble(SourceFunnel::customerShare).sum();
        if (Math.abs(shares - 1) > 1e-9) {
            throw new InvalidInputException("sources", "the sources' shares of new customers must add up to 1, got "
                    + shares, Rule.SHARES_ADD_UP, 1.0, shares);
        }
        Require.present("CAC", cac);
        cac.ifPresent(v -> Require.nonNegative("CAC", Require.finite("CAC", v)));
        Require.present("productivity per seller", productivityPerSeller);
        productivityPerSeller.ifPresent(v -> Require.positive("productivity per seller", Require.finite("productivity per seller", v)));
        Require.fractionBelowOne("post-sale share", postSaleShare);
    }

    /** The first month after the plan. */
    public YearMonth end() {
        return start.plusMonths(months);
    }
}
