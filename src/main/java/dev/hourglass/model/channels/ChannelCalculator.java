package dev.hourglass.model.channels;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.CustomerCurve;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Channel economics: cost per customer at each stage after the purchase, LTV and LTV:CAC (metrics.md §5). */
public final class ChannelCalculator {
    private ChannelCalculator() {
    }

    /**
     * LTV uses §1 with the channel's ACV, margin, churn and expansion and §1's defaults for the rest
     * (annual billing, 60-month horizon, no discount).
     */
    public static ChannelResult calculate(ChannelInputs in) {
        OptionalDouble cac = Ratios.ratio(in.spend(), in.newCustomers());
        UnitEconomicsInputs customer = new UnitEconomicsInputs(in.acv(), in.grossMargin(), cac.orElse(0),
                in.annualLogoChurn(), OptionalDouble.empty(), in.annualExpansion(), Billing.ANNUAL,
                UnitEconomicsInputs.DEFAULT_HORIZON_MONTHS, 0);
        double[] cumulative = CustomerCurve.cumulativeGrossProfit(customer);
        double ltv = cumulative[cumulative.length - 1];
        OptionalDouble ltvToCac = cac.isPresent() ? Ratios.ratio(ltv, cac.getAsDouble()) : OptionalDouble.empty();
        return new ChannelResult(in.name(), cac, Ratios.ratio(in.spend(), in.activated()),
                Ratios.ratio(in.spend(), in.retained90d()), ltv, ltvToCac);
    }

    /** Every channel, ranked by LTV:CAC, best first; channels with no LTV:CAC last, in input order. */
    public static List<ChannelResult> rank(List<ChannelInputs> channels) {
        List<ChannelResult> results = new ArrayList<>(channels.size());
        for (ChannelInputs channel : channels) {
            results.add(calculate(channel));
        }
        results.sort(Comparator.comparingDouble(
                (ChannelResult r) -> r.ltvToCac().isPresent() ? -r.ltvToCac().getAsDouble() : Double.POSITIVE_INFINITY));
        return List.copyOf(results);
    }
}
