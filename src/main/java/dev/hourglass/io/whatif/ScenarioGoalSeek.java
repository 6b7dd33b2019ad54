package dev.hourglass.io.whatif;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.whatif.GoalSeek;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Goal seek on a scenario, with inputs and outputs named as in the scenario file and {@code calc --json}: "what
 * must {@code unitEconomics.annualLogoChurn} be for {@code unitEconomics.paybackMonth} to be at most 12". Shared by
 * the command line and the What-if view so both give the same answer.
 */
public final class ScenarioGoalSeek {
    /** Whether the output must stay at or below the target, or reach at least it. */
    public enum Direction {
        AT_MOST("≤"), AT_LEAST("≥");

        private final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean met(double reached, double target) {
            return this == AT_MOST ? reached <= target : reached >= target;
        }
    }

    public record Goal(String input, String output, Direction direction, double target) {
    }

    /** The values tried, from low to high. */
    public record Range(double low, double high) {
    }

    /**
     * The answer: the input value at the goal's edge and what the output is there, or none with the reason.
     *
     * @param metUpTo true when the goal is met for input values up to the edge, false when from the edge upwards
     */
    public record Result(Goal goal, double inputNow, Range range, OptionalDouble value, OptionalDouble reached,
                         boolean metEverywhere, boolean metUpTo, String explanation) {
        public boolean found() {
            return value.isPresent();
        }
    }

    private ScenarioGoalSeek() {
    }

    /**
     * Where to look when the user gives no range: 0 to 1 for a rate (a value between 0 and 1 that is not a count of
     * months), otherwise 1 % to 10 × the input now (at least 1).
     *
     * @throws IllegalArgumentException when the scenario has no such input
     */
    public static Range defaultRange(Scenario scenario, String input) {
        double now = inputNow(scenario, input);
        boolean rate = now >= 0 && now <= 1 && !input.toLowerCase().contains("month");
        return rate ? new Range(0, 1) : new Range(now / 100, Math.max(1, 10 * now));
    }

    /** @throws IllegalArgumentException when the input or the output is unknown, or the range is empty */
    public static Result seek(Scenario scenario, Goal goal, Range range) {
        double now = inputNow(scenario, goal.input());
        if (!ScenarioFigures.outputs(scenario).containsKey(goal.output())) {
            throw new IllegalArgumentException("the scenario has no output " + goal.output());
        }
        GoalSeek.Answer answer = GoalSeek.edge(value -> {
            OptionalDouble reached = outputAt(scenario, goal, value);
            return reached.isPresent() && goal.direction().met(reached.getAsDouble(), goal.target());
        }, range.low(), range.high());
        boolean everywhere = answer.value().isEmpty() && answer.explanation().startsWith("the goal is met everywhere");
        if (answer.value().isEmpty()) {
            return new Result(goal, now, range, OptionalDouble.empty(), OptionalDouble.empty(), everywhere, false,
                    answer.explanation());
        }
        double value = answer.value().getAsDouble();
        return new Result(goal, now, range, answer.value(), outputAt(scenario, goal, value), false,
                answer.explanation().contains("up to"), answer.explanation());
    }

    /** The output with the goal's input set to {@code value}; empty when the scenario refuses that value. */
    public static OptionalDouble outputAt(Scenario scenario, Goal goal, double value) {
        return VariedOutput.of(scenario, goal.input(), value, goal.output());
    }

    private static double inputNow(Scenario scenario, String input) {
        Map<String, Double> inputs = ScenarioFigures.inputs(scenario);
        Double now = inputs.get(input);
        if (now == null) {
            throw new IllegalArgumentException("the scenario has no input " + input);
        }
        return now;
    }
}
