package dev.hourglass.io.whatif;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioInputs;
import dev.hourglass.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A two-way data table, as in a spreadsheet's What-If Analysis: one output for every pair of values of two inputs
 * (e.g. churn down the rows × CAC across the columns → payback month). A pair the scenario refuses (a rate above
 * 100 %) has no data in its cell.
 */
public record TwoWayTable(String rowInput, List<Double> rowValues, String columnInput, List<Double> columnValues,
                          String output, List<List<OptionalDouble>> cells) {
    public TwoWayTable {
        rowValues = List.copyOf(rowValues);
        columnValues = List.copyOf(columnValues);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The output at one row and column. */
    public OptionalDouble cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** @throws IllegalArgumentException naming an unknown input or output, or the same input twice */
    public static TwoWayTable of(Scenario scenario, String rowInput, List<Double> rowValues, String columnInput,
                                 List<Double> columnValues, String output) {
        if (rowInput.equals(columnInput)) {
            throw new IllegalArgumentException("the rows and the columns must vary two different inputs, both are "
                    + rowInput);
        }
        for (String input : List.of(rowInput, columnInput)) {
            if (!ScenarioFigures.inputs(scenario).containsKey(input)) {
                throw new IllegalArgumentException("the scenario has no input " + input);
            }
        }
        if (!ScenarioFigures.outputs(scenario).containsKey(output)) {
            throw new IllegalArgumentException("the scenario has no output " + output);
        }
        List<List<OptionalDouble>> cells = new ArrayList<>();
        for (double rowValue : rowValues) {
            List<OptionalDouble> row = new ArrayList<>();
            Scenario withRow;
            try {
                withRow = ScenarioInputs.with(scenario, rowInput, rowValue);
            } catch (IllegalArgumentException refused) {
                withRow = null;
            }
            for (double columnValue : columnValues) {
                row.add(withRow == null ? OptionalDouble.empty() : VariedOutput.of(withRow, columnInput, columnValue, output));
            }
            cells.add(row);
        }
        return new TwoWayTable(rowInput, rowValues, columnInput, columnValues, output, cells);
    }

    /**
     * {@code count} values evenly spread from {@code now × (1 − swing)} to {@code now × (1 + swing)}, the value now
     * in the middle when the count is odd.
     */
    public static List<Double> around(double now, double swing, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a data table needs at least 2 values per side, got " + count);
        }
        if (!(swing > 0)) {
            throw new IllegalArgumentException("the swing must be above 0, got " + swing);
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(now * (1 - swing + 2 * swing * i / (count - 1)));
        }
        return values;
    }
}
