package dev.hourglass.app;

import dev.hourglass.model.forecast.BacktestPeriod;
import dev.hourglass.model.forecast.OddsCalibration;
import dev.hourglass.model.forecast.OddsLearner;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.forecast.PriorStates;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.WorkbookException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The backtest of the odds (forecast.md §2): for each past period, the odds as of its first day — from the latest
 * snapshot taken on or before it, learning only from deals closed before that day — against the amount closed won in
 * it according to the latest snapshot.
 */
public final class Backtests {
    /** The periods and how calibrated the odds were; {@code target} empty when none was given. */
    public record Backtest(List<BacktestPeriod> periods, OddsCalibration calibration, OptionalDouble target) {
    }

    private Backtests() {
    }

    /**
     * @param from first day of the first period to test, or null
     * @param to   last day of the last period to test, or null
     */
    public static Backtest run(DealSnapshots snapshots, PeriodLength length, LocalDate from, LocalDate to,
                               PipelineSettings settings, OptionalDouble target, int runs, long seed)
            throws WorkbookException {
        List<LocalDate> dates = snapshots.dates();
        if (dates.isEmpty()) {
            return new Backtest(List.of(), OddsCalibration.of(List.of(), target.isPresent()), target);
        }
        List<Period> periods = length.between(dates.get(0), dates.get(dates.size() - 1), from, to);
        double[] actual = actuals(snapshots, periods);
        List<BacktestPeriod> results = new ArrayList<>();
        PriorStates priors = new PriorStates();
        int primedUpTo = 0;
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            int snapshot = snapshots.latestOnOrBefore(period.start());
            // Snapshots only ever move forward from one period to the next, so the priors grow in step.
            for (; primedUpTo < snapshot; primedUpTo++) {
                snapshots.read(primedUpTo, priors);
            }
            OddsLearner learner = new OddsLearner(snapshots.stages(snapshot), period, dates.get(snapshot),
                    period.start(), primedUpTo == 0 ? PriorStates.none() : priors, settings);
            snapshots.read(snapshot, learner);
            results.add(new BacktestPeriod(period, dates.get(snapshot),
                    OddsSimulation.run(learner.result(), runs, seed, target.orElse(0)), actual[p]));
        }
        return new Backtest(results, OddsCalibration.of(results, target.isPresent()), target);
    }

    /** The amount closed won in each period by the latest snapshot (deals before the SAL stage left out). */
    private static double[] actuals(DealSnapshots snapshots, List<Period> periods) throws WorkbookException {
        double[] won = new double[periods.size()];
        if (periods.isEmpty()) {
            return won;
        }
        int latest = snapshots.dates().size() - 1;
        StageSetup stages = snapshots.stages(latest);
        int sal = stages.salIndex();
        snapshots.read(latest, deal -> {
            if (deal.outcome() != Outcome.WON) {
                return;
            }
            int stage = stages.indexOf(deal.stage());
            if (stage >= 0 && stage < sal) {
                return;
            }
            for (int p = 0; p < won.length; p++) {
                if (periods.get(p).contains(deal.closeDate())) {
                    won[p] += deal.amount();
                    return;
                }
            }
        });
        return won;
    }
}
