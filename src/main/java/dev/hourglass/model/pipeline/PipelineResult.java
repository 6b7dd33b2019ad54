package dev.hourglass.model.pipeline;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Everything metrics.md §4 derives from the deals of one period.
 *
 * @param rates            won, lost and slipped deals and their close and win rates
 * @param openInPeriod     open deals with a close date in the period, by forecast category
 * @param requiredCoverage the coverage the period needs: max(coverage floor, 1 / close rate); no data without a
 *                         close rate above 0
 * @param coverageFromCloseRate 1 / the close rate the coverage basis names (by count when lost deals have no
 *                         amounts); no data without a close rate above 0
 * @param coverageFloor    the setting below which the required coverage never goes (rule of thumb 3)
 * @param forecast         the in-blood forecast: Won + open deals included (by category default or override)
 * @param upside           open Commit and Best case deals of the period left out of the forecast
 * @param smbForecast      Won + Σ rate × open amount per category + creation rate × expected creation
 * @param breakdowns       for each dimension, each value's rates, largest closed amount first
 * @param dealsAnalysed    deals at or past the SAL stage
 * @param excludedBeforeSal deals that never reached the SAL stage, left out of every figure
 * @param openWithoutCloseDate open deals at or past the SAL stage that have no close date, so belong to no period
 * @param warnings         what makes some of these figures misleading, and what to read instead
 */
public record PipelineResult(Period period, double target, ConversionRates rates,
                             Map<ForecastCategory, AmountCount> openInPeriod, OptionalDouble requiredCoverage,
                             OptionalDouble coverageFromCloseRate, double coverageFloor,
                             double enterpriseCoverage, double smbCoverage, double forecast, double upside,
                             double smbForecast, List<DiagnosisFinding> diagnosis,
                             Map<Dimension, Map<String, ConversionRates>> breakdowns, long dealsAnalysed,
                             long excludedBeforeSal, AmountCount openWithoutCloseDate,
                             List<PipelineWarning> warnings) {

    public PipelineResult {
        openInPeriod = Map.copyOf(openInPeriod);
        diagnosis = List.copyOf(diagnosis);
        breakdowns = Map.copyOf(breakdowns);
        warnings = List.copyOf(warnings);
    }

    public AmountCount open(ForecastCategory category) {
        return openInPeriod.getOrDefault(category, AmountCount.NONE);
    }
}
