package dev.hourglass.model.accounts;

/**
 * One reason an account's health score is below 100: an indicator and the points it cost,
 * {@code 100 · weight · (1 − score) / Σ available weights}, with what happened as a code and its figures, which each
 * front end writes in its own language ("12 of 40 seats active (30 %)").
 *
 * @param value the figure the account reached: days, features adopted, active users, tickets per active user,
 *              stakeholders or the NPS; for {@link Code#NOT_ACTIVATED} the days it had to activate in
 * @param outOf what {@code value} is counted against: features available, seats, stakeholders wanted; else 0
 * @param share {@code value ÷ outOf} as scored (adoption, seat utilisation); else 0
 */
public record Reason(Indicator indicator, double pointsLost, Code code, double value, double outOf, double share) {
    /** What happened, one sentence each. */
    public enum Code {
        NOT_ACTIVATED,
        ACTIVATED_AFTER,
        FIRST_VALUE_AFTER,
        FEATURES_ADOPTED,
        SEATS_ACTIVE,
        SUPPORT_TICKETS,
        ACTIVE_STAKEHOLDERS,
        NPS
    }
}
