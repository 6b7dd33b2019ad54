package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/**
 * The cumulative gross profit of one customer month by month against its CAC, the payback month marked where the
 * curve crosses it (metrics.md §1). Shown by the unit economics view and the overview.
 */
public final class PaybackChart extends LineChart<Number, Number> {
    private final NumberAxis moneyAxis;

    public PaybackChart() {
        super(new NumberAxis(), new NumberAxis());
        moneyAxis = (NumberAxis) getYAxis();
        NumberAxis monthAxis = (NumberAxis) getXAxis();
        monthAxis.setLabel(UiText.text("uniteconomics.month"));
        monthAxis.setForceZeroInRange(true);
        moneyAxis.setLabel(UiText.text("uniteconomics.grossProfit"));
        setTitle(UiText.text("uniteconomics.chartTitle"));
        setCreateSymbols(false);
        setAnimated(false);
        getStyleClass().add("payback-chart");
    }

    /** Draws a result of unit economics; empty when {@code result} is null (a scenario without them). */
    public void show(UnitEconomicsResult result, double cac, FigureFormatter formats, String currency) {
        getData().clear();
        if (result == null) {
            return;
        }
        moneyAxis.setLabel(UiText.text("uniteconomics.grossProfit2", currency));
        ChartAxes.money(moneyAxis, formats.withCurrency(currency));
        List<Double> cumulative = result.cumulativeGrossProfit();
        XYChart.Series<Number, Number> profit = new XYChart.Series<>();
        profit.setName(UiText.text("uniteconomics.cumulativeGrossProfit"));
        XYChart.Series<Number, Number> cacLine = new XYChart.Series<>();
        cacLine.setName(UiText.text("uniteconomics.cac"));
        for (int month = 1; month <= cumulative.size(); month++) {
            profit.getData().add(new XYChart.Data<>(month, cumulative.get(month - 1)));
        }
        cacLine.getData().add(new XYChart.Data<>(0, cac));
        cacLine.getData().add(new XYChart.Data<>(cumulative.size(), cac));
        getData().add(profit);
        getData().add(cacLine);
        if (result.paybackMonth().isPresent()) {
            int month = result.paybackMonth().getAsInt();
            XYChart.Series<Number, Number> payback = new XYChart.Series<>();
            payback.setName(UiText.text("uniteconomics.paybackMonth", month));
            XYChart.Data<Number, Number> point = new XYChart.Data<>(month, cumulative.get(month - 1));
            Circle marker = new Circle(7);
            marker.setStyle("-fx-fill: -color-success-fg; -fx-stroke: -color-bg-default; -fx-stroke-width: 2;"); // the chart resets style classes
            point.setNode(marker);
            Tooltip.install(marker, Tables.tooltip(UiText.text("chart.paybackMarker", month,
                    formats.money(cumulative.get(month - 1), currency), formats.money(cac, currency))));
            payback.getData().add(point);
            getData().add(payback);
        }
    }
}
