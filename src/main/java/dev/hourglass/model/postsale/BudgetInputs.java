package dev.hourglass.model.postsale;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.Require;
import java.util.List;

/** The marketing budget mapped against the stages of the relationship (seed 001's audit). */
public record BudgetInputs(List<BudgetLine> lines) {
    public BudgetInputs {
        Require.atMostEntries("budget lines", lines, InputLimits.MAX_LIST_ENTRIES);
        lines = Require.listOf("budget lines", lines);
    }
}
