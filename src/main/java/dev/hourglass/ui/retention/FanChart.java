package dev.hourglass.ui.retention;

import dev.hourglass.model.scenario.Band;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;

/**
 * Closing ARR by year over the runs of a scenario with ranges: the P10–P90 band as a shaded area, its edges as thin
 * lines and P50 as the line through it. Colours come from the theme through the {@code fan-chart} style classes.
 */
final class FanChart extends LineChart<String, Number> {
    private final Polygon band = new Polygon();
    private List<RetentionViewModel.FanYear> years = List.of();

    FanChart(NumberAxis money) {
        super(new CategoryAxis(), money);
        getStyleClass().add("fan-chart");
        setCreateSymbols(false);
        setAnimated(false);
        band.getStyleClass().add("fan-band");
        Tooltip.install(band, Tables.tooltip(UiText.text("range.bands.area")));
        getPlotChildren().add(0, band);
    }

    /** Redraws the fan; P50 first, so it takes the chart's first (solid) series colour, then P10 and P90. */
    void show(List<RetentionViewModel.FanYear> fan) {
        years = List.copyOf(fan);
        XYChart.Series<String, Number> p50 = new XYChart.Series<>();
        XYChart.Series<String, Number> p10 = new XYChart.Series<>();
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p50.setName(UiText.text("range.bands.median"));
        p10.setName("P10");
        p90.setName("P90");
        for (RetentionViewModel.FanYear year : years) {
            String x = Integer.toString(year.year());
            year.closingArr().p50().ifPresent(v -> p50.getData().add(new XYChart.Data<>(x, v)));
            year.closingArr().p10().ifPresent(v -> p10.getData().add(new XYChart.Data<>(x, v)));
            year.closingArr().p90().ifPresent(v -> p90.getData().add(new XYChart.Data<>(x, v)));
        }
        getData().setAll(List.of(p50, p10, p90));
        requestChartLayout();
    }

    /** The band's outline in the plot's coordinates: along P90 from the first year, back along P10. */
    List<Double> bandOutline() {
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (RetentionViewModel.FanYear year : years) {
            Band b = year.closingArr();
            if (b.p10().isPresent() && b.p90().isPresent()) {
                double x = getXAxis().getDisplayPosition(Integer.toString(year.year()));
                upper.add(new double[] {x, getYAxis().getDisplayPosition(b.p90().getAsDouble())});
                lower.add(0, new double[] {x, getYAxis().getDisplayPosition(b.p10().getAsDouble())});
            }
        }
        List<Double> points = new ArrayList<>();
        for (double[] point : upper) {
            points.add(point[0]);
            points.add(point[1]);
        }
        for (double[] point : lower) {
            points.add(point[0]);
            points.add(point[1]);
        }
        return points;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        band.getPoints().setAll(bandOutline());
        band.toBack();
    }
}
