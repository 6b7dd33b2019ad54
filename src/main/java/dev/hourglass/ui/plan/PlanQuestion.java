package dev.hourglass.ui.plan;

import java.time.YearMonth;

/** The plan the user asked for: its first month, how many months, and its target. */
public record PlanQuestion(YearMonth start, int months, PlanTarget target) {
}
