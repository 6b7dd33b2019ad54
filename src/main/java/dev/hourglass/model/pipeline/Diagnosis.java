package dev.hourglass.model.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Seed 003's diagnosis: not enough pipeline, poor conversion (and why), poor win rate, or none of these, in
 * which case the team needs more sellers. Every finding that applies is listed, with its figures.
 */
final class Diagnosis {
    private Diagnosis() {
    }

    /** @param byCount judge the rates by count (when lost deals were exported without their amounts) */
    static List<DiagnosisFinding> of(ConversionRates rates, boolean byCount, double coverage,
                                     OptionalDouble requiredCoverage, PipelineSettings settings) {
        List<DiagnosisFinding> findings = new ArrayList<>();
        if (requiredCoverage.isPresent() && coverage < requiredCoverage.getAsDouble()) {
            findings.add(new DiagnosisFinding(Finding.PIPELINE, new DiagnosisReason.CoverageShort(settings.motion(),
                    coverage, requiredCoverage.getAsDouble())));
        }
        OptionalDouble closeRate = byCount ? rates.closeRateByCount() : rates.closeRate();
        if (closeRate.isEmpty()) {
            findings.add(new DiagnosisFinding(Finding.NOT_ENOUGH_DATA, new DiagnosisReason.NoClosedDeal()));
            return findings;
        }
        boolean conversionByCompetition = false;
        if (closeRate.getAsDouble() < settings.closeRateThreshold()) {
            double noDecision = byCount ? rates.lostNoDecision().count() : rates.lostNoDecision().amount();
            double competition = byCount ? rates.lostCompetition().count() : rates.lostCompetition().amount();
            conversionByCompetition = competition > noDecision;
            findings.add(new DiagnosisFinding(conversionByCompetition ? Finding.CONVERSION_DIFFERENTIATION
                    : Finding.CONVERSION_QUALIFICATION, new DiagnosisReason.CloseRateLow(byCount,
                    closeRate.getAsDouble(), settings.closeRateThreshold(), noDecision, competition)));
        }
        OptionalDouble winRate = byCount ? rates.winRateByCount() : rates.winRate();
        if (!conversionByCompetition && winRate.isPresent() && winRate.getAsDouble() < settings.winRateThreshold()) {
            findings.add(new DiagnosisFinding(Finding.DIFFERENTIATION, new DiagnosisReason.WinRateLow(byCount,
                    winRate.getAsDouble(), settings.winRateThreshold())));
        }
        if (findings.isEmpty()) {
            findings.add(new DiagnosisFinding(Finding.CAPACITY, new DiagnosisReason.Healthy(coverage, requiredCoverage,
                    closeRate.getAsDouble(), winRate)));
        }
        return findings;
    }
}
