package dev.hourglass.model.actuals;

import dev.hourglass.model.Ratios;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes metrics.md §6 from a ledger, walking each customer's own months once (never all customers per month).
 * A customer whose rows stop before the ledger's last month has 0 MRR afterwards, so it churns the month after.
 */
public final class CohortAnalysis {
    private CohortAnalysis() {
    }

    public static CohortReport analyse(Ledger ledger) {
        if (ledger.isEmpty()) {
            return new CohortReport(List.of(), List.of(), List.of());
        }
        int min = ledger.minMonthIndex();
        int months = ledger.maxMonthIndex() - min + 1;
        Sums sums = new Sums(months);
        for (int c = 0; c < ledger.customerCount(); c++) {
            walk(ledger, c, min, months, sums);
        }
        return new CohortReport(sums.movements(min), sums.cohorts(min), sums.trailing12(min));
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
