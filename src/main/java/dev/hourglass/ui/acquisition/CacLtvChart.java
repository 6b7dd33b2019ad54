package dev.hourglass.ui.acquisition;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.NamedArg;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * A CAC-against-LTV scatter whose point labels are placed where they overlap no other point or label: right of
 * the point when there is room, else left, above or below.
 */
public final class CacLtvChart extends LineChart<Number, Number> {
    /** The key under which a point's node keeps its label. */
    static final String LABEL = "acquisition.label";
    private static final double GAP = 6;

    public CacLtvChart(@NamedArg("xAxis") Axis<Number> xAxis, @NamedArg("yAxis") Axis<Number> yAxis) {
        super(xAxis, yAxis);
    }

    /** The point itself, without its label (which the node's bounds in parent would include). */
    private static Bounds dot(Node node) {
        Bounds own = node.getLayoutBounds();
        return new BoundingBox(node.getLayoutX() + own.getMinX(), node.getLayoutY() + own.getMinY(), own.getWidth(),
                own.getHeight());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        double height = getYAxis().getHeight();
        List<Bounds> taken = new ArrayList<>();
        List<Node> points = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : getData()) {
            for (XYChart.Data<Number, Number> d : series.getData()) {
                Node node = d.getNode();
                if (node != null && node.getProperties().get(LABEL) instanceof Label) {
                    points.add(node);
                    taken.add(dot(node));
                }
            }
        }
        for (Node node : points) {
            Label label = (Label) node.getProperties().get(LABEL);
            label.applyCss();
            label.autosize();
            Bounds dot = dot(node);
            double w = label.getWidth();
            double h = label.getHeight();
            double cx = dot.getMinX() + dot.getWidth() / 2;
            double cy = dot.getMinY() + dot.getHeight() / 2;
            double[][] candidates = {
                {dot.getMaxX() + GAP, cy - h / 2}, {dot.getMinX() - GAP - w, cy - h / 2},
                {cx - w / 2, dot.getMinY() - GAP - h}, {cx - w / 2, dot.getMaxY() + GAP},
                {dot.getMaxX() + GAP, dot.getMinY() - h}, {dot.getMaxX() + GAP, dot.getMaxY()},
                {dot.getMinX() - GAP - w, dot.getMinY() - h}, {dot.getMinX() - GAP - w, dot.getMaxY()}};
            Bounds chosen = null;
            Bounds fallback = null;
            for (double[] c : candidates) {
                Bounds box = new BoundingBox(c[0], c[1], w, h);
                boolean inside = box.getMinX() >= 0 && box.getMaxX() <= width && box.getMinY() >= 0
                        && box.getMaxY() <= height;
                if (!inside) {
                    continue;
                }
                if (fallback == null) {
                    fallback = box;
                }
                if (taken.stream().noneMatch(box::intersects)) {
                    chosen = box;
                    break;
                }
            }
            Bounds box = chosen != null ? chosen : fallback != null ? fallback
                    : new BoundingBox(candidates[0][0], candidates[0][1], w, h);
            taken.add(box);
            label.relocate(box.getMinX() - node.getLayoutX(), box.getMinY() - node.getLayoutY());
        }
    }
}
