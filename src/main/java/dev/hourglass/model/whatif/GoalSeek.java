package dev.hourglass.model.whatif;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * "What must input X be for output Y to reach Z": the edge, within a range, where a goal starts (or stops) being
 * met, found by bisection. The goal must be met on one side of a single edge (true for the monotone figures of
 * metrics.md — payback in CAC or churn, closing ARR in NRR …); when it is met nowhere or everywhere in the range,
 * the answer says so instead of inventing a value.
 */
public final class GoalSeek {
    /** The edge found, or why there is none. */
    public record Answer(OptionalDouble value, String explanation) {
    }

    private static final int STEPS = 60;

    private GoalSeek() {
    }

    /**
     * @param met  whether the goal is met at an input value
     * @param low  the lowest input value to try
     * @param high the highest input value to try
     * @return the input value at the edge, on the side where the goal is met
     */
    public static Answer edge(DoublePredicate met, double low, double high) {
        if (!(low < high)) {
            throw new InvalidInputException("range", "the range must go from a lower to a higher value, got " + low
                    + " to " + high, Rule.RANGE_NOT_RISING, low, high);
        }
        boolean atLow = met.test(low);
        boolean atHigh = met.test(high);
        if (atLow == atHigh) {
            return new Answer(OptionalDouble.empty(), atLow
                    ? "the goal is met everywhere from " + low + " to " + high + ": any value in the range reaches it"
                    : "no value from " + low + " to " + high + " reaches the goal");
        }
        double metSide = atLow ? low : high;
        double otherSide = atLow ? high : low;
        for (int i = 0; i < STEPS; i++) {
            double middle = (metSide + otherSide) / 2;
            if (middle == metSide || middle == otherSide) {
                break;
            }
            if (met.test(middle)) {
                metSide = middle;
            } else {
                otherSide = middle;
            }
        }
        return new Answer(OptionalDouble.of(metSide), "the goal is met " + (atLow ? "up to " : "from ") + metSide);
    }
}
