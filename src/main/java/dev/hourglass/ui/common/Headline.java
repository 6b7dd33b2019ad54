package dev.hourglass.ui.common;

/**
 * One headline figure on a card.
 *
 * @param formula how the figure is computed, with the scenario's numbers, for the tooltip
 * @param note    the figures behind it, in a muted line under the value (e.g. "1 ÷ close rate 2.8× · floor 3×");
 *                null for none
 */
public record Headline(String id, String title, String value, String formula, String note) {
    public Headline(String id, String title, String value, String formula) {
        this(id, title, value, formula, null);
    }
}
