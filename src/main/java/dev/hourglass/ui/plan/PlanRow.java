package dev.hourglass.ui.plan;

import java.util.List;

/**
 * One line of the plan grid as shown: its id (a plan line's key, or a compared figure's key and part), name and
 * meaning, and per column the value, its text, the cell's tooltip (empty when the text says it all) and whether the
 * value is a re-forecast rather than an actual or the plan.
 */
record PlanRow(String id, String name, String meaning, List<Double> values, List<String> texts,
               List<String> tooltips, List<Boolean> reforecast) {
    PlanRow {
        values = List.copyOf(values);
        texts = List.copyOf(texts);
        tooltips = List.copyOf(tooltips);
        reforecast = List.copyOf(reforecast);
    }
}
