package dev.hourglass.ui.common;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Its shown children side by side in equal widths where the width gives each its minimum width, else one under
 * the other at full width; either way they share out any height to spare.
 */
public final class SideBySide extends Pane {
    private static final double GAP = 16;

    public SideBySide() {
        getStyleClass().add("side-by-side");
    }

    private List<Node> shown() {
        return getManagedChildren();
    }

    /** Whether the children stand side by side in this width (inside the insets). */
    public boolean sideBySide(double width) {
        List<Node> shown = shown();
        double needed = shown.stream().mapToDouble(n -> n.minWidth(-1)).sum() + GAP * Math.max(0, shown.size() - 1);
        return shown.size() > 1 && width >= needed;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight()
                + shown().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight()
                + shown().stream().mapToDouble(n -> n.prefWidth(-1)).sum() + GAP * Math.max(0, shown().size() - 1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return height(width, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return height(width, false);
    }

    private double height(double width, boolean min) {
        double inside = width < 0 ? Double.MAX_VALUE : width - getInsets().getLeft() - getInsets().getRight();
        List<Node> shown = shown();
        double[] heights = shown.stream().mapToDouble(n -> min ? n.minHeight(-1) : n.prefHeight(-1)).toArray();
        double children = sideBySide(inside) ? Arrays.stream(heights).max().orElse(0)
                : Arrays.stream(heights).sum() + GAP * Math.max(0, shown.size() - 1);
        return getInsets().getTop() + getInsets().getBottom() + children;
    }

    @Override
    protected void layoutChildren() {
        List<Node> shown = shown();
        if (shown.isEmpty()) {
            return;
        }
        double left = getInsets().getLeft();
        double top = getInsets().getTop();
        double width = getWidth() - left - getInsets().getRight();
        double height = getHeight() - top - getInsets().getBottom();
        int count = shown.size();
        if (sideBySide(width)) {
            double each = (width - GAP * (count - 1)) / count;
            for (int i = 0; i < count; i++) {
                layoutInArea(shown.get(i), left + i * (each + GAP), top, each, height, 0, HPos.LEFT, VPos.TOP);
            }
            return;
        }
        double preferred = shown.stream().mapToDouble(n -> n.prefHeight(-1)).sum() + GAP * (count - 1);
        double spare = Math.max(0, height - preferred) / count;
        double y = top;
        for (Node child : shown) {
            double h = child.prefHeight(-1) + spare;
            layoutInArea(child, left, y, width, h, 0, HPos.LEFT, VPos.TOP);
            y += h + GAP;
        }
    }
}
