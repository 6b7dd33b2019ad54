package dev.hourglass.ui.common;

import java.util.List;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * A waterfall drawn with stacked bars: an invisible base lifts each step to where the previous one ended; totals
 * are blue, increases green, decreases red; each bar has its own tooltip.
 */
public final class Waterfall {
    /** One bar: a total (drawn from zero) or a change (drawn from the running total). */
    public record Step(String label, boolean total, double value, String tooltip) {
        public static Step total(String label, double value, String tooltip) {
            return new Step(label, true, value, tooltip);
        }

        public static Step change(String label, double value, String tooltip) {
            return new Step(label, false, value, tooltip);
        }
    }

    private Waterfall() {
    }

    public static void draw(StackedBarChart<String, Number> chart, List<Step> steps) {
        chart.getData().clear();
        if (steps.isEmpty()) {
            return;
        }
        XYChart.Series<String, Number> base = new XYChart.Series<>();
        XYChart.Series<String, Number> totals = new XYChart.Series<>();
        XYChart.Series<String, Number> up = new XYChart.Series<>();
        XYChart.Series<String, Number> down = new XYChart.Series<>();
        double running = 0;
        for (Step step : steps) {
            double lift;
            if (step.total()) {
                running = step.value();
                lift = 0;
            } else {
                lift = step.value() >= 0 ? running : running + step.value();
                running += step.value();
            }
            base.getData().add(new XYChart.Data<>(step.label(), lift));
            totals.getData().add(new XYChart.Data<>(step.label(), step.total() ? step.value() : 0));
            up.getData().add(new XYChart.Data<>(step.label(), !step.total() && step.value() > 0 ? step.value() : 0));
            down.getData().add(new XYChart.Data<>(step.label(), !step.total() && step.value() < 0 ? -step.value() : 0));
        }
        chart.getData().setAll(base, totals, up, down);
        for (int i = 0; i < steps.size(); i++) {
            base.getData().get(i).getNode().setVisible(false);
            totals.getData().get(i).getNode().getStyleClass().add("waterfall-total");
            up.getData().get(i).getNode().getStyleClass().add("waterfall-up");
            down.getData().get(i).getNode().getStyleClass().add("waterfall-down");
            for (XYChart.Series<String, Number> s : List.of(totals, up, down)) {
                Tooltip.install(s.getData().get(i).getNode(), Tables.tooltip(steps.get(i).tooltip()));
            }
        }
    }
}
