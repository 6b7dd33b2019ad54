package dev.hourglass.model.plan;

import dev.hourglass.model.InvalidInputException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The revenue plan (forecast.md §4), month by month. Backwards from a target (an ending ARR or a growth), new ARR
 * grows with the ARR base: each month books the same share of its opening ARR, so ARR grows by the same percentage
 * every month and the last month closes exactly at the target — g = (target ÷ opening)^(1/M), share = g − f with f
 * the monthly factor (closed form). A plan opening at 0 ARR has no base to grow with and books the same new ARR every
 * month. Forwards from a budget, the budget is spent evenly and buys the same new ARR every month. Each month's
 * bookings are its new ARR; the pipeline and the funnel of a month feed the bookings one sales cycle later, and
 * bookings after the plan are taken to go on at the last month's level, so the last months still build pipeline.
 * Unknown rates give NaN counts, never a guess.
 */
public final class RevenuePlanner {
    private RevenuePlanner() {
    }

    public static RevenuePlan plan(PlanInputs in, PlanGoal goal) {
        return months(in, in.start(), in.months(), in.openingArr(), newArr(in, goal));
    }

    /** How much new ARR each month books to reach the goal. */
    public static NewArrRule newArr(PlanInputs in, PlanGoal goal) {
        if (goal instanceof PlanGoal.TargetArr t) {
            return backSolve(in, t.arr(), "target ARR");
        }
        if (goal instanceof PlanGoal.Growth g) {
            return backSolve(in, in.openingArr() * (1 + g.share()), "growth");
        }
        return NewArrRule.flat(((PlanGoal.Budget) goal).total() / in.months() / spendPerNewArr(in));
    }

    /**
     * With an opening ARR: closing(m) = opening · (f + share)^m, so share = (target ÷ opening)^(1/M) − f. Opening at
     * 0: closing(M) = n · (1 + f + … + f^(M−1)), solved for the same n every month.
     */
    private static NewArrRule backSolve(PlanInputs in, double target, String field) {
        double factor = in.retention().monthlyFactor();
        double opening = in.openingArr();
        double needed;
        if (opening > 0) {
            needed = Math.pow(target / opening, 1.0 / in.months()) - factor;
        } else {
            double sum = 0;
            for (int i = 0; i < in.months(); i++) {
                sum += Math.pow(factor, i);
            }
            needed = target / sum;
        }
        if (needed < 0) {
            if (needed > -1e-12) {
                needed = 0;
            } else {
                double kept = opening * Math.pow(factor, in.months());
                throw new InvalidInputException(field, "the opening ARR alone closes at " + Math.round(kept)
                        + " after " + in.months() + " months, above the target of " + Math.round(target)
                        + ": the plan needs no new ARR");
            }
        }
        return opening > 0 ? new NewArrRule(0, needed) : NewArrRule.flat(needed);
    }

    /** Acquisition spend per dollar of new ARR, over all sources. */
    static double spendPerNewArr(PlanInputs in) {
        double perCustomer = 0;
        for (SourceFunnel source : in.sources()) {
            perCustomer += source.customerShare() * costPerCustomer(in, source);
        }
        if (Double.isNaN(perCustomer)) {
            throw new InvalidInputException("budget", "a budget needs what a new customer costs: a cost per lead with "
                    + "every funnel rate, or a CAC");
        }
        if (perCustomer == 0) {
            throw new InvalidInputException("budget", "new customers cost nothing in these inputs, so no budget "
                    + "tells how many to win");
        }
        return perCustomer / in.acv();
    }

    private static double costPerCustomer(PlanInputs in, SourceFunnel source) {
        if (source.costPerLead().isPresent()) {
            double leadsPerCustomer = 1 / (known(source.leadToMql()) * known(source.mqlToSql())
                    * known(source.sqlToSal()) * known(source.salToWon()));
            return leadsPerCustomer * source.costPerLead().getAsDouble();
        }
        return in.cac().isPresent() ? in.cac().getAsDouble() : Double.NaN;
    }

    /**
     * The plan's months from {@code from} on, opening at {@code opening} and booking the new ARR of {@code rule}; the
     * pipeline and funnel of each month feed the bookings one sales cycle later (the last month's beyond the end).
     */
    public static RevenuePlan months(PlanInputs in, YearMonth from, int count, double opening, NewArrRule rule) {
        MonthlyRetention r = in.retention();
        double[] openings = new double[count];
        double[] newArr = new double[count];
        double arr = opening;
        for (int i = 0; i < count; i++) {
            openings[i] = arr;
            newArr[i] = rule.of(arr);
            arr = closing(r, arr, newArr[i]);
        }
        List<PlanMonth> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            months.add(month(in, from.plusMonths(i), openings[i], newArr[i], newArr[oneCycleLater(in, i, count)]));
        }
        double newTotal = 0;
        double spend = 0;
        double leads = 0;
        for (PlanMonth month : months) {
            newTotal += month.newArr();
            spend += month.acquisitionSpend();
            leads += month.leads();
        }
        return new RevenuePlan(months, new PlanTotals(newTotal, spend, leads));
    }

    /** A month's closing ARR: opening − churned − contracted + expanded + new ARR. */
    private static double closing(MonthlyRetention r, double opening, double newArr) {
        return opening - opening * r.churn() - opening * r.contraction() + opening * r.expansion() + newArr;
    }

    /** The month whose bookings month {@code i}'s pipeline feeds: one sales cycle later, at most the last. */
    private static int oneCycleLater(PlanInputs in, int i, int count) {
        return Math.min(i + in.salesCycleMonths(), count - 1);
    }

    /**
     * One month: its ARR bridge with {@code newArr} booked, and the pipeline and funnel that feed
     * {@code bookingsOneCycleLater}.
     */
    private static PlanMonth month(PlanInputs in, YearMonth month, double opening, double newArr,
                                   double bookingsOneCycleLater) {
        MonthlyRetention r = in.retention();
        double churned = opening * r.churn();
        double contracted = opening * r.contraction();
        double expanded = opening * r.expansion();
        double closing = closing(r, opening, newArr);
        List<SourceMonth> sources = sources(in, month, bookingsOneCycleLater);
        double sals = 0;
        double sqls = 0;
        double mqls = 0;
        double leads = 0;
        double spend = 0;
        for (SourceMonth s : sources) {
            sals += s.sals();
            sqls += s.sqls();
            mqls += s.mqls();
            leads += s.leads();
            spend += s.acquisitionSpend();
        }
        double postSale = spend * in.postSaleShare() / (1 - in.postSaleShare());
        double sellers = in.productivityPerSeller().isPresent()
                ? newArr / in.productivityPerSeller().getAsDouble() : Double.NaN;
        return new PlanMonth(month, opening, churned, contracted, expanded, newArr, closing, newArr,
                bookingsOneCycleLater * in.requiredCoverage(), sals, sqls, mqls, leads, spend, postSale, sellers);
    }

    /** Each source's funnel in {@code month}, feeding the bookings one sales cycle later. */
    public static List<SourceMonth> sources(PlanInputs in, YearMonth month, double bookingsOneCycleLater) {
        double customers = bookingsOneCycleLater / in.acv();
        List<SourceMonth> rows = new ArrayList<>(in.sources().size());
        for (SourceFunnel source : in.sources()) {
            double won = customers * source.customerShare();
            double sals = won / known(source.salToWon());
            double sqls = sals / known(source.sqlToSal());
            double mqls = sqls / known(source.mqlToSql());
            double leads = mqls / known(source.leadToMql());
            double spend = source.costPerLead().isPresent() ? leads * source.costPerLead().getAsDouble()
                    : won * (in.cac().isPresent() ? in.cac().getAsDouble() : Double.NaN);
            rows.add(new SourceMonth(month, source.source(), won, sals, sqls, mqls, leads, spend));
        }
        return rows;
    }

    /** Each source's funnel in every month of the plan, feeding the bookings one sales cycle later. */
    public static List<SourceMonth> sources(PlanInputs in, RevenuePlan plan) {
        List<SourceMonth> rows = new ArrayList<>();
        List<PlanMonth> months = plan.months();
        for (int i = 0; i < months.size(); i++) {
            rows.addAll(sources(in, months.get(i).month(),
                    months.get(oneCycleLater(in, i, months.size())).bookings()));
        }
        return rows;
    }

    /** The pipeline to create before the plan starts for the bookings of its first sales cycle. */
    public static double pipelineBeforeStart(PlanInputs in, RevenuePlan plan) {
        double bookings = 0;
        for (int i = 0; i < Math.min(in.salesCycleMonths(), plan.months().size()); i++) {
            bookings += plan.months().get(i).bookings();
        }
        return bookings * in.requiredCoverage();
    }

    /**
     * The rest of the plan re-forecast from an actual: the months after {@code lastActual} up to the plan's end,
     * opening at the actual closing ARR, booking new ARR by the plan's rule with the same rates.
     */
    public static List<PlanMonth> reforecast(PlanInputs in, NewArrRule rule, YearMonth lastActual,
                                             double lastActualArr) {
        YearMonth from = lastActual.plusMonths(1);
        if (from.isBefore(in.start())) {
            from = in.start();
        }
        int count = (int) from.until(in.end(), ChronoUnit.MONTHS);
        if (count <= 0) {
            return List.of();
        }
        return months(in, from, count, lastActualArr, rule).months();
    }

    private static double known(OptionalDouble rate) {
        return rate.isPresent() ? rate.getAsDouble() : Double.NaN;
    }
}
