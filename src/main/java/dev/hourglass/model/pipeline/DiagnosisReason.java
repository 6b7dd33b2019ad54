package dev.hourglass.model.pipeline;

import java.util.OptionalDouble;

/**
 * The figures that led to one finding of the pipeline diagnosis, without words: each front end writes them in its
 * own language. Rates by count are judged when lost deals were exported without their amounts.
 */
public sealed interface DiagnosisReason {
    /** The motion's coverage is below the coverage its close rate requires. */
    record CoverageShort(SalesMotion motion, double coverage, double required) implements DiagnosisReason {
    }

    /** No deal at or past the SAL stage closed in the period, so conversion cannot be judged. */
    record NoClosedDeal() implements DiagnosisReason {
    }

    /** The close rate is below its threshold; the losses to no decision and to competition say why. */
    record CloseRateLow(boolean byCount, double closeRate, double threshold, double lostNoDecision,
                        double lostCompetition) implements DiagnosisReason {
    }

    /** The win rate is below its threshold. */
    record WinRateLow(boolean byCount, double winRate, double threshold) implements DiagnosisReason {
    }

    /** Coverage and conversion meet their thresholds; a rate without data is empty. */
    record Healthy(double coverage, OptionalDouble required, double closeRate, OptionalDouble winRate)
            implements DiagnosisReason {
    }
}
