package dev.hourglass.model.plan;

import dev.hourglass.model.Require;

/** What the plan is solved for: an ending ARR, a growth over the plan's months, or an acquisition budget. */
public sealed interface PlanGoal permits PlanGoal.TargetArr, PlanGoal.Growth, PlanGoal.Budget {

    /** The last month's closing ARR. */
    record TargetArr(double arr) implements PlanGoal {
        public TargetArr {
            Require.nonNegative("target ARR", Require.finite("target ARR", arr));
        }
    }

    /** Growth of ARR from the opening to the last month's close, 0.4 = +40 %. */
    record Growth(double share) implements PlanGoal {
        public Growth {
            Require.atLeast("growth", Require.finite("growth", share), -1);
        }
    }

    /** The acquisition budget of the whole plan, spent evenly over its months (forward: the ARR it buys). */
    record Budget(double total) implements PlanGoal {
        public Budget {
            Require.nonNegative("budget", Require.finite("budget", total));
        }
    }
}
