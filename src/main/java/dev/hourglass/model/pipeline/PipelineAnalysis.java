package dev.hourglass.model.pipeline;

import dev.hourglass.model.Ratios;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Computes metrics.md §4 for one period in a single pass over the deals. Open deals without a close date belong to
 * no period and are only counted; a closed deal from an export without an outcome column sits at the last stage
 * (it went through every stage), so it is never left out as "before the SAL stage".
 */
public final class PipelineAnalysis {
    private PipelineAnalysis() {
    }

    public static PipelineResult analyse(Collection<Deal> deals, StageSetup setup, Period period,
                                         PipelineSettings settings) {
        Accumulator accumulator = new Accumulator(setup, period, settings);
        deals.forEach(accumulator);
        return accumulator.result();
    }

    /**
     * The running sums of one analysis, for deals that arrive one at a time (e.g. straight from a file, so a
     * million deals need not be held in memory).
     */
    public static final class Accumulator implements Consumer<Deal> {
        /** Dimension.values() once: each call is a new array, and the command line's compiler (C1) keeps it. */
        private static final Dimension[] DIMENSIONS = Dimension.values();
        private final Period period;
        private final PipelineSettings settings;
        private final Map<String, Integer> stageIndex;
        private ForecastCategory[] categoryOfStage;
        private final int salIndex;
        private final Tally total = new Tally();
        private final Map<Dimension, Map<String, Tally>> byDimension = new EnumMap<>(Dimension.class);
        private final double[] openAmount = new double[ForecastCategory.values().length];
        private final long[] openCount = new long[ForecastCategory.values().length];
        private double forecastOpen;
        private double upside;
        private long analysed;
        private long beforeSal;
        private double openWithoutCloseDateAmount;
        private long openWithoutCloseDateCount;
        private long wonWithoutAmount;
        private long lostWithoutAmount;
        private boolean anyOriginalCloseDate;

        public Accumulator(StageSetup setup, Period period, PipelineSettings settings) {
            this.period = period;
            this.settings = settings;
            this.stageIndex = setup.index();
            this.salIndex = setup.salIndex();
            this.categoryOfStage = setup.stages().stream().map(Stage::category).toArray(ForecastCategory[]::new);
            for (Dimension d : Dimension.values()) {
                byDimension.put(d, new HashMap<>());
            }
        }

        @Override
        public void accept(Deal deal) {
            if (deal.originalCloseDate() != null) {
                anyOriginalCloseDate = true;
            }
            int stage = stageOf(deal.stage());
            if (stage < salIndex) {
                beforeSal++;
                return;
            }
            analysed++;
            if (deal.closeDate() == null) {
                openWithoutCloseDateAmount += deal.amount();
                openWithoutCloseDateCount++;
                return;
            }
            boolean inPeriod = period.contains(deal.closeDate());
            if (deal.outcome().isClosed() && inPeriod) {
                closed(deal);
            }
            if (period.contains(deal.originalCloseDate()) && period.isAfterEnd(deal.closeDate())) {
                total.slipped(deal.amount());
                for (Dimension d : DIMENSIONS) {
                    tally(d, deal).slipped(deal.amount());
                }
            }
            if (deal.outcome() == Outcome.OPEN && inPeriod) {
                open(deal, categoryOfStage[stage]);
            }
        }

        private void closed(Deal deal) {
            total.closed(deal.outcome(), deal.amount());
            for (Dimension d : DIMENSIONS) {
                tally(d, deal).closed(deal.outcome(), deal.amount());
            }
            if (deal.amount() == 0) {
                if (deal.outcome() == Outcome.WON) {
                    wonWithoutAmount++;
                } else {
                    lostWithoutAmount++;
                }
            }
        }

        private int stageOf(String name) {
            Integer index = stageIndex.get(name);
            return index != null ? index : addStage(name);
        }

        /**
         * A stage the setup does not know is a Pipeline stage after the known ones, where an import puts it
         * (imports.md §3), so a file and the workbook it was imported into give the same figures.
         */
        private int addStage(String name) {
            int index = categoryOfStage.length;
            categoryOfStage = Arrays.copyOf(categoryOfStage, index + 1);
            categoryOfStage[index] = ForecastCategory.PIPELINE;
            stageIndex.put(name, index);
            return index;
        }

        private void open(Deal deal, ForecastCategory category) {
            openAmount[category.ordinal()] += deal.amount();
            openCount[category.ordinal()]++;
            boolean included = settings.includes(deal, category);
            if (included) {
                forecastOpen += deal.amount();
            } else if (category != ForecastCategory.PIPELINE) {
                upside += deal.amount();
            }
        }

        private Tally tally(Dimension dimension, Deal deal) {
            return byDimension.get(dimension).computeIfAbsent(dimension.valueOf(deal), k -> new Tally());
        }

        public PipelineResult result() {
            ConversionRates rates = total.rates(anyOriginalCloseDate);
            double won = rates.won().amount();
            double commit = openAmount[ForecastCategory.COMMIT.ordinal()];
            double bestCase = openAmount[ForecastCategory.BEST_CASE.ordinal()];
            double pipeline = openAmount[ForecastCategory.PIPELINE.ordinal()];
            double enterpriseCoverage = (won + bestCase + commit) / settings.target();
            double smbCoverage = (won + bestCase + commit + pipeline + settings.expectedCreation()) / settings.target();
            List<PipelineWarning> warnings = PipelineWarnings.of(rates, wonWithoutAmount, lostWithoutAmount);
            // Lost deals exported without amounts make every lost amount 0 and the rates by amount 100 %: the
            // required coverage and the diagnosis then follow the rates by count, as the warning tells the user.
            boolean byCount = warnings.stream().anyMatch(w -> w.code() == PipelineWarning.Code.LOST_WITHOUT_AMOUNT);
            OptionalDouble fromCloseRate = coverageFromCloseRate(rates, byCount);
            OptionalDouble required = fromCloseRate.isPresent()
                    ? OptionalDouble.of(Math.max(settings.coverageFloor(), fromCloseRate.getAsDouble()))
                    : OptionalDouble.empty();
            double smbForecast = new SmbForecast(won, commit, settings.commitRate(), bestCase, settings.bestCaseRate(),
                    pipeline, settings.pipelineRate(), settings.expectedCreation(), settings.creationRate()).forecast();
            double coverage = settings.motion() == SalesMotion.ENTERPRISE ? enterpriseCoverage : smbCoverage;
            return new PipelineResult(period, settings.target(), rates, openByCategory(), required, fromCloseRate,
                    settings.coverageFloor(),
                    enterpriseCoverage, smbCoverage, won + forecastOpen, upside, smbForecast,
                    Diagnosis.of(rates, byCount, coverage, required, settings), breakdowns(), analysed, beforeSal,
                    new AmountCount(openWithoutCloseDateAmount, openWithoutCloseDateCount), warnings);
        }

        /** 1 / the close rate of the coverage basis. */
        private OptionalDouble coverageFromCloseRate(ConversionRates rates, boolean byCount) {
            OptionalDouble rate = settings.coverageBasis() == CoverageBasis.CLOSE_RATE
                    ? (byCount ? rates.closeRateByCount() : rates.closeRate())
                    : (byCount ? rates.slippageAdjustedCloseRateByCount() : rates.slippageAdjustedCloseRate());
            return Ratios.inverse(rate);
        }

        private Map<ForecastCategory, AmountCount> openByCategory() {
            Map<ForecastCategory, AmountCount> open = new EnumMap<>(ForecastCategory.class);
            for (ForecastCategory c : ForecastCategory.values()) {
                open.put(c, new AmountCount(openAmount[c.ordinal()], openCount[c.ordinal()]));
            }
            return open;
        }

        private Map<Dimension, Map<String, ConversionRates>> breakdowns() {
            Map<Dimension, Map<String, ConversionRates>> result = new EnumMap<>(Dimension.class);
            Comparator<Map.Entry<String, ConversionRates>> byClosedAmount = Comparator.comparingDouble(
                    (Map.Entry<String, ConversionRates> e) -> e.getValue().closedAmount() + e.getValue().slipped().amount())
                    .reversed().thenComparing(Map.Entry::getKey);
            for (Map.Entry<Dimension, Map<String, Tally>> d : byDimension.entrySet()) {
                Map<String, ConversionRates> values = new LinkedHashMap<>();
                List<Map.Entry<String, ConversionRates>> entries = d.getValue().entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue().rates(anyOriginalCloseDate))).sorted(byClosedAmount).toList();
                entries.forEach(e -> values.put(e.getKey(), e.getValue()));
                result.put(d.getKey(), Collections.unmodifiableMap(values));
            }
            return result;
        }
    }
}
