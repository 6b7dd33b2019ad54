package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.util.Optional;

/**
 * A business driver: a figure that describes the business as a whole and that sections read instead of holding a
 * copy (issue 17 §1). The key is the driver's name in the scenario file; the check is the one the sections' inputs
 * apply, so a driver is refused exactly where a section's copy was.
 */
public enum Driver {
    ACV("acv", "ACV") {
        @Override
        void check(double value) {
            Require.positive(label(), value);
        }
    },
    GROSS_MARGIN("grossMargin", "gross margin") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    CAC("cac", "CAC") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    ANNUAL_LOGO_CHURN("annualLogoChurn", "annual logo churn") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    /** Front-loaded churn of the first contract year; absent means "the same as the annual figure". */
    FIRST_YEAR_LOGO_CHURN("firstYearLogoChurn", "first-year logo churn") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    ANNUAL_EXPANSION("annualExpansion", "annual expansion") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    HORIZON_MONTHS("horizonMonths", "horizon (months)") {
        @Override
        void check(double value) {
            Require.finite(label(), value);
            if (value != Math.rint(value)) {
                throw new InvalidInputException(label(),
                        label() + " must be a whole number of months, got " + value);
            }
            Require.between(label(), (int) value, 1, InputLimits.MAX_HORIZON_MONTHS);
        }
    },
    ANNUAL_DISCOUNT_RATE("annualDiscountRate", "annual discount rate") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    START_ARR("startArr", "start ARR") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    /** The scenario's NRR: read from its retention rates, never stored on its own. */
    NRR("nrr", "NRR") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    CLOSE_RATE("closeRate", "close rate") {
        @Override
        void check(double value) {
            Require.positive(label(), value);
            Require.fraction(label(), value);
        }
    },
    CUSTOMERS("customers", "customers") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    };

    private final String key;
    private final String label;

    Driver(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The driver's name in the scenario file ({@code "acv"}). */
    public String key() {
        return key;
    }

    /** The driver's name as a user reads it in a sentence ("gross margin"). */
    public String label() {
        return label;
    }

    /** @throws InvalidInputException when a section could not take this value */
    abstract void check(double value);

    public static Optional<Driver> byKey(String key) {
        for (Driver driver : values()) {
            if (driver.key.equals(key)) {
                return Optional.of(driver);
            }
        }
        return Optional.empty();
    }
}
