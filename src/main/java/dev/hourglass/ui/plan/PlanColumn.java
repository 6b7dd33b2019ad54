package dev.hourglass.ui.plan;

import dev.hourglass.model.plan.PlanMonth;
import java.util.List;

/**
 * A column of the plan grid: one month, or the total of a calendar quarter or year over the plan's months in it
 * (a plan that starts in February has a first quarter of two months).
 */
record PlanColumn(Kind kind, String title, String tooltip, List<PlanMonth> months) {
    enum Kind { MONTH, QUARTER, YEAR }

    PlanColumn {
        months = List.copyOf(months);
    }

    boolean isTotal() {
        return kind != Kind.MONTH;
    }
}
