package dev.hourglass.model.accounts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the {@link RenewalRisk} pipeline. An open renewal whose date has passed stays in the pipeline (it is
 * overdue, not lost): only an outcome or a churn date takes an account out. An account without a score is priced
 * at the churn it measures for unscored accounts, or at the yellow setting (neither healthy nor known to be at risk).
 */
public final class RenewalRiskCalculator {
    private static final RiskBand[] BANDS = RiskBand.values();

    private RenewalRiskCalculator() {
    }

    public static RenewalRisk calculate(List<Account> accounts, HealthScores scores, HealthSettings settings) {
        Map<RiskBand, ChurnProbability> probabilities = churnProbabilities(accounts, scores, settings);
        double[] p = new double[BANDS.length];
        for (RiskBand band : BANDS) {
            p[band.ordinal()] = probabilities.get(band).probability();
        }
        TreeMap<LocalDate, Tally> quarters = new TreeMap<>();
        TreeMap<LocalDate, Tally> months = new TreeMap<>();
        Tally total = new Tally();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            if (!open(account)) {
                continue;
            }
            LocalDate date = account.renewalDate().get();
            int band = scores.band(i).ordinal();
            double arr = account.arrNow();
            LocalDate month = date.withDayOfMonth(1);
            LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
            for (Tally tally : List.of(total, months.computeIfAbsent(month, m -> new Tally()),
                    quarters.computeIfAbsent(quarter, q -> new Tally()))) {
                tally.add(band, arr, p[band]);
            }
        }
        double pipelineArr = total.arr();
        OptionalDouble grr = pipelineArr > 0
                ? OptionalDouble.of(1 - total.expectedChurned / pipelineArr) : OptionalDouble.empty();
        return new RenewalRisk(periods(quarters, d -> d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3)),
                periods(months, d -> YearMonth.from(d).toString()),
                total.arrByBand(), probabilities, total.accounts, pipelineArr, total.expectedChurned, grr);
    }

    /** A renewal date, no outcome yet, not churned. */
    static boolean open(Account account) {
        return account.renewalDate().isPresent() && account.renewed().isEmpty() && !account.churned();
    }

    /** p(band) = not renewed / known outcomes of the band when at least {@code minimumOutcomes}, else the setting. */
    public static Map<RiskBand, ChurnProbability> churnProbabilities(List<Account> accounts, HealthScores scores,
                                                                     HealthSettings settings) {
        int[] known = new int[BANDS.length];
        int[] lost = new int[BANDS.length];
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            if (account.renewed().isPresent()) {
                int band = scores.band(i).ordinal();
                known[band]++;
                if (!account.renewed().get()) {
                    lost[band]++;
                }
            }
        }
        EnumMap<RiskBand, ChurnProbability> probabilities = new EnumMap<>(RiskBand.class);
        for (RiskBand band : BANDS) {
            int k = known[band.ordinal()];
            int l = lost[band.ordinal()];
            boolean measured = k > 0 && k >= settings.minimumOutcomes();
            double p = measured ? (double) l / k : setting(band, settings);
            probabilities.put(band, new ChurnProbability(band, p, measured, k, l));
        }
        return probabilities;
    }

    private static double setting(RiskBand band, HealthSettings settings) {
        return switch (band) {
            case GREEN -> settings.greenChurn();
            case YELLOW, UNSCORED -> settings.yellowChurn();
            case RED -> settings.redChurn();
        };
    }

    private static List<RenewalPeriod> periods(TreeMap<LocalDate, Tally> tallies, Function<LocalDate, String> label) {
        List<RenewalPeriod> periods = new ArrayList<>(tallies.size());
        tallies.forEach((start, t) -> periods.add(new RenewalPeriod(label.apply(start), start, t.accounts,
                t.arrByBand(), t.arr(), t.expectedChurned)));
        return periods;
    }

    private static final class Tally {
        private final double[] arr = new double[BANDS.length];
        private int accounts;
        private double expectedChurned;

        void add(int band, double value, double p) {
            arr[band] += value;
            accounts++;
            expectedChurned += value * p;
        }

        /** The sum of the bands, so that the bands add up to the total exactly. */
        double arr() {
            double sum = 0;
            for (double value : arr) {
                sum += value;
            }
            return sum;
        }

        Map<RiskBand, Double> arrByBand() {
            EnumMap<RiskBand, Double> byBand = new EnumMap<>(RiskBand.class);
            for (RiskBand band : BANDS) {
                byBand.put(band, arr[band.ordinal()]);
            }
            return byBand;
        }
    }
}
