package dev.hourglass.model.retention;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;

/**
 * How a scenario states its yearly ARR retention: either as GRR and NRR, or as the three components
 * (metrics.md §2). Both forms give all five figures; the form is kept so a scenario saves as it was typed.
 */
public sealed interface RetentionRates permits RetentionRates.GrrNrr, RetentionRates.Components {

    /** Share of opening ARR lost to cancelled logos. With {@link GrrNrr} all gross loss counts as churn. */
    double churnRate();

    double contractionRate();

    double expansionRate();

    /** Gross revenue retention: 1 − churn − contraction. */
    double grr();

    /** Net revenue retention: GRR + expansion. */
    double nrr();

    /** GRR and NRR as given; churn + contraction = 1 − grr is reported as churn, contraction 0. */
    record GrrNrr(double grr, double nrr) implements RetentionRates {
        public GrrNrr {
            Require.fraction("GRR", grr);
            Require.nonNegative("NRR", nrr);
            if (nrr < grr) {
                throw new InvalidInputException("NRR",
                        "NRR must be at least GRR (" + grr + "), got " + nrr, Rule.AT_LEAST_FIELD, "GRR", grr, nrr);
            }
        }

        @Override
        public double churnRate() {
            return 1 - grr;
        }

        @Override
        public double contractionRate() {
            return 0;
        }

        @Override
        public double expansionRate() {
            return nrr - grr;
        }
    }

    /** Churn, contraction and expansion as shares of opening ARR. */
    record Components(double churnRate, double contractionRate, double expansionRate) implements RetentionRates {
        public Components {
            Require.fraction("churn rate", churnRate);
            Require.fraction("contraction rate", contractionRate);
            Require.nonNegative("expansion rate", expansionRate);
            if (churnRate + contractionRate > 1) {
                throw new InvalidInputException("contraction rate",
                        "churn rate + contraction rate must not exceed 1, got " + (churnRate + contractionRate),
                        Rule.CHURN_AND_CONTRACTION, 1.0, churnRate + contractionRate);
            }
        }

        @Override
        public double grr() {
            return 1 - churnRate - contractionRate;
        }

        @Override
        public double nrr() {
            return grr() + expansionRate;
        }
    }
}
