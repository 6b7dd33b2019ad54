package dev.hourglass.ui.whatif;

import dev.hourglass.ui.common.ChartImages;
import dev.hourglass.ui.common.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A tornado chart: for each input one bar from the output now to the output with the input lowered, and one to
 * the output with it raised, widest first, around a line at the output now. Drawn as nodes, not a canvas, so it
 * follows the theme and every bar has a tooltip.
 */
public final class TornadoChart extends Region {
    /** One input's bar: the output with the input lowered and raised, with their texts and explanations. */
    public record Bar(String label, double low, double high, String lowText, String highText, String lowTooltip,
                      String highTooltip) {
    }

    private static final double GAP = 8;
    private double centre;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final Line centreLine = new Line();
    private final Label centreLabel = new Label();

    /** The nodes of one bar. */
    private record Row(Label name, Rectangle low, Rectangle high, Label lowValue, Label highValue) {
    }

    public TornadoChart() {
        getStyleClass().addAll("tornado-chart", ChartImages.CHART_CLASS);
        centreLine.getStyleClass().add("tornado-centre");
        centreLabel.getStyleClass().add("tornado-centre-label");
    }

    public void show(double centre, String centreText, List<Bar> newBars) {
        this.centre = centre;
        bars.clear();
        bars.addAll(newBars);
        rows.clear();
        getChildren().clear();
        for (Bar bar : bars) {
            Label name = new Label(bar.label());
            name.getStyleClass().add("tornado-name");
            name.setAlignment(Pos.CENTER_RIGHT);
            Rectangle low = rectangle("tornado-low", bar.lowTooltip());
            Rectangle high = rectangle("tornado-high", bar.highTooltip());
            Label lowValue = value(bar.lowText());
            Label highValue = value(bar.highText());
            rows.add(new Row(name, low, high, lowValue, highValue));
            getChildren().addAll(name, low, high, lowValue, highValue);
        }
        centreLabel.setText(centreText);
        getChildren().addAll(centreLine, centreLabel);
        requestLayout();
    }

    private static Rectangle rectangle(String styleClass, String tooltip) {
        Rectangle rectangle = new Rectangle();
        rectangle.getStyleClass().add(styleClass);
        Tooltip.install(rectangle, Tables.tooltip(tooltip));
        return rectangle;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tornado-value");
        return label;
    }

    private double rowHeight() {
        return Math.round(centreLabel.getFont().getSize() * 2.4);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + rowHeight() * (rows.size() + 1) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double rowHeight = rowHeight();
        double nameWidth = Math.min(width * 0.4, rows.stream().mapToDouble(r -> r.name().prefWidth(-1)).max().orElse(0));
        double valueWidth = rows.stream().mapToDouble(r -> Math.max(r.lowValue().prefWidth(-1),
                r.highValue().prefWidth(-1))).max().orElse(0);
        double plotLeft = left + nameWidth + GAP + valueWidth + GAP;
        double plotWidth = Math.max(10, left + width - valueWidth - GAP - plotLeft);
        double min = centre;
        double max = centre;
        for (Bar bar : bars) {
            min = Math.min(min, Math.min(bar.low(), bar.high()));
            max = Math.max(max, Math.max(bar.low(), bar.high()));
        }
        double span = max - min == 0 ? 1 : max - min;
        double scaleMin = min;
        DoubleUnaryOperator x = v -> plotLeft + (v - scaleMin) / span * plotWidth;
        double centreX = x.applyAsDouble(centre);
        centreLabel.resizeRelocate(centreX - centreLabel.prefWidth(-1) / 2, top, centreLabel.prefWidth(-1), rowHeight);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Bar bar = bars.get(i);
            double y = top + rowHeight * (i + 1);
            double barHeight = rowHeight * 0.62;
            double barY = y + (rowHeight - barHeight) / 2;
            row.name().resizeRelocate(left, y, nameWidth, rowHeight);
            double low = x.applyAsDouble(bar.low());
            double high = x.applyAsDouble(bar.high());
            place(row.low(), row.lowValue(), low, high, centreX, barY, barHeight, y, rowHeight);
            place(row.high(), row.highValue(), high, low, centreX, barY, barHeight, y, rowHeight);
        }
        centreLine.setStartX(centreX);
        centreLine.setEndX(centreX);
        centreLine.setStartY(top + rowHeight * 0.85);
        centreLine.setEndY(top + rowHeight * (rows.size() + 1));
    }

    /**
     * A bar from the centre to {@code end}, its value just beyond its end. A bar of no length shows its value on the
     * side away from the other bar ({@code otherEnd}), not on top of it.
     */
    private static void place(Rectangle bar, Label value, double end, double otherEnd, double centreX, double barY,
                              double barHeight, double y, double rowHeight) {
        bar.setX(Math.min(end, centreX));
        bar.setY(barY);
        bar.setWidth(Math.abs(end - centreX));
        bar.setHeight(barHeight);
        double valueWidth = value.prefWidth(-1);
        boolean right = end != centreX ? end > centreX : otherEnd < centreX;
        double valueX = right ? end + GAP / 2 : end - GAP / 2 - valueWidth;
        value.resizeRelocate(valueX, y, valueWidth, rowHeight);
    }
}
