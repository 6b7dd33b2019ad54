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
 * @param ranges        the drivers typed as a range (forecast.md §3); the driver's value is the range's likely value
 */
public record Drivers(Map<Driver, Double> values, Optional<Billing> billing, Optional<RetentionRates> rates,
                      List<Double> newArrPerYear, Map<Driver, DriverRange> ranges) {
    public static final Drivers NONE = new Drivers(Map.of(), Optional.empty(), Optional.empty(), List.of());

    /** Drivers that are all plain numbers. */
    public Drivers(Map<Driver, Double> values, Optional<Billing> billing, Optional<RetentionRates> rates,
                   List<Double> newArrPerYear) {
        this(values, billing, rates, newArrPerYear, Map.of());
    }

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
        Objects.requireNonNull(ranges, "ranges");
        EnumMap<Driver, DriverRange> rangeCopy = new EnumMap<>(Driver.class);
        for (Map.Entry<Driver, DriverRange> entry : ranges.entrySet()) {
            Driver driver = Require.present("driver", entry.getKey());
            DriverRange range = Require.present(driver.label(), entry.getValue());
            range.checkFor(driver);
            double value = driver == Driver.NRR ? rates.map(RetentionRates::nrr).orElse(Double.NaN)
                    : values.getOrDefault(driver, Double.NaN);
            if (Double.compare(value, range.likely()) != 0) {
                throw new IllegalArgumentException("the " + driver.label() + " is " + value
                        + " but its range's likely value is " + range.likely());
            }
            rangeCopy.put(driver, range);
        }
        ranges = Map.copyOf(rangeCopy);
    }

    /** The driver's range; empty when it is a plain number or not set. */
    public Optional<DriverRange> range(Driver driver) {
        return Optional.ofNullable(ranges.get(driver));
    }

    public boolean hasRanges() {
        return !ranges.isEmpty();
    }

    /** The drivers with one typed as a range: its value becomes the range's likely value. */
    public Drivers withRange(Driver driver, DriverRange range) {
        Drivers valued = with(driver, range.likely());
        EnumMap<Driver, DriverRange> changed = new EnumMap<>(Driver.class);
        changed.putAll(valued.ranges);
        changed.put(driver, range);
        return new Drivers(valued.values, valued.billing, valued.rates, valued.newArrPerYear, changed);
    }

    /** The drivers with every range replaced by one value (a run of the Monte Carlo); no ranges are left. */
    Drivers withValues(Map<Driver, Double> drawn) {
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        Optional<RetentionRates> drawnRates = rates;
        for (Map.Entry<Driver, Double> entry : drawn.entrySet()) {
            if (entry.getKey() == Driver.NRR) {
                drawnRates = Optional.of(ratesWithNrr(entry.getValue()));
            } else {
                changed.put(entry.getKey(), entry.getValue());
            }
        }
        return new Drivers(changed, billing, drawnRates, newArrPerYear);
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
        if (value(driver).isPresent() && Double.compare(value(driver).getAsDouble(), value) == 0) {
            return this; // typing the value a driver has keeps its range
        }
        if (driver == Driver.NRR) {
            return withRates(ratesWithNrr(value));
        }
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        changed.put(driver, value);
        return new Drivers(changed, billing, rates, newArrPerYear, rangesWithout(driver));
    }

    private RetentionRates ratesWithNrr(double value) {
        RetentionRates current = rates.orElseThrow(() -> new InvalidInputException("NRR",
                "the scenario has no retention rates to set NRR in"));
        return current instanceof RetentionRates.GrrNrr g
                ? new RetentionRates.GrrNrr(g.grr(), value)
                : new RetentionRates.Components(current.churnRate(), current.contractionRate(), value - current.grr());
    }

    public Drivers without(Driver driver) {
        if (driver == Driver.NRR) {
            return new Drivers(values, billing, Optional.empty(), newArrPerYear, rangesWithout(driver));
        }
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        changed.remove(driver);
        return new Drivers(changed, billing, rates, newArrPerYear, rangesWithout(driver));
    }

    public Drivers withBilling(Billing value) {
        return new Drivers(values, Optional.of(value), rates, newArrPerYear, ranges);
    }

    /** Other rates; a range on the NRR stays only when the NRR is unchanged. */
    public Drivers withRates(RetentionRates value) {
        boolean sameNrr = rates.isPresent() && Double.compare(rates.get().nrr(), value.nrr()) == 0;
        return new Drivers(values, billing, Optional.of(value), newArrPerYear,
                sameNrr ? ranges : rangesWithout(Driver.NRR));
    }

    public Drivers withNewArrPerYear(List<Double> value) {
        return new Drivers(values, billing, rates, value, ranges);
    }

    private Map<Driver, DriverRange> rangesWithout(Driver driver) {
        if (!ranges.containsKey(driver)) {
            return ranges;
        }
        EnumMap<Driver, DriverRange> changed = new EnumMap<>(Driver.class);
        changed.putAll(ranges);
        changed.remove(driver);
        return changed;
    }
}
