package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.ArrBridgeYear;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;

/**
 * The multi-year ARR bridge (metrics.md §2) as a waterfall: the start ARR, then either each year's lost, expanded,
 * new and closing ARR (the retention view) or only each year's closing ARR (the overview).
 */
public final class ArrBridgeChart extends StackedBarChart<String, Number> {
    private final NumberAxis arrAxis;

    public ArrBridgeChart() {
        super(new CategoryAxis(), new NumberAxis());
        arrAxis = (NumberAxis) getYAxis();
        arrAxis.setLabel(UiText.text("retention.arr"));
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(6);
        getStyleClass().add("arr-bridge-chart");
    }

    /** Every step of every year: lost (churned and contracted), expanded, new and closing ARR. */
    public void showEveryStep(List<ArrBridgeYear> bridge, FigureFormatter formats, String currency) {
        draw(bridge, formats, currency, true);
    }

    /** The start ARR and each year's closing ARR. */
    public void showClosing(List<ArrBridgeYear> bridge, FigureFormatter formats, String currency) {
        draw(bridge, formats, currency, false);
    }

    private void draw(List<ArrBridgeYear> bridge, FigureFormatter formats, String currency, boolean everyStep) {
        arrAxis.setLabel(UiText.text("chart.arrAxis", currency));
        ChartAxes.money(arrAxis, formats.withCurrency(currency));
        if (bridge.isEmpty()) {
            getData().clear();
            return;
        }
        List<Waterfall.Step> steps = new ArrayList<>();
        double start = bridge.get(0).opening();
        steps.add(Waterfall.Step.total(UiText.text("retention.start"), start,
                UiText.text("retention.startArr2", formats.money(start, currency))));
        for (ArrBridgeYear y : bridge) {
            String closingText = UiText.text("retention.arrAfterYearOpening", y.year(),
                    formats.money(y.closing(), currency));
            if (!everyStep) {
                steps.add(Waterfall.Step.total(UiText.text("chart.year", y.year()), y.closing(), closingText));
                continue;
            }
            double lost = y.churned() + y.contracted();
            steps.add(Waterfall.Step.change(UiText.text("retention.step.lost", y.year()), -lost,
                    UiText.text("retention.yearLostChurnedContracted", y.year(), formats.money(y.churned(), currency),
                            formats.money(y.contracted(), currency), formats.money(lost, currency))));
            steps.add(Waterfall.Step.change(UiText.text("retention.step.expanded", y.year()), y.expanded(),
                    UiText.text("retention.yearExpanded", y.year(), formats.money(y.expanded(), currency))));
            steps.add(Waterfall.Step.change(UiText.text("retention.step.new", y.year()), y.newArr(),
                    UiText.text("retention.yearNewArr", y.year(), formats.money(y.newArr(), currency))));
            steps.add(Waterfall.Step.total(UiText.text("retention.step.closing", y.year()), y.closing(), closingText));
        }
        Waterfall.draw(this, steps);
    }
}
