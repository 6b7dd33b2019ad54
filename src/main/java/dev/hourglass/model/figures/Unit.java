package dev.hourglass.model.figures;

/** What kind of quantity a figure is, which decides how it is written and typed. */
public enum Unit {
    /** An amount in the scenario's currency. */
    MONEY,
    /** A rate stored as a fraction (0.18) and shown as a percentage (18 %). */
    PERCENT,
    /** A difference of two rates, stored as a fraction (0.05) and shown in percentage points (+5.0 pts). */
    POINTS,
    MONTHS,
    YEARS,
    /** A ratio such as LTV:CAC, shown with ×. */
    MULTIPLE,
    /** Customers, accounts, steps: a plain number. */
    COUNT,
    HOURS,
    /** A named value chosen from a list, such as the billing; shown by its label. */
    CHOICE;

    /** The unit a difference of two values of this unit is written in: a rate's difference is in points. */
    public Unit ofDifference() {
        return this == PERCENT ? POINTS : this;
    }
}
