package dev.hourglass.model.actuals;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Computes metrics.md §6 from a ledger, walking each customer's own months once (never all customers per month).
 * A customer whose rows stop before the ledger's last month has 0 MRR afterwards, so it churns the month after.
 */
public final class CohortAnalysis {
    /**
     * From this many customer-months the customers are walked in two halves, the second on another thread, and their
     * sums added: a million-row ledger's walk took 16-23 ms on one thread at the command line's compiler. Smaller
     * ledgers are walked in one go. The halves depend on the ledger only, not on the machine, so every machine sums
     * in the same order and prints the same figures.
     */
    static final long IN_HALVES_FROM = 100_000;

    private CohortAnalysis() {
    }

    public static CohortReport analyse(Ledger ledger) {
        return analyse(ledger, IN_HALVES_FROM);
    }

    /** @param inHalvesFrom the customer-months from which the customers are walked in two halves */
    static CohortReport analyse(Ledger ledger, long inHalvesFrom) {
        if (ledger.isEmpty()) {
            return new CohortReport(List.of(), List.of(), List.of());
        }
        int min = ledger.minMonthIndex();
        int months = ledger.maxMonthIndex() - min + 1;
        int customers = ledger.customerCount();
        Sums sums;
        if (ledger.rowCount() < inHalvesFrom || customers < 2) {
            sums = walk(ledger, 0, customers, min, months);
        } else {
            int half = customers / 2;
            FutureTask<Sums> second = new FutureTask<>(() -> walk(ledger, half, customers, min, months));
            Thread thread = new Thread(second, "cohort-analysis");
            thread.setDaemon(true);
            thread.start();
            sums = walk(ledger, 0, half, min, months);
            sums.add(result(second));
        }
        return new CohortReport(sums.movements(min), sums.cohorts(min), sums.trailing12(min));
    }

    /** The sums of customers {@code from} (inclusive) to {@code to} (exclusive). */
    private static Sums walk(Ledger ledger, int from, int to, int min, int months) {
        Sums sums = new Sums(months);
        for (int c = from; c < to; c++) {
            walk(ledger, c, min, months, sums);
        }
        return sums;
    }

    private static Sums result(FutureTask<Sums> task) {
        try {
            return Waits.uninterruptibly(task::get);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void walk(Ledger ledger, int customer, int min, int months, Sums s) {
        // the customer's own months as an array, read directly: at the command line's compiler (C1) a call and
        // its bounds checks for each of a million customer-months were a tenth of a cohorts run's analysis
        double[] values = ledger.monthsOf(customer);
        int first = ledger.firstMonthIndex(customer) - min;
        int to = Math.min(first + values.length, months - 1); // one month past the rows, to see churn
        int cohort = -1;
        double[] cohortMrr = null;
        double[] cohortPaying = null;
        double previous = 0;
        for (int m = first; m <= to; m++) {
            int offset = m - first;
            double now = offset < values.length ? values[offset] : 0;
            if (previous == 0 && now > 0) {
                if (cohort < 0) {
                    cohort = m;
                    s.newMrr[m] += now;
                    double[][] curves = s.cohort(cohort);
                    cohortMrr = curves[0];
                    cohortPaying = curves[1];
                } else {
                    s.reactivation[m] += now;
                }
            } else if (previous > 0 && now == 0) {
                s.churn[m] += previous;
            } else if (now > previous) {
                s.expansion[m] += now - previous;
            } else if (now < previous) {
                s.contraction[m] += previous - now;
            }
            if (now > 0) {
                s.mrr[m] += now;
                s.customers[m]++;
                if (m + 12 < months) {
                    int laterOffset = offset + 12;
                    double later = laterOffset < values.length ? values[laterOffset] : 0;
                    s.trailingBase[m + 12] += now;
                    s.trailingNet[m + 12] += later;
                    s.trailingGross[m + 12] += Math.min(later, now);
                }
            }
            if (cohort >= 0) {
                if (m == cohort) {
                    s.cohortSize[cohort]++;
                    s.cohortStartMrr[cohort] += now;
                }
                cohortMrr[m - cohort] += now;
                cohortPaying[m - cohort] += now > 0 ? 1 : 0;
            }
            previous = now;
        }
    }

    /** Per-month running sums of one analysis. */
    private static final class Sums {
        final double[] mrr;
        final int[] customers;
        final double[] newMrr;
        final double[] expansion;
        final double[] contraction;
        final double[] churn;
        final double[] reactivation;
        final double[] trailingBase;
        final double[] trailingNet;
        final double[] trailingGross;
        final int[] cohortSize;
        final double[] cohortStartMrr;
        /** Per cohort month: [0] = MRR by age, [1] = paying customers by age; allocated when first needed. */
        final double[][][] cohortCurves;

        Sums(int months) {
            mrr = new double[months];
            customers = new int[months];
            newMrr = new double[months];
            expansion = new double[months];
            contraction = new double[months];
            churn = new double[months];
            reactivation = new double[months];
            trailingBase = new double[months];
            trailingNet = new double[months];
            trailingGross = new double[months];
            cohortSize = new int[months];
            cohortStartMrr = new double[months];
            cohortCurves = new double[months][][];
        }

        /** Adds another part's sums (other customers, the same months) to these. */
        void add(Sums other) {
            for (int m = 0; m < mrr.length; m++) {
                mrr[m] += other.mrr[m];
                customers[m] += other.customers[m];
                newMrr[m] += other.newMrr[m];
                expansion[m] += other.expansion[m];
                contraction[m] += other.contraction[m];
                churn[m] += other.churn[m];
                reactivation[m] += other.reactivation[m];
                trailingBase[m] += other.trailingBase[m];
                trailingNet[m] += other.trailingNet[m];
                trailingGross[m] += other.trailingGross[m];
                cohortSize[m] += other.cohortSize[m];
                cohortStartMrr[m] += other.cohortStartMrr[m];
                if (other.cohortCurves[m] != null) {
                    double[][] curves = cohort(m);
                    for (int k = 0; k < 2; k++) {
                        for (int age = 0; age < curves[k].length; age++) {
                            curves[k][age] += other.cohortCurves[m][k][age];
                        }
                    }
                }
            }
        }

        double[][] cohort(int month) {
            if (cohortCurves[month] == null) {
                int ages = mrr.length - month;
                cohortCurves[month] = new double[][] {new double[ages], new double[ages]};
            }
            return cohortCurves[month];
        }

        List<MonthMovement> movements(int min) {
            List<MonthMovement> list = new ArrayList<>(mrr.length);
            for (int m = 0; m < mrr.length; m++) {
                list.add(new MonthMovement(Ledger.toYearMonth(min + m), mrr[m], customers[m], newMrr[m], expansion[m],
                        contraction[m], churn[m], reactivation[m]));
            }
            return list;
        }

        List<Cohort> cohorts(int min) {
            List<Cohort> list = new ArrayList<>();
            for (int m = 0; m < mrr.length; m++) {
                if (cohortSize[m] == 0) {
                    continue;
                }
                double[][] curves = cohortCurves[m];
                List<Double> revenue = new ArrayList<>(curves[0].length);
                List<Double> logos = new ArrayList<>(curves[0].length);
                for (int age = 0; age < curves[0].length; age++) {
                    revenue.add(curves[0][age] / cohortStartMrr[m]);
                    logos.add(curves[1][age] / cohortSize[m]);
                }
                list.add(new Cohort(Ledger.toYearMonth(min + m), cohortSize[m], cohortStartMrr[m], revenue, logos));
            }
            return list;
        }

        List<TrailingTwelve> trailing12(int min) {
            List<TrailingTwelve> list = new ArrayList<>();
            for (int m = 12; m < mrr.length; m++) {
                list.add(new TrailingTwelve(Ledger.toYearMonth(min + m), Ratios.ratio(trailingNet[m], trailingBase[m]),
                        Ratios.ratio(trailingGross[m], trailingBase[m])));
            }
            return list;
        }
    }
}
