package dev.hourglass.model.postsale;

import dev.hourglass.model.Require;
import java.util.List;

/** The marketing budget mapped against the stages of the relationship (seed 001's audit). */
public record BudgetInputs(List<BudgetLine> lines) {
    public BudgetInputs {
        lines = Require.listOf("budget lines", lines);
    }
}
