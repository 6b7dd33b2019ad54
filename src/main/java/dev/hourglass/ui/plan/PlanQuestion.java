package dev.hourglass.ui.plan;

import dev.hourglass.model.plan.PlanGoal;
import java.time.YearMonth;

/** The plan the user asked for: its first month, how many months, and its goal. */
public record PlanQuestion(YearMonth start, int months, PlanGoal goal) {
}
