package dev.hourglass.model.retention;

import dev.hourglass.model.Ratios;

/** Retention programme ROI (metrics.md §3). */
public final class RetentionProgramCalculator {
    private RetentionProgramCalculator() {
    }

    public static RetentionProgramResult calculate(RetentionProgramInputs in) {
        double logosSaved = in.customers() * (in.churnNow() - in.churnTarget());
        double arrSaved = logosSaved * in.acv();
        double grossProfitSaved = arrSaved * in.grossMargin();
        double netGain = grossProfitSaved - in.programCost();
        return new RetentionProgramResult(logosSaved, arrSaved, grossProfitSaved, netGain,
                Ratios.ratio(netGain, in.programCost()),
                Ratios.ratio(in.programCost(), in.customers() * in.acv() * in.grossMargin()));
    }

    /** Net gain if the programme cut churn by {@code churnReduction} (for the net-gain-against-reduction chart). */
    public static double netGainAt(RetentionProgramInputs in, double churnReduction) {
        return in.customers() * churnReduction * in.acv() * in.grossMargin() - in.programCost();
    }
}
