package dev.hourglass.model.accounts;

/**
 * One reason an account's health score is below 100: an indicator and the points it cost,
 * {@code 100 · weight · (1 − score) / Σ available weights}, with what happened in words
 * ("12 of 40 seats active (30 %)").
 */
public record Reason(Indicator indicator, double pointsLost, String text) {
}
