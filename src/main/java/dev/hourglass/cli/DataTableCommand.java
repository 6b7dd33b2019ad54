package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.JsonOut;
import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.io.whatif.TwoWayTable;
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

@Command(name = "data-table", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A two-way data table: one output for every pair of values of two inputs, each moved around its "
                + "value now. E.g. churn down the rows and CAC across the columns to payback month:",
            "  data-table plan.json --rows unitEconomics.annualLogoChurn --columns unitEconomics.cac "
                + "--output unitEconomics.paybackMonth --swing 20%% --steps 5",
            "Exit codes: 0 ok, 1 bad scenario file, 2 bad usage (an unknown input or output)."})
final class DataTableCommand implements Callable<Integer> {
    /** A data table of 101 × 101 cells computes in seconds; thousands of values would seem to hang. */
    private static final int MAX_STEPS = 101;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json")
    private Path file;

    @Option(names = "--rows", required = true, paramLabel = "INPUT", description = "The input down the rows.")
    private String rowInput;

    @Option(names = "--columns", required = true, paramLabel = "INPUT", description = "The input across the columns.")
    private String columnInput;

    @Option(names = "--output", required = true, paramLabel = "OUTPUT", description = "The output in the cells.")
    private String output;

    @Option(names = "--swing", defaultValue = "20%", paramLabel = "X",
            description = "How far each input moves down and up from its value now (default ${DEFAULT-VALUE}).")
    private String swing;

    @Option(names = "--steps", defaultValue = "5", paramLabel = "N",
            description = "Values per input, 2 to 101, evenly spread; odd keeps the value now in the middle "
                    + "(default ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException {
        Scenario scenario = ScenarioJsonReader.read(file);
        if (steps < 2 || steps > MAX_STEPS) {
            throw UsageError.of(spec, "--steps must be between 2 and " + MAX_STEPS
                    + ", got " + steps);
        }
        TwoWayTable table;
        try {
            double swingFraction = Swing.parse(spec, swing);
            Double rowNow = ScenarioFigures.inputs(scenario).get(rowInput);
            Double columnNow = ScenarioFigures.inputs(scenario).get(columnInput);
            if (rowNow == null || columnNow == null) {
                throw new IllegalArgumentException("the scenario has no input " + (rowNow == null ? rowInput : columnInput));
            }
            table = TwoWayTable.of(scenario, rowInput, TwoWayTable.around(rowNow, swingFraction, steps), columnInput,
                    TwoWayTable.around(columnNow, swingFraction, steps), output);
        } catch (IllegalArgumentException e) {
            throw UsageError.of(spec, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try (JsonOut j = new JsonOut(out, true)) {
                j.beginObject().string("output", output).string("rowInput", rowInput).string("columnInput", columnInput)
                        .beginArray("rows");
                for (int r = 0; r < table.rowValues().size(); r++) {
                    j.beginObject().number("value", table.rowValues().get(r)).beginArray("cells");
                    for (int c = 0; c < table.columnValues().size(); c++) {
                        j.beginObject().number("columnValue", table.columnValues().get(c))
                                .number("output", table.cell(r, c)).endObject();
                    }
                    j.endArray().endObject();
                }
                j.endArray().endObject();
            }
            out.println();
        } else {
            out.println(output + " with " + rowInput + " down and " + columnInput + " across:");
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("  "));
            table.columnValues().forEach(v -> header.add(inputValue(v)));
            rows.add(header);
            for (int r = 0; r < table.rowValues().size(); r++) {
                List<String> row = new ArrayList<>(List.of("  " + inputValue(table.rowValues().get(r))));
                for (int c = 0; c < table.columnValues().size(); c++) {
                    OptionalDouble cell = table.cell(r, c);
                    row.add(cell.isPresent() ? TEXT.fixed(cell.getAsDouble(), cell.getAsDouble() == Math.rint(cell.getAsDouble()) ? 0 : 2)
                            : TEXT.noData());
                }
                rows.add(row);
            }
            TextTable.printColumns(out, rows);
        }
        out.flush();
        return HourglassCli.OK;
    }

    private static String inputValue(double value) {
        return TEXT.fixed(value, Math.abs(value) >= 100 ? 0 : 4);
    }
}
