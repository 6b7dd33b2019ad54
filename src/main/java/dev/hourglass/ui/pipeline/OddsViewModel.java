package dev.hourglass.ui.pipeline;

import dev.hourglass.app.Backtests;
import dev.hourglass.app.PeriodOdds;
import dev.hourglass.app.WorkbookSnapshots;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.forecast.BacktestPeriod;
import dev.hourglass.model.forecast.CellRates;
import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.forecast.OddsCalibration;
import dev.hourglass.model.forecast.OddsLearner;
import dev.hourglass.model.forecast.OddsMethod;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.forecast.OpenDeal;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.forecast.PriorStates;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Pipeline view's "Odds of the period" (forecast.md §1) and its backtest (§2): the Monte Carlo and the backtest
 * run through {@link Work}, off the FX thread in the app; a result that arrives after a newer request is dropped.
 * The odds learn from the loaded deals that pass the view's filters, with the earlier imports of the same source
 * (read once per import and kept) telling the stage each closed deal held before closing.
 */
public final class OddsViewModel {
    private final Workbook workbook;
    private final Work work;
    private final FigureFormatter formats;
    private final ReadOnlyObjectWrapper<Odds> odds = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OpenDeal> deals = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Backtests.Backtest> backtest = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BacktestPeriod> backtestPeriods = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private long oddsRequest;
    private long backtestRequest;
    private long priorsOf = -1;
    private PriorStates priors = PriorStates.none();

    public OddsViewModel(Workbook workbook, Work work, FigureFormatter formats) {
        this.workbook = workbook;
        this.work = work;
        this.formats = formats;
    }

    /** Computes the odds of the period for the loaded deals that pass {@code filter}; null data or period clears. */
    public void compute(PipelineViewModel.LoadedDeals data, Period period, PipelineSettings settings,
                        Predicate<Deal> filter) {
        long request = ++oddsRequest;
        if (data == null || period == null) {
            odds.set(null);
            deals.clear();
            busy.set(false);
            return;
        }
        busy.set(true);
        work.run("odds of the period", () -> oddsOf(data, period, settings, filter), result -> {
            if (request == oddsRequest) {
                busy.set(false);
                message.set("");
                odds.set(result);
                deals.setAll(result.deals());
            }
        }, failure -> {
            if (request == oddsRequest) {
                busy.set(false);
                message.set(FileProblemText.of(failure));
            }
        });
    }

    private Odds oddsOf(PipelineViewModel.LoadedDeals data, Period period, PipelineSettings settings,
                        Predicate<Deal> filter) throws WorkbookException {
        OddsLearner learner = new OddsLearner(data.setup(), period, data.dataset().snapshotDate(), null,
                priorsFor(data), settings);
        for (Deal deal : data.deals()) {
            if (filter.test(deal)) {
                learner.accept(deal);
            }
        }
        return OddsSimulation.run(learner.result(), OddsSimulation.DEFAULT_RUNS, OddsSimulation.DEFAULT_SEED,
                settings.target());
    }

    private synchronized PriorStates priorsFor(PipelineViewModel.LoadedDeals data) throws WorkbookException {
        if (priorsOf != data.dataset().id()) {
            WorkbookSnapshots snapshots = WorkbookSnapshots.upTo(workbook, data.dataset());
            priors = PeriodOdds.priors(snapshots, snapshots.dates().size() - 1);
            priorsOf = data.dataset().id();
        }
        return priors;
    }

    /** Replays the earlier imports of the loaded deals' source, period by period (forecast.md §2). */
    public void backtest(PipelineViewModel.LoadedDeals data, PeriodLength length, PipelineSettings settings) {
        long request = ++backtestRequest;
        if (data == null) {
            return;
        }
        busy.set(true);
        work.run("backtest of the odds", () -> Backtests.run(WorkbookSnapshots.all(workbook, data.dataset()), length,
                null, null, settings, OptionalDouble.of(settings.target()), OddsSimulation.DEFAULT_RUNS,
                OddsSimulation.DEFAULT_SEED), result -> {
                    if (request == backtestRequest) {
                        busy.set(false);
                        backtest.set(result);
                        backtestPeriods.setAll(result.periods());
                        verdict.set(verdictWords(result.calibration()));
                    }
                }, failure -> {
                    if (request == backtestRequest) {
                        busy.set(false);
                        message.set(FileProblemText.of(failure));
                    }
                });
    }

    /** Whether the odds can be trusted on this data, in one plain sentence with the shares behind it. */
    String verdictWords(OddsCalibration c) {
        String shares = UiText.text("pipeline.actualsBelowP10P50", formats.percent(c.belowP10()), formats.percent(c.belowP50()), formats.percent(c.belowP90()), c.periods());
        return switch (c.verdict()) {
            case CALIBRATED -> UiText.text("pipeline.calibratedOnThisData", shares);
            case NOT_CALIBRATED -> UiText.text("pipeline.notCalibratedOnThis", shares);
            case TOO_FEW_PERIODS -> UiText.text("pipeline.tooFewPeriodsTo", c.periods(), OddsCalibration.MIN_PERIODS);
        };
    }

    /** "P10 / P50 / P90" of the runs' bookings. */
    public String percentiles() {
        Odds o = odds.get();
        return o == null ? "" : money(o.p10()) + " / " + money(o.p50()) + " / " + money(o.p90());
    }

    public String probabilityOfTarget() {
        Odds o = odds.get();
        return o == null ? "" : formats.percent(o.probabilityOfTarget());
    }

    public String gapAtP50() {
        Odds o = odds.get();
        if (o == null) {
            return "";
        }
        return o.gapAtP50() == 0 ? UiText.text("pipeline.theMedianOutcomeReaches")
                : UiText.text("pipeline.gapToTheTarget", money(o.gapAtP50()));
    }

    /** An amount of bookings in the workbook's currency ({@code $1,400}). */
    public String money(double amount) {
        return formats.money(Math.rint(amount), workbook.currencyOrDefault());
    }

    /** Where the probabilities came from, and what the runs add up. */
    public String method() {
        Odds o = odds.get();
        if (o == null) {
            return "";
        }
        String from = o.method() == OddsMethod.HISTORY ? UiText.text("pipeline.winAndSlipRates")
                : UiText.text("pipeline.fewerThanClosedDeals", CellRates.MIN_DEALS);
        return UiText.text("pipeline.runsSeedWonAlready", from, formats.number(o.runs(), 0), o.seed(), formats.number(o.won(), 0), (o.newDealsMean().isPresent()
                ? formats.number(o.newDealsMean().getAsDouble(), 0) : formats.noData()), formats.number(o.mean(), 0));
    }

    public ReadOnlyObjectProperty<Odds> oddsProperty() {
        return odds.getReadOnlyProperty();
    }

    public ObservableList<OpenDeal> deals() {
        return deals;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Backtests.Backtest> backtestProperty() {
        return backtest.getReadOnlyProperty();
    }

    public ObservableList<BacktestPeriod> backtestPeriods() {
        return backtestPeriods;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public FigureFormatter formats() {
        return formats;
    }
}
