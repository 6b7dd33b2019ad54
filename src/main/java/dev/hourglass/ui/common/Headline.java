package dev.hourglass.ui.common;

/**
 * One headline figure on a card.
 *
 * @param formula how the figure is computed, with the scenario's numbers, for the tooltip
 */
public record Headline(String id, String title, String value, String formula) {
}
