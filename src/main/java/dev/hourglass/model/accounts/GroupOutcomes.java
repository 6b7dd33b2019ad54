package dev.hourglass.model.accounts;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.Require;
import dev.hourglass.model.channels.ChannelCalculator;
import dev.hourglass.model.channels.ChannelInputs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Outcomes by acquisition source or campaign (metrics.md §7), ranked by value, not volume.
 *
 * <p>Group LTV (metrics.md §7) is §1 through the channel LTV (annual billing, 60 months, no discount) with: ACV = the
 * group's mean starting ARR, the gross margin given, annual churn = 1 − 12-month logo retention, and annual expansion
 * of surviving customers = (Σ ARR now ÷ Σ starting ARR of the survivors)^(1 / their mean age in years) − 1, at
 * least 0, where the survivors are the accounts started at least 12 months before the as-of date and still customers
 * at it. A lifetime NRR is never compounded as if it were a yearly rate. It is empty with fewer than
 * {@link #MINIMUM_SURVIVORS} survivors, or without ARR.
 *
 * <p>Every figure is as of the date given ({@link PointInTime}): later churns and renewal outcomes are unknown, later
 * starts are left out.
 *
 * <p>Expansion ARR is net of contractions (a negative {@code expansionArr}), as the NRR is. The activation rate is
 * over the accounts whose activation is known: no data when the export has no activation column.
 *
 * <p>A non-renewal counts as churn within the first year when its renewal date is at most 12 months after the start;
 * a non-renewal without a date does not count (it cannot be placed in time).
 */
public final class GroupOutcomes {
    /** Survivors a group needs before its expansion, and so its LTV, is measured. */
    public static final int MINIMUM_SURVIVORS = 5;

    private GroupOutcomes() {
    }

    public static List<GroupOutcome> bySource(List<Account> accounts, Map<String, Double> spend, double grossMargin,
                                              LocalDate asOf) {
        return rank(accounts, Account::source, spend, grossMargin, asOf);
    }

    public static List<GroupOutcome> byCampaign(List<Account> accounts, Map<String, Double> spend,
                                                double grossMargin, LocalDate asOf) {
        return rank(accounts, Account::campaign, spend, grossMargin, asOf);
    }

    /**
     * Ranked by value, not volume (metrics.md §7): groups with an LTV:CAC first, highest first; then those without
     * one (no spend, or no LTV) by LTV, highest first, those without an LTV after them; equal values by customers,
     * most first, and only then by group name.
     */
    public static List<GroupOutcome> rank(List<Account> accounts, Function<Account, String> key,
                                          Map<String, Double> spend, double grossMargin, LocalDate asOf) {
        Require.fraction("gross margin", grossMargin);
        Require.present("analysis date", asOf);
        spend.forEach((group, value) -> Require.nonNegative("spend of " + group, value == null ? 0 : value));
        Map<String, List<Account>> groups = new LinkedHashMap<>();
        for (Account account : PointInTime.of(accounts, asOf).accounts()) {
            groups.computeIfAbsent(key.apply(account), g -> new ArrayList<>()).add(account);
        }
        List<GroupOutcome> outcomes = new ArrayList<>(groups.size());
        groups.forEach((group, members) -> outcomes.add(
                of(group, members, spend.get(group), grossMargin, asOf)));
        outcomes.sort(BY_VALUE);
        return List.copyOf(outcomes);
    }

    private static final Comparator<GroupOutcome> BY_VALUE = Comparator
            .comparing((GroupOutcome o) -> o.ltvToCac().isEmpty())
            .thenComparingDouble(o -> highestFirst(o.ltvToCac()))
            .thenComparing(o -> o.ltv().isEmpty())
            .thenComparingDouble(o -> highestFirst(o.ltv()))
            .thenComparing(Comparator.comparingInt(GroupOutcome::customers).reversed())
            .thenComparing(GroupOutcome::group);

    private static double highestFirst(OptionalDouble value) {
        return value.isPresent() ? -value.getAsDouble() : 0;
    }

    static GroupOutcome of(String group, List<Account> members, Double spendOrNull, double grossMargin,
                           LocalDate asOf) {
        int customers = members.size();
        int activated = 0;
        int activationKnown = 0;
        int retained = 0;
        int yearOld = 0;
        int retainedAYear = 0;
        double startingArr = 0;
        double arrNow = 0;
        double expansionArr = 0;
        double adoptionSum = 0;
        int adoptionCount = 0;
        int[] daysToFirstValue = new int[customers];
        int firstValueCount = 0;
        int survivors = 0;
        double survivorsStartingArr = 0;
        double survivorsArrNow = 0;
        long survivorsMonths = 0;
        for (Account a : members) {
            activationKnown += a.activationKnown() ? 1 : 0;
            activated += a.activated() ? 1 : 0;
            retained += a.churned() ? 0 : 1;
            startingArr += a.arr();
            arrNow += a.arrNow();
            expansionArr += a.expansionArr();
            double adoption = Usage.adoption(a);
            if (!Double.isNaN(adoption)) {
                adoptionSum += adoption;
                adoptionCount++;
            }
            if (a.daysToFirstValue().isPresent()) {
                daysToFirstValue[firstValueCount++] = a.daysToFirstValue().getAsInt();
            }
            LocalDate yearLater = a.startDate().plusMonths(12);
            if (!yearLater.isAfter(asOf)) {
                yearOld++;
                retainedAYear += churnedWithin(a, yearLater) ? 0 : 1;
                if (!a.churned()) {
                    survivors++;
                    survivorsStartingArr += a.arr();
                    survivorsArrNow += a.arrNow();
                    survivorsMonths += ChronoUnit.MONTHS.between(a.startDate(), asOf);
                }
            }
        }
        OptionalDouble spend = spendOrNull == null ? OptionalDouble.empty() : OptionalDouble.of(spendOrNull);
        OptionalDouble cac = spend.isPresent() ? Ratios.ratio(spendOrNull, customers) : OptionalDouble.empty();
        OptionalDouble retention = Ratios.ratio(retainedAYear, yearOld);
        OptionalDouble nrr = Ratios.ratio(arrNow, startingArr);
        OptionalDouble meanAge = survivors == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(survivorsMonths / 12.0 / survivors);
        OptionalDouble expansion = survivors < MINIMUM_SURVIVORS || !(survivorsStartingArr > 0)
                ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0,
                Math.pow(survivorsArrNow / survivorsStartingArr, 1 / meanAge.getAsDouble()) - 1));
        OptionalDouble ltv = ltv(group, startingArr / customers, grossMargin, retention, expansion);
        OptionalDouble ltvToCac = ltv.isPresent() && cac.isPresent()
                ? Ratios.ratio(ltv.getAsDouble(), cac.getAsDouble()) : OptionalDouble.empty();
        return new GroupOutcome(group, customers, spend, cac, Ratios.ratio(activated, activationKnown),
                median(Arrays.copyOf(daysToFirstValue, firstValueCount)),
                Ratios.ratio(adoptionSum, adoptionCount), yearOld, retention, startingArr, arrNow, nrr,
                expansionArr, retained,
                spend.isPresent() ? Ratios.ratio(spendOrNull, retained) : OptionalDouble.empty(), survivors,
                survivorsStartingArr, survivorsArrNow, meanAge, expansion, ltv, ltvToCac);
    }

    static boolean churnedWithin(Account a, LocalDate until) {
        boolean left = a.churnDate().isPresent() && !a.churnDate().get().isAfter(until);
        boolean notRenewed = a.renewed().isPresent() && !a.renewed().get()
                && a.renewalDate().isPresent() && !a.renewalDate().get().isAfter(until);
        return left || notRenewed;
    }

    private static OptionalDouble ltv(String group, double meanArr, double grossMargin, OptionalDouble retention,
                                      OptionalDouble expansion) {
        if (retention.isEmpty() || expansion.isEmpty() || !(meanArr > 0)) {
            return OptionalDouble.empty();
        }
        ChannelInputs inputs = new ChannelInputs(group.isBlank() ? "(none)" : group, 0, 0, 0, 0,
                1 - retention.getAsDouble(), expansion.getAsDouble(), meanArr, grossMargin);
        return OptionalDouble.of(ChannelCalculator.calculate(inputs).ltv());
    }

    static OptionalDouble median(int[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return OptionalDouble.of(values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0);
    }
}
