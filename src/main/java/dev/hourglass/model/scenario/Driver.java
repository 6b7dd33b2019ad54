package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import dev.hourglass.model.figures.FigureTexts;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A business driver: a figure that describes the business as a whole and that sections read instead of holding a
 * copy (issue 17 §1). The key is the driver's name in the scenario file; the figure is the catalogue's input where
 * the driver is typed, which gives it its label; the check is the one the sections' inputs apply, so a driver is
 * refused exactly where a section's copy was.
 */
public enum Driver {
    ACV("acv", "unitEconomics.acv") {
        @Override
        void check(double value) {
            Require.positive(label(), value);
        }
    },
    GROSS_MARGIN("grossMargin", "unitEconomics.grossMargin") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    CAC("cac", "unitEconomics.cac") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    ANNUAL_LOGO_CHURN("annualLogoChurn", "unitEconomics.annualLogoChurn") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    /** Front-loaded churn of the first contract year; absent means "the same as the annual figure". */
    FIRST_YEAR_LOGO_CHURN("firstYearLogoChurn", "unitEconomics.firstYearLogoChurn") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    ANNUAL_EXPANSION("annualExpansion", "unitEconomics.annualExpansion") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    HORIZON_MONTHS("horizonMonths", "unitEconomics.horizonMonths") {
        @Override
        void check(double value) {
            Require.finite(label(), value);
            if (value != Math.rint(value)) {
                throw new InvalidInputException(label(),
                        label() + " must be a whole number of months, got " + value, Rule.WHOLE_NUMBER, value);
            }
            Require.between(label(), (int) value, 1, InputLimits.MAX_HORIZON_MONTHS);
        }
    },
    ANNUAL_DISCOUNT_RATE("annualDiscountRate", "unitEconomics.annualDiscountRate") {
        @Override
        void check(double value) {
            Require.fraction(label(), value);
        }
    },
    START_ARR("startArr", "retention.startArr") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    /** The scenario's NRR: read from its retention rates, never stored on its own. */
    NRR("nrr", "retention.nrr") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    },
    CLOSE_RATE("closeRate", "retention.nrrImprovement.closeRate") {
        @Override
        void check(double value) {
            Require.positive(label(), value);
            Require.fraction(label(), value);
        }
    },
    CUSTOMERS("customers", "retentionProgram.customers") {
        @Override
        void check(double value) {
            Require.nonNegative(label(), value);
        }
    };

    /**
     * The inputs of a section named otherwise than the driver they read, as calc, compare and metrics.md name them
     * (the names of scenario file version 1): the programme's "churn now" and the NRR gain's "NRR now".
     */
    private static final Map<String, Map<Driver, String>> OWN_INPUT_NAMES = Map.of(
            "retentionProgram", Map.of(ANNUAL_LOGO_CHURN, "churnNow"),
            "retention.nrrImprovement", Map.of(NRR, "nrrA"));

    private final String key;
    private final String figure;

    Driver(String key, String figure) {
        this.key = key;
        this.figure = figure;
    }

    /** The driver's name in the scenario file ({@code "acv"}). */
    public String key() {
        return key;
    }

    /** The catalogue's figure of the input the driver is typed as ({@code unitEconomics.acv}, {@code retention.nrr}). */
    public String figure() {
        return figure;
    }

    /** The driver's name as a user reads it in an English sentence ("gross margin"), from the figure catalogue. */
    public String label() {
        return EnglishLabels.OF.get(this);
    }

    /** The driver's name in a sentence in the language of {@code texts} ("gross margin", "Bruttomarge"). */
    public String label(FigureTexts texts) {
        return texts.nameInSentence(figure);
    }

    /**
     * The name of the input a section holds this driver's value in ({@code section} as in the scenario file:
     * {@code retentionProgram}, {@code retention.nrrImprovement}, {@code channels[0]}): the driver's key unless the
     * section names it otherwise ({@code churnNow}, {@code nrrA}).
     */
    public String inputKey(String section) {
        return OWN_INPUT_NAMES.getOrDefault(section, Map.of()).getOrDefault(this, key);
    }

    /**
     * The driver a section's input reads, by the input's path ({@code retentionProgram.churnNow},
     * {@code channels[Paid search].acv}); empty for an input that is the section's own, and for the inputs of unit
     * economics and retention, which are the drivers themselves.
     */
    public static Optional<Driver> readBy(String inputPath) {
        int dot = inputPath.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String section = inputPath.substring(0, dot);
        String input = inputPath.substring(dot + 1);
        for (Driver driver : readers(section)) {
            if (driver.inputKey(section).equals(input)) {
                return Optional.of(driver);
            }
        }
        return Optional.empty();
    }

    private static Set<Driver> readers(String section) {
        if (section.equals("retentionProgram")) {
            return RetentionProgramSection.READS;
        }
        if (section.equals("retention.nrrImprovement")) {
            return NrrImprovementSection.READS;
        }
        return section.startsWith("channels[") ? ChannelSection.READS : Set.of();
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

    /** The English labels, read once: a driver's label names it in every check of its value. */
    private static final class EnglishLabels {
        static final Map<Driver, String> OF = labels();

        private static Map<Driver, String> labels() {
            FigureTexts english = FigureTexts.of(Locale.ENGLISH);
            EnumMap<Driver, String> labels = new EnumMap<>(Driver.class);
            for (Driver driver : values()) {
                labels.put(driver, driver.label(english));
            }
            return labels;
        }
    }
}
