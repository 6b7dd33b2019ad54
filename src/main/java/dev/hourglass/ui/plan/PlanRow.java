package dev.hourglass.ui.plan;

import java.util.List;

/**
 * One line of the plan grid as shown: its name, what it means, and per column the value, its text and the cell's
 * tooltip (empty when the text says it all).
 */
record PlanRow(PlanLine line, String name, String meaning, List<Double> values, List<String> texts,
               List<String> tooltips) {
    PlanRow {
        values = List.copyOf(values);
        texts = List.copyOf(texts);
        tooltips = List.copyOf(tooltips);
    }
}
