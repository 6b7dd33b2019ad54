package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.whatif.ScenarioGoalSeek;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "goal-seek", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"What must one input be for an output to reach a goal? E.g. the churn for a 12-month payback:",
            "  goal-seek plan.json --vary unitEconomics.annualLogoChurn --until unitEconomics.paybackMonth --at-most 12",
            "Inputs and outputs are named as in the scenario file and in calc --json (see compare for the names).",
            "Exit codes: 0 a value was found, 1 bad input or no value in the range reaches the goal, 2 bad usage."})
final class GoalSeekCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json")
    private Path file;

    @Option(names = "--vary", required = true, paramLabel = "INPUT", description = "The input to change.")
    private String input;

    @Option(names = "--until", required = true, paramLabel = "OUTPUT", description = "The output with the goal.")
    private String output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Goal goal;

    static final class Goal {
        @Option(names = "--at-most", paramLabel = "Z", description = "The output must be at most Z.")
        Double atMost;

        @Option(names = "--at-least", paramLabel = "Z", description = "The output must be at least Z.")
        Double atLeast;
    }

    @Option(names = "--from", paramLabel = "A", description = "Lowest value to try (default 0 for a rate, else 1 %% of "
            + "the input now).")
    private Double from;

    @Option(names = "--to", paramLabel = "B",
            description = "Highest value to try (default 1 for a rate, else 10 × the input now).")
    private Double to;

    /** Six significant digits, no trailing zeros: 17,600 or 0.182345. */
    private static String shown(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6));
        DecimalFormat format = new DecimalFormat("#,##0.##########",
                DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(rounded);
    }

    @Override
    public Integer call() throws BadInputException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = ScenarioJsonReader.read(file);
        Map<String, Double> inputs = ScenarioFigures.inputs(scenario);
        if (!inputs.containsKey(input)) {
            throw UsageError.of(spec, "no input " + input + " in " + file.getFileName()
                    + " (inputs: " + String.join(", ", inputs.keySet()) + ")");
        }
        if (!ScenarioFigures.outputs(scenario).containsKey(output)) {
            throw UsageError.of(spec, "no output " + output + " for "
                    + file.getFileName() + " (outputs: " + String.join(", ", ScenarioFigures.outputs(scenario).keySet()) + ")");
        }
        ScenarioGoalSeek.Range defaults = ScenarioGoalSeek.defaultRange(scenario, input);
        ScenarioGoalSeek.Range range = new ScenarioGoalSeek.Range(from != null ? from : defaults.low(),
                to != null ? to : defaults.high());
        ScenarioGoalSeek.Goal wanted = new ScenarioGoalSeek.Goal(input, output, goal.atMost != null
                ? ScenarioGoalSeek.Direction.AT_MOST : ScenarioGoalSeek.Direction.AT_LEAST,
                goal.atMost != null ? goal.atMost : goal.atLeast);
        ScenarioGoalSeek.Result result;
        try {
            result = ScenarioGoalSeek.seek(scenario, wanted, range);
        } catch (IllegalArgumentException e) {
            throw UsageError.of(spec, e.getMessage());
        }
        String goalText = output + " " + wanted.direction().symbol() + " " + shown(wanted.target());
        if (!result.found()) {
            err.println("hourglass goal-seek: " + input + ": " + result.explanation() + " (" + goalText + ")");
            return result.metEverywhere() ? HourglassCli.OK : HourglassCli.BAD_INPUT;
        }
        out.println(input + " = " + shown(result.value().getAsDouble()) + "  (now " + shown(result.inputNow())
                + ") gives " + output + " = " + shown(result.reached().orElse(Double.NaN)) + ", so " + goalText
                + "; the goal is met " + (result.metUpTo() ? "up to" : "from") + " this value");
        out.flush();
        return HourglassCli.OK;
    }
}
