package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Tick labels of a chart's value axis as the figure formatter writes them: {@code $20M}, not 20,000,000. */
public final class ChartAxes {
    private ChartAxes() {
    }

    /** Amounts in K/M/B with the formatter's currency. */
    public static void money(Axis<Number> axis, FigureFormatter format) {
        ticks(axis, format, Unit.MONEY);
    }

    public static void ticks(Axis<Number> axis, FigureFormatter format, Unit unit) {
        if (axis instanceof NumberAxis numbers) {
            numbers.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    return value == null ? "" : format.axisTick(unit, value.doubleValue());
                }

                @Override
                public Number fromString(String text) {
                    return format.parser().parse(unit, text);
                }
            });
        }
    }
}
