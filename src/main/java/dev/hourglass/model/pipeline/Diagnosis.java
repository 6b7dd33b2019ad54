package dev.hourglass.model.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            findings.add(new DiagnosisFinding(Finding.PIPELINE, String.format(Locale.ROOT,
                    "%s coverage %.2f× is below the %.2f× required", settings.motion().label(), coverage,
                    requiredCoverage.getAsDouble())));
        }
        OptionalDouble closeRate = byCount ? rates.closeRateByCount() : rates.closeRate();
        String basis = byCount ? " by count" : "";
        if (closeRate.isEmpty()) {
            findings.add(new DiagnosisFinding(Finding.NOT_ENOUGH_DATA, "no deal at or past the SAL stage closed in the period"));
            return findings;
        }
        boolean conversionByCompetition = false;
        if (closeRate.getAsDouble() < settings.closeRateThreshold()) {
            double noDecision = byCount ? rates.lostNoDecision().count() : rates.lostNoDecision().amount();
            double competition = byCount ? rates.lostCompetition().count() : rates.lostCompetition().amount();
            conversionByCompetition = competition > noDecision;
            String reason = String.format(Locale.ROOT, "close rate%s %.1f%% is below %.1f%%; lost %s%s to no decision, %s to"
                    + " competition", basis, 100 * closeRate.getAsDouble(), 100 * settings.closeRateThreshold(),
                    amount(noDecision), byCount ? " deals" : "", amount(competition));
            findings.add(new DiagnosisFinding(conversionByCompetition ? Finding.CONVERSION_DIFFERENTIATION
                    : Finding.CONVERSION_QUALIFICATION, reason));
        }
        OptionalDouble winRate = byCount ? rates.winRateByCount() : rates.winRate();
        if (!conversionByCompetition && winRate.isPresent() && winRate.getAsDouble() < settings.winRateThreshold()) {
            findings.add(new DiagnosisFinding(Finding.DIFFERENTIATION, String.format(Locale.ROOT,
                    "win rate%s %.1f%% is below %.1f%%", basis, 100 * winRate.getAsDouble(),
                    100 * settings.winRateThreshold())));
        }
        if (findings.isEmpty()) {
            findings.add(new DiagnosisFinding(Finding.CAPACITY, String.format(Locale.ROOT,
                    "coverage %.2f× meets the %s required, close rate %.1f%% and win rate %s meet their thresholds",
                    coverage, requiredCoverage.isPresent() ? String.format(Locale.ROOT, "%.2f×", requiredCoverage.getAsDouble()) : "(no data)",
                    100 * closeRate.getAsDouble(),
                    winRate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * winRate.getAsDouble()) : "(no data)")));
        }
        return findings;
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
