package dev.hourglass.model.forecast;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Learns the odds of a period's open deals in one pass over a snapshot's deals (forecast.md §1). Deals before the
 * SAL stage are left out, as in every pipeline figure.
 * <ul>
 * <li>Win: the won share of closed deals by the stage they held before closing (known from earlier snapshots),
 * segment and amount band ({@link CellRates}).</li>
 * <li>Slip: the share of deals whose close date ended up after the end of the period (of the same length) that held
 * their first close date — the deal's original close date, else the first one an earlier snapshot saw — among the
 * deals whose first period had ended by the cut-off.</li>
 * <li>New deals: the amount won by deals created and closed inside each past period of the same length.</li>
 * </ul>
 * {@code learnBefore} (the backtest's "as of the period's first day") keeps only deals closed before it; null learns
 * from every closed deal. {@code asOf} is the day the snapshot was taken: it decides the time left in the period.
 */
public final class OddsLearner implements Consumer<Deal> {
    private record Pending(String id, double amount, String stage, String segment) {
    }

    private final Period period;
    private final PeriodGrid grid;
    private final LocalDate asOf;
    private final LocalDate learnBefore;
    private final LocalDate cutoff;
    private final PriorStates priors;
    private final PipelineSettings settings;
    private final Map<String, Integer> stageIndex = new HashMap<>();
    private final Map<String, ForecastCategory> categoryOfStage = new HashMap<>();
    private final int salIndex;
    private final CellRates winRates = new CellRates();
    private final CellRates slipRates = new CellRates();
    private final List<Pending> open = new ArrayList<>();
    private final TreeMap<Long, Double> newDealBookings = new TreeMap<>();
    private long firstClosedPeriod = Long.MAX_VALUE;
    private double won;

    public OddsLearner(StageSetup setup, Period period, LocalDate asOf, LocalDate learnBefore, PriorStates priors,
                       PipelineSettings settings) {
        this.period = period;
        this.grid = new PeriodGrid(period);
        this.asOf = asOf;
        this.learnBefore = learnBefore;
        this.cutoff = learnBefore != null ? learnBefore : asOf;
        this.priors = priors;
        this.settings = settings;
        List<Stage> stages = setup.stages();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.put(stages.get(i).name(), i);
            categoryOfStage.put(stages.get(i).name(), stages.get(i).category());
        }
        this.salIndex = setup.salIndex();
    }

    @Override
    public void accept(Deal deal) {
        Integer stage = stageIndex.get(deal.stage());
        if (stage != null && stage < salIndex) {
            return;
        }
        LocalDate close = deal.closeDate();
        if (close == null) {
            return;
        }
        boolean closed = deal.outcome().isClosed();
        if (closed && learnBefore != null && !close.isBefore(learnBefore)) {
            return;
        }
        int band = AmountBand.of(deal.amount());
        if (closed) {
            winRates.add(priors.stageWhileOpen(deal.id()), deal.segment(), band, deal.outcome() == Outcome.WON);
            firstClosedPeriod = Math.min(firstClosedPeriod, grid.indexOf(close));
        }
        learnSlip(deal, band);
        if (period.contains(close)) {
            if (deal.outcome() == Outcome.OPEN) {
                open.add(new Pending(deal.id(), deal.amount(), deal.stage(), deal.segment()));
            } else if (deal.outcome() == Outcome.WON) {
                won += deal.amount();
            }
        }
        if (deal.outcome() == Outcome.WON && deal.createdDate() != null) {
            long createdIn = grid.indexOf(deal.createdDate());
            if (createdIn < 0 && createdIn == grid.indexOf(close) && grid.period(createdIn).end().isBefore(cutoff)) {
                newDealBookings.merge(createdIn, deal.amount(), Double::sum);
            }
        }
    }

    private void learnSlip(Deal deal, int band) {
        LocalDate first = deal.originalCloseDate();
        if (first == null) {
            first = priors.firstCloseDate(deal.id());
        }
        if (first == null) {
            first = deal.closeDate();
        }
        LocalDate firstPeriodEnd = grid.period(grid.indexOf(first)).end();
        if (firstPeriodEnd.isBefore(cutoff)) {
            slipRates.add(null, deal.segment(), band, deal.closeDate().isAfter(firstPeriodEnd));
        }
    }

    public OddsInputs result() {
        OddsMethod method = winRates.enough() ? OddsMethod.HISTORY : OddsMethod.CATEGORY_RATES;
        List<OpenDeal> deals = new ArrayList<>(open.size());
        for (Pending p : open) {
            int band = AmountBand.of(p.amount());
            double win;
            double slip;
            if (method == OddsMethod.HISTORY) {
                win = winRates.rate(p.stage(), p.segment(), band).orElseThrow();
                slip = slipRates.rate(null, p.segment(), band).orElse(0);
            } else {
                win = categoryRate(categoryOfStage.getOrDefault(p.stage(), ForecastCategory.PIPELINE));
                // The category rates are shares of the category that close won in the period: slips are in them.
                slip = 0;
            }
            deals.add(new OpenDeal(p.id(), p.amount(), win, slip));
        }
        return new OddsInputs(method, won, deals, pastNewDealBookings(), timeLeft());
    }

    private double categoryRate(ForecastCategory category) {
        return switch (category) {
            case COMMIT -> settings.commitRate();
            case BEST_CASE -> settings.bestCaseRate();
            case PIPELINE -> settings.pipelineRate();
        };
    }

    /** Every past period from the first with a closed deal, a period without such bookings counting as 0. */
    private double[] pastNewDealBookings() {
        List<Double> values = new ArrayList<>();
        for (long i = firstClosedPeriod; i < 0 && grid.period(i).end().isBefore(cutoff); i++) {
            values.add(newDealBookings.getOrDefault(i, 0.0));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double timeLeft() {
        if (asOf.isAfter(period.end())) {
            return 0;
        }
        LocalDate from = asOf.isAfter(period.start()) ? asOf : period.start();
        return (double) (ChronoUnit.DAYS.between(from, period.end()) + 1)
                / (ChronoUnit.DAYS.between(period.start(), period.end()) + 1);
    }
}
