package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.uniteconomics.Billing;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A scenario's business drivers, each held once: the figures every section reads (ACV, margin, CAC, churn, …),
 * how its customers are billed, its ARR retention rates and new ARR. A driver may be absent (a scenario that has
 * only channels has no start ARR); a section that needs an absent driver must override it.
 *
 * @param values        the numeric drivers that are set; {@link Driver#NRR} is never among them (it is the rates')
 * @param newArrPerYear new ARR booked in year 1, 2, … (see {@code RetentionInputs}); empty when none is booked
 */
public record Drivers(Map<Driver, Double> values, Optional<Billing> billing, Optional<RetentionRates> rates,
                      List<Double> newArrPerYear) {
    public static final Drivers NONE = new Drivers(Map.of(), Optional.empty(), Optional.empty(), List.of());

    public Drivers {
        Objects.requireNonNull(values, "values");
        EnumMap<Driver, Double> copy = new EnumMap<>(Driver.class);
        for (Map.Entry<Driver, Double> entry : values.entrySet()) {
            Driver driver = Require.present("driver", entry.getKey());
            if (driver == Driver.NRR) {
                throw new IllegalArgumentException("NRR is a driver through the retention rates, not on its own");
            }
            double value = Require.present(driver.label(), entry.getValue());
            driver.check(value);
            copy.put(driver, value);
        }
        values = Map.copyOf(copy);
        Require.present("billing", billing);
        Require.present("retention rates", rates);
        Require.atMostEntries("new ARR per year", newArrPerYear, InputLimits.MAX_YEARS);
        newArrPerYear = Require.listOf("new ARR per year", newArrPerYear);
        for (double v : newArrPerYear) {
            Require.nonNegative("new ARR per year", v);
        }
    }

    /** The driver's value; empty when the scenario does not set it. */
    public OptionalDouble value(Driver driver) {
        if (driver == Driver.NRR) {
            return rates.map(r -> OptionalDouble.of(r.nrr())).orElse(OptionalDouble.empty());
        }
        Double value = values.get(driver);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean has(Driver driver) {
        return value(driver).isPresent();
    }

    /** The driver's value for a section that reads it and does not override it. */
    public double require(Driver driver) {
        OptionalDouble value = value(driver);
        if (value.isEmpty()) {
            throw new InvalidInputException(driver.label(), "the scenario has no " + driver.label()
                    + ": set it among the business drivers or override it in the section");
        }
        return value.getAsDouble();
    }

    /**
     * The drivers with one set. NRR is set through the rates: GRR and NRR keep GRR, components keep churn and
     * contraction and take the rest as expansion.
     */
    public Drivers with(Driver driver, double value) {
        if (driver == Driver.NRR) {
            RetentionRates current = rates.orElseThrow(() -> new InvalidInputException("NRR",
                    "the scenario has no retention rates to set NRR in"));
            RetentionRates changed = current instanceof RetentionRates.GrrNrr g
                    ? new RetentionRates.GrrNrr(g.grr(), value)
                    : new RetentionRates.Components(current.churnRate(), current.contractionRate(), value - current.grr());
            return withRates(changed);
        }
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        changed.put(driver, value);
        return new Drivers(changed, billing, rates, newArrPerYear);
    }

    public Drivers without(Driver driver) {
        if (driver == Driver.NRR) {
            return new Drivers(values, billing, Optional.empty(), newArrPerYear);
        }
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        changed.remove(driver);
        return new Drivers(changed, billing, rates, newArrPerYear);
    }

    public Drivers withBilling(Billing value) {
        return new Drivers(values, Optional.of(value), rates, newArrPerYear);
    }

    public Drivers withRates(RetentionRates value) {
        return new Drivers(values, billing, Optional.of(value), newArrPerYear);
    }

    public Drivers withNewArrPerYear(List<Double> value) {
        return new Drivers(values, billing, rates, value);
    }
}
