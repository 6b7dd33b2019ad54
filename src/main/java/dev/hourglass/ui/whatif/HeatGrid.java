package dev.hourglass.ui.whatif;

import dev.hourglass.io.whatif.TwoWayTable;
import dev.hourglass.ui.common.ChartImages;
import dev.hourglass.ui.common.HeatCell;
import dev.hourglass.ui.common.Tables;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * A two-way data table as a heat grid: the first input's values down the left, the second's across the top, each
 * cell shaded from light (lowest output) to strong (highest), the cell of the values now outlined.
 */
public final class HeatGrid extends GridPane {
    /** From this share of the range up, a cell's shade is strong enough for the text in the colour for emphasis. */
    private static final double STRONG = 0.73;

    public HeatGrid() {
        getStyleClass().addAll("heat-grid", ChartImages.CHART_CLASS);
        setHgap(2);
        setVgap(2);
    }

    /**
     * @param format shows a value of a figure named by its path
     * @param noData what a cell without a value shows
     * @param rowNow the first input's value now, to outline its row; likewise {@code columnNow}
     */
    public void show(TwoWayTable table, BiFunction<String, Double, String> format,
                     Function<String, String> label, String noData, double rowNow,
                     double columnNow) {
        getChildren().clear();
        if (table == null) {
            return;
        }
        Label corner = new Label("↓ " + label.apply(table.rowInput()) + "\n→ " + label.apply(table.columnInput()));
        corner.getStyleClass().add("heat-corner");
        add(corner, 0, 0);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (var row : table.cells()) {
            for (OptionalDouble cell : row) {
                if (cell.isPresent()) {
                    min = Math.min(min, cell.getAsDouble());
                    max = Math.max(max, cell.getAsDouble());
                }
            }
        }
        int nowRow = closest(table.rowValues(), rowNow);
        int nowColumn = closest(table.columnValues(), columnNow);
        for (int c = 0; c < table.columnValues().size(); c++) {
            add(header(format.apply(table.columnInput(), table.columnValues().get(c)), c == nowColumn), c + 1, 0);
        }
        for (int r = 0; r < table.rowValues().size(); r++) {
            add(header(format.apply(table.rowInput(), table.rowValues().get(r)), r == nowRow), 0, r + 1);
            for (int c = 0; c < table.columnValues().size(); c++) {
                OptionalDouble cell = table.cell(r, c);
                String text = cell.isPresent() ? format.apply(table.output(), cell.getAsDouble()) : noData;
                double share = max > min && cell.isPresent() ? (cell.getAsDouble() - min) / (max - min) : 0.5;
                HeatCell box = new HeatCell(text, cell.isPresent() ? share : 0, cell.isPresent() && share >= STRONG);
                if (cell.isPresent()) {
                    box.getStyleClass().add("heat-valued");
                }
                if (r == nowRow && c == nowColumn) {
                    box.getStyleClass().add("heat-now");
                }
                box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                Tooltip.install(box, Tables.tooltip(label.apply(table.rowInput()) + " = " + format.apply(table.rowInput(),
                        table.rowValues().get(r)) + ", " + label.apply(table.columnInput()) + " = "
                        + format.apply(table.columnInput(), table.columnValues().get(c)) + " → "
                        + label.apply(table.output()) + " = " + text));
                add(box, c + 1, r + 1);
            }
        }
    }

    private static Label header(String text, boolean now) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-header");
        if (now) {
            label.getStyleClass().add("heat-now-header");
        }
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    /** The index of the value now, or -1 when the table does not have it (an even number of values). */
    private static int closest(List<Double> values, double now) {
        for (int i = 0; i < values.size(); i++) {
            if (Math.abs(values.get(i) - now) <= 1e-9 * Math.max(1, Math.abs(now))) {
                return i;
            }
        }
        return -1;
    }
}
