package dev.hourglass.app;

import static dev.hourglass.model.plan.NoteValue.count;
import static dev.hourglass.model.plan.NoteValue.multiple;
import static dev.hourglass.model.plan.NoteValue.name;
import static dev.hourglass.model.plan.NoteValue.share;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.model.actuals.MonthMovement;
import dev.hourglass.model.actuals.TrailingTwelve;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.plan.ActualMonth;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.MonthlyRetention;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanNote.Code;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.PlanVsActuals;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.postsale.BudgetCalculator;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The revenue plan of a scenario (forecast.md §4), both front ends' use case: measures the plan's rates from the
 * workbook's deals, leads and ledger where there are some and from the scenario's drivers otherwise, saying for
 * each where it came from; and sets the actuals beside the plan (§5).
 */
public final class RevenuePlans {
    /** The post-purchase share of marketing spend of the seeds' "95/5" split. */
    public static final double SEED_POST_SALE_SHARE = 0.05;

    private RevenuePlans() {
    }

    /** The plan of {@code scenario} from {@code start} over {@code months} months, solved for {@code goal}. */
    public static PlanReport plan(Scenario scenario, PlanData data, YearMonth start, int months, PlanGoal goal) {
        List<PlanNote> notes = new ArrayList<>();
        PlanInputs inputs = inputs(scenario, data, start, months, notes);
        return PlanReport.of(inputs, goal, notes);
    }

    /**
     * The month a plan starts at when none is given, for the desktop and {@code plan} alike: the month after the
     * ledger's last month (the plan picks up where the actuals end), else the current month.
     */
    public static YearMonth defaultStart(PlanData data, YearMonth today) {
        return data.ledger().filter(l -> !l.data().isEmpty())
                .map(l -> l.data().lastMonth().plusMonths(1)).orElse(today);
    }

    static PlanInputs inputs(Scenario scenario, PlanData data, YearMonth start, int months, List<PlanNote> notes) {
        Drivers drivers = scenario.drivers();
        Optional<CohortReport> actuals = data.ledger().filter(l -> !l.data().isEmpty())
                .map(l -> CohortAnalysis.analyse(l.data()));
        double opening = openingArr(drivers, data, actuals, start, notes);
        MonthlyRetention retention = retention(drivers, data, actuals, notes);
        List<Deal> deals = data.deals().map(PlanData.Named::data).orElse(List.of());
        String dealsName = data.deals().map(PlanData.Named::name).orElse("");
        int cycle = salesCycle(deals, dealsName, notes);
        double coverage = coverage(drivers, deals, dealsName, notes);
        double acv = acv(drivers, deals, dealsName, notes);
        List<ChannelInputs> channels = scenario.channels().orElse(List.of());
        List<SourceFunnel> sources = data.leads()
                .map(l -> LeadSourceFunnels.of(l.data(), channels, l.name(), notes)).orElse(List.of());
        if (sources.isEmpty()) {
            sources = List.of(singleFunnel(drivers, deals, dealsName, data.leads().isPresent(), notes));
        }
        OptionalDouble cac = cac(drivers, channels, notes);
        OptionalDouble productivity = DealMeasures.productivityPerSeller(deals);
        notes.add(productivity.isPresent()
                ? PlanNote.of(Code.PRODUCTIVITY_DEALS, name(dealsName), count(DealMeasures.sellers(deals)))
                : PlanNote.of(Code.PRODUCTIVITY_NONE));
        double postSale = postSaleShare(scenario, notes);
        return new PlanInputs(start, months, opening, retention, cycle, coverage, acv, sources, cac, productivity,
                postSale);
    }

    private static double openingArr(Drivers drivers, PlanData data, Optional<CohortReport> actuals, YearMonth start,
                                     List<PlanNote> notes) {
        YearMonth before = start.minusMonths(1);
        Optional<MonthMovement> ledgerMonth = actuals.flatMap(a -> a.months().stream()
                .filter(m -> m.month().equals(before)).findFirst());
        if (ledgerMonth.isPresent()) {
            notes.add(PlanNote.of(Code.OPENING_LEDGER_MONTH, name(before.toString()),
                    name(data.ledger().orElseThrow().name())));
            return ledgerMonth.get().mrr() * 12;
        }
        if (drivers.has(Driver.START_ARR)) {
            notes.add(PlanNote.of(Code.OPENING_SCENARIO));
            return drivers.require(Driver.START_ARR);
        }
        if (actuals.isPresent() && !actuals.get().months().isEmpty()) {
            MonthMovement last = actuals.get().months().get(actuals.get().months().size() - 1);
            notes.add(PlanNote.of(Code.OPENING_LEDGER_LAST_MONTH, name(last.month().toString())));
            return last.mrr() * 12;
        }
        throw new InvalidInputException("start ARR", "the plan needs an opening ARR: set the scenario's start ARR "
                + "or import a ledger");
    }

    private static MonthlyRetention retention(Drivers drivers, PlanData data, Optional<CohortReport> actuals,
                                              List<PlanNote> notes) {
        if (drivers.rates().isPresent()) {
            RetentionRates r = drivers.rates().get();
            notes.add(PlanNote.of(Code.RETENTION_SCENARIO, share(r.nrr())));
            return MonthlyRetention.fromAnnual(r.churnRate(), r.contractionRate(), r.expansionRate());
        }
        Optional<TrailingTwelve> trailing = actuals.flatMap(a -> a.trailing12().stream()
                .filter(t -> t.nrr().isPresent() && t.grr().isPresent()).reduce((x, y) -> y));
        if (trailing.isPresent()) {
            double grr = trailing.get().grr().getAsDouble();
            double nrr = trailing.get().nrr().getAsDouble();
            notes.add(PlanNote.of(Code.RETENTION_LEDGER, share(nrr), share(grr), name(trailing.get().month().toString()),
                    name(data.ledger().orElseThrow().name())));
            return MonthlyRetention.fromAnnual(Math.min(1, 1 - grr), 0, Math.max(0, nrr - grr));
        }
        if (drivers.has(Driver.ANNUAL_LOGO_CHURN)) {
            double expansion = drivers.value(Driver.ANNUAL_EXPANSION).orElse(0);
            notes.add(PlanNote.of(Code.RETENTION_SCENARIO_CHURN));
            return MonthlyRetention.fromAnnual(drivers.require(Driver.ANNUAL_LOGO_CHURN), 0, expansion);
        }
        throw new InvalidInputException("NRR", "the plan needs retention: set the scenario's retention rates or "
                + "annual churn, or import a ledger of twelve months or more");
    }

    private static int salesCycle(List<Deal> deals, String dealsName, List<PlanNote> notes) {
        OptionalDouble days = DealMeasures.medianCycleDays(deals);
        if (days.isEmpty()) {
            notes.add(PlanNote.of(Code.CYCLE_NONE));
            return 0;
        }
        int months = (int) Math.round(days.getAsDouble() / DealMeasures.DAYS_PER_MONTH);
        notes.add(PlanNote.of(Code.CYCLE_MEDIAN, count(Math.round(days.getAsDouble())),
                count(DealMeasures.wonWithCreatedDate(deals).size()), name(dealsName), count(months)));
        return Math.min(months, PlanInputs.MAX_MONTHS);
    }

    private static double coverage(Drivers drivers, List<Deal> deals, String dealsName, List<PlanNote> notes) {
        double floor = PipelineSettings.RULE_OF_THUMB_COVERAGE;
        OptionalDouble measured = DealMeasures.closeRateByAmount(deals);
        if (measured.isPresent()) {
            double coverage = Math.max(floor, 1 / measured.getAsDouble());
            notes.add(PlanNote.of(Code.COVERAGE_DEALS, share(measured.getAsDouble()), name(dealsName), multiple(floor)));
            return coverage;
        }
        if (drivers.has(Driver.CLOSE_RATE)) {
            notes.add(PlanNote.of(Code.COVERAGE_SCENARIO, multiple(floor)));
            return Math.max(floor, 1 / drivers.require(Driver.CLOSE_RATE));
        }
        notes.add(PlanNote.of(Code.COVERAGE_RULE_OF_THUMB, multiple(floor)));
        return floor;
    }

    private static double acv(Drivers drivers, List<Deal> deals, String dealsName, List<PlanNote> notes) {
        if (drivers.has(Driver.ACV)) {
            notes.add(PlanNote.of(Code.ACV_SCENARIO));
            return drivers.require(Driver.ACV);
        }
        OptionalDouble average = deals.stream().filter(d -> d.outcome() == Outcome.WON && d.amount() > 0)
                .mapToDouble(Deal::amount).average();
        if (average.isPresent()) {
            notes.add(PlanNote.of(Code.ACV_DEALS, name(dealsName)));
            return average.getAsDouble();
        }
        throw new InvalidInputException("ACV", "the plan needs an ACV: set it among the scenario's drivers or import "
                + "won deals");
    }

    /** One funnel for every source when there are no leads that won: SAL → won from the deals or the close rate. */
    private static SourceFunnel singleFunnel(Drivers drivers, List<Deal> deals, String dealsName, boolean hasLeads,
                                             List<PlanNote> notes) {
        OptionalDouble salToWon = DealMeasures.closeRateByCount(deals);
        if (salToWon.isPresent()) {
            notes.add(PlanNote.of(Code.WIN_RATE_DEALS, name(dealsName)));
        } else if (drivers.has(Driver.CLOSE_RATE)) {
            salToWon = drivers.value(Driver.CLOSE_RATE);
            notes.add(PlanNote.of(Code.WIN_RATE_SCENARIO));
        } else {
            notes.add(PlanNote.of(Code.WIN_RATE_NONE));
        }
        if (!hasLeads) {
            notes.add(PlanNote.of(Code.FUNNEL_NO_LEADS));
        }
        return new SourceFunnel("all", 1, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                salToWon, OptionalDouble.empty());
    }

    private static OptionalDouble cac(Drivers drivers, List<ChannelInputs> channels, List<PlanNote> notes) {
        if (drivers.has(Driver.CAC)) {
            notes.add(PlanNote.of(Code.CAC_SCENARIO));
            return drivers.value(Driver.CAC);
        }
        double spend = channels.stream().mapToDouble(ChannelInputs::spend).sum();
        long customers = channels.stream().mapToLong(ChannelInputs::newCustomers).sum();
        if (customers > 0) {
            notes.add(PlanNote.of(Code.CAC_CHANNELS));
            return OptionalDouble.of(spend / customers);
        }
        notes.add(PlanNote.of(Code.CAC_NONE));
        return OptionalDouble.empty();
    }

    private static double postSaleShare(Scenario scenario, List<PlanNote> notes) {
        OptionalDouble share = scenario.budget().map(b -> BudgetCalculator.calculate(b).postDollarsShare())
                .orElse(OptionalDouble.empty());
        if (share.isPresent() && share.getAsDouble() < 1) {
            notes.add(PlanNote.of(Code.POST_SALE_BUDGET, share(share.getAsDouble())));
            return share.getAsDouble();
        }
        notes.add(PlanNote.of(Code.POST_SALE_SEEDS));
        return SEED_POST_SALE_SHARE;
    }

    /**
     * Each month's actuals: the ledger's ARR bridge and, for the months the deals span, the bookings of the deals
     * won in it.
     */
    public static Map<YearMonth, ActualMonth> actuals(PlanData data) {
        Map<YearMonth, ActualMonth> months = new LinkedHashMap<>();
        if (data.ledger().isEmpty() || data.ledger().get().data().isEmpty()) {
            return months;
        }
        Map<YearMonth, Double> bookings = new LinkedHashMap<>();
        List<Deal> deals = data.deals().map(PlanData.Named::data).orElse(List.of());
        deals.stream().filter(deal -> deal.outcome() == Outcome.WON)
                .forEach(deal -> bookings.merge(YearMonth.from(deal.closeDate()), deal.amount(), Double::sum));
        // Bookings are known for the months the deals export spans (first to last close), not before or after it.
        Optional<YearMonth> firstClose = deals.stream().filter(d -> d.outcome().isClosed())
                .map(d -> YearMonth.from(d.closeDate())).min(YearMonth::compareTo);
        Optional<YearMonth> lastClose = deals.stream().filter(d -> d.outcome().isClosed())
                .map(d -> YearMonth.from(d.closeDate())).max(YearMonth::compareTo);
        for (MonthMovement m : CohortAnalysis.analyse(data.ledger().get().data()).months()) {
            boolean spanned = firstClose.isPresent() && !m.month().isBefore(firstClose.get())
                    && !m.month().isAfter(lastClose.get());
            OptionalDouble booked = spanned
                    ? OptionalDouble.of(bookings.getOrDefault(m.month(), 0.0)) : OptionalDouble.empty();
            months.put(m.month(), new ActualMonth(m.month(), m.mrr() * 12, (m.newMrr() + m.reactivation()) * 12,
                    m.churn() * 12, m.contraction() * 12, m.expansion() * 12, booked));
        }
        return months;
    }

    /** The plan beside the actuals, re-forecast after the last actual month. */
    public static List<ComparedMonth> againstActuals(PlanReport report, PlanData data) {
        return PlanVsActuals.compare(report, actuals(data));
    }
}
