package dev.hourglass.model.figures;

/**
 * One input or output of a scenario as a reader sees it.
 *
 * @param key      the path of metrics.md and cli.md with list elements left empty: {@code unitEconomics.cac},
 *                 {@code retention.bridge[].closing}, {@code channels[].ltvToCac}
 * @param section  the section it belongs to
 * @param unit     what kind of quantity it is
 * @param decimals the most decimals it is written with (MULTIPLE and POINTS: exactly this many)
 * @param output   true for a result the model computes, false for an input
 */
public record Figure(String key, Section section, Unit unit, int decimals, boolean output) {

    /** The resource-bundle key of its label: {@code figure.unitEconomics.cac}. */
    public String labelKey() {
        return "figure." + key;
    }

    /** The resource-bundle key of how it is computed or what it means: {@code formula.unitEconomics.cac}. */
    public String formulaKey() {
        return "formula." + key;
    }
}
