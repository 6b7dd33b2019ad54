package dev.hourglass.model.plan;

import dev.hourglass.model.Require;
import java.util.OptionalDouble;

/**
 * The funnel of one lead source as the plan runs it backwards: its share of the new customers, the conversion
 * of each step into the next, and what a lead of it costs. A step rate the data cannot give is empty, and the
 * counts above it are then unknown (NaN in {@link PlanMonth}); without a cost per lead the source's spend is its new
 * customers × CAC.
 *
 * @param customerShare share of all new customers won from this source (the sources' shares add up to 1)
 * @param salToWon      share of SALs won; empty when unknown
 */
public record SourceFunnel(String source, double customerShare, OptionalDouble leadToMql, OptionalDouble mqlToSql,
                           OptionalDouble sqlToSal, OptionalDouble salToWon, OptionalDouble costPerLead) {
    public SourceFunnel {
        Require.notBlank("source", source);
        Require.fraction("share of new customers of " + source, customerShare);
        rate(source, "lead → MQL rate", leadToMql);
        rate(source, "MQL → SQL rate", mqlToSql);
        rate(source, "SQL → SAL rate", sqlToSal);
        rate(source, "SAL → won rate", salToWon);
        Require.present("cost per lead", costPerLead);
        costPerLead.ifPresent(v -> Require.nonNegative("cost per lead of " + source, Require.finite("cost per lead", v)));
    }

    private static void rate(String source, String name, OptionalDouble rate) {
        Require.present(name, rate);
        if (rate.isPresent()) {
            Require.positive(name + " of " + source, rate.getAsDouble());
            Require.fraction(name + " of " + source, rate.getAsDouble());
        }
    }
}
