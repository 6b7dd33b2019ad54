package dev.hourglass.model.retention;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;

/** A retention programme: what it costs and how far it should bring churn down (metrics.md §3). */
public record RetentionProgramInputs(double customers, double acv, double grossMargin, double churnNow,
                                     double churnTarget, double programCost) {
    public RetentionProgramInputs {
        Require.nonNegative("customers", customers);
        Require.nonNegative("ACV", acv);
        Require.fraction("gross margin", grossMargin);
        Require.fraction("churn now", churnNow);
        Require.fraction("churn target", churnTarget);
        if (churnTarget > churnNow) {
            throw new InvalidInputException("churn target",
                    "churn target must not exceed churn now (" + churnNow + "), got " + churnTarget,
                    Rule.AT_MOST_FIELD, "churn now", churnNow, churnTarget);
        }
        Require.nonNegative("programme cost", programCost);
    }

    public RetentionProgramInputs withChurnTarget(double value) {
        return new RetentionProgramInputs(customers, acv, grossMargin, churnNow, value, programCost);
    }
}
