package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.io.whatif.Sensitivity;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.JsonOut;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A tornado: one output against ±swing on each input in turn, widest first.",
            "  sensitivity plan.json --output unitEconomics.paybackMonth --swing 10%%",
            "Exit codes: 0 ok, 1 bad scenario file, 2 bad usage (an unknown output, a swing outside 0–100 %%)."})
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json")
    private Path file;

    @Option(names = "--output", required = true, paramLabel = "OUTPUT", description = "The output to explain.")
    private String output;

    @Option(names = "--swing", defaultValue = "10%", paramLabel = "X",
            description = "How far each input moves, down and up (default ${DEFAULT-VALUE}).")
    private String swing;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException {
        Scenario scenario = ScenarioJsonReader.read(file);
        Sensitivity.Tornado tornado;
        try {
            tornado = Sensitivity.of(scenario, output, Swing.parse(spec, swing));
        } catch (IllegalArgumentException e) {
            throw UsageError.of(spec, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try (JsonOut j = new JsonOut(out, true)) {
                j.beginObject().string("output", tornado.output()).number("outputNow", tornado.outputNow())
                        .number("swing", tornado.swing()).beginArray("bars");
                for (Sensitivity.Bar bar : tornado.bars()) {
                    j.beginObject().string("input", bar.input()).number("inputNow", bar.inputNow())
                            .number("outputLow", bar.outputLow()).number("outputHigh", bar.outputHigh()).endObject();
                }
                j.endArray().endObject();
            }
            out.println();
        } else {
            out.println(tornado.output() + " = " + TEXT.fixed(tornado.outputNow(), 2) + " now; each input −/+ "
                    + TEXT.percent(OptionalDouble.of(tornado.swing())) + ":");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("  Input", "Now", "Output at −", "Output at +", "Spread"));
            for (Sensitivity.Bar bar : tornado.bars()) {
                rows.add(List.of("  " + bar.input(), TEXT.fixed(bar.inputNow(), Math.abs(bar.inputNow()) >= 100 ? 0 : 4), value(bar.outputLow()),
                        value(bar.outputHigh()), TEXT.fixed(bar.spread(), 2)));
            }
            TextTable.printColumns(out, rows);
        }
        out.flush();
        return HourglassCli.OK;
    }

    private static String value(OptionalDouble v) {
        return v.isPresent() ? TEXT.fixed(v.getAsDouble(), 2) : "no data";
    }
}
