package dev.hourglass.model.plan;

import dev.hourglass.model.Ratios;
import java.util.OptionalDouble;

/** Actual − plan in money, and as a share of the plan ("no data" when the plan is 0). */
public record Variance(double money, OptionalDouble share) {
    public static Variance of(double actual, double plan) {
        return new Variance(actual - plan, Ratios.ratio(actual - plan, Math.abs(plan)));
    }
}
