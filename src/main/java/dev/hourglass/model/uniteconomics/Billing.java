package dev.hourglass.model.uniteconomics;

/** How a customer pays, which decides when churn can happen. */
public enum Billing {
    /** Billed every month; a customer can leave at the end of any month. */
    MONTHLY,
    /** Billed once a year; a customer can leave only at renewal. */
    ANNUAL
}
