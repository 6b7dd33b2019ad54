package dev.hourglass.ui.plan;

/** What the plan must reach by its last month: an ending ARR, or growth over the opening ARR (0.3 = 30 %). */
public record PlanTarget(Kind kind, double value) {
    public enum Kind { ENDING_ARR, GROWTH }

    public static PlanTarget endingArr(double arr) {
        return new PlanTarget(Kind.ENDING_ARR, arr);
    }

    public static PlanTarget growth(double fraction) {
        return new PlanTarget(Kind.GROWTH, fraction);
    }

    /** The ARR the last month must close at, from the ARR the plan opens with. */
    public double endingArrFrom(double openingArr) {
        return kind == Kind.ENDING_ARR ? value : openingArr * (1 + value);
    }
}
