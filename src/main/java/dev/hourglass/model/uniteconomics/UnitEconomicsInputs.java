package dev.hourglass.model.uniteconomics;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.Require;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The assumptions about one acquired customer (metrics.md §1).
 *
 * @param firstYearLogoChurn front-loaded churn in the first contract year; empty means "same as annualLogoChurn"
 */
public record UnitEconomicsInputs(
        double acv,
        double grossMargin,
        double cac,
        double annualLogoChurn,
        OptionalDouble firstYearLogoChurn,
        double annualExpansion,
        Billing billing,
        int horizonMonths,
        double annualDiscountRate) {

    public static final int DEFAULT_HORIZON_MONTHS = 60;

    public UnitEconomicsInputs {
        Require.positive("ACV", acv);
        Require.fraction("gross margin", grossMargin);
        Require.nonNegative("CAC", cac);
        Require.fraction("annual logo churn", annualLogoChurn);
        Objects.requireNonNull(firstYearLogoChurn, "firstYearLogoChurn");
        firstYearLogoChurn.ifPresent(c -> Require.fraction("first-year logo churn", c));
        Require.atLeast("annual expansion", annualExpansion, 0);
        Require.present("billing", billing);
        Require.between("horizon (months)", horizonMonths, 1, InputLimits.MAX_HORIZON_MONTHS);
        Require.fraction("annual discount rate", annualDiscountRate);
    }

    /** The defaults of metrics.md §1: no front-loading, no expansion, annual billing, 60 months, no discount. */
    public static UnitEconomicsInputs of(double acv, double grossMargin, double cac, double annualLogoChurn) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, annualLogoChurn, OptionalDouble.empty(), 0,
                Billing.ANNUAL, DEFAULT_HORIZON_MONTHS, 0);
    }

    /** Churn in the first contract year: the front-loaded figure when given, else the steady one. */
    public double effectiveFirstYearLogoChurn() {
        return firstYearLogoChurn.orElse(annualLogoChurn);
    }

    public UnitEconomicsInputs withAcv(double value) {
        return new UnitEconomicsInputs(value, grossMargin, cac, annualLogoChurn, firstYearLogoChurn,
                annualExpansion, billing, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withGrossMargin(double value) {
        return new UnitEconomicsInputs(acv, value, cac, annualLogoChurn, firstYearLogoChurn,
                annualExpansion, billing, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withCac(double value) {
        return new UnitEconomicsInputs(acv, grossMargin, value, annualLogoChurn, firstYearLogoChurn,
                annualExpansion, billing, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withAnnualLogoChurn(double value) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, value, firstYearLogoChurn,
                annualExpansion, billing, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withFirstYearLogoChurn(OptionalDouble value) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, annualLogoChurn, value,
                annualExpansion, billing, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withAnnualExpansion(double value) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, annualLogoChurn, firstYearLogoChurn,
                value, billing, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withBilling(Billing value) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, annualLogoChurn, firstYearLogoChurn,
                annualExpansion, value, horizonMonths, annualDiscountRate);
    }

    public UnitEconomicsInputs withHorizonMonths(int value) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, annualLogoChurn, firstYearLogoChurn,
                annualExpansion, billing, value, annualDiscountRate);
    }

    public UnitEconomicsInputs withAnnualDiscountRate(double value) {
        return new UnitEconomicsInputs(acv, grossMargin, cac, annualLogoChurn, firstYearLogoChurn,
                annualExpansion, billing, horizonMonths, value);
    }
}
