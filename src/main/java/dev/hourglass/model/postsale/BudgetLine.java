package dev.hourglass.model.postsale;

import dev.hourglass.model.Require;

/** Marketing dollars and hours spent on one relationship stage. */
public record BudgetLine(RelationshipStage stage, double dollars, double hours) {
    public BudgetLine {
        Require.present("stage", stage);
        Require.nonNegative("dollars", dollars);
        Require.nonNegative("hours", hours);
    }
}
