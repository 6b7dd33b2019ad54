package dev.hourglass.model.retention;

import java.util.ArrayList;
import java.util.List;

/** GRR, NRR and the multi-year ARR bridge (metrics.md §2). */
public final class RetentionCalculator {
    private RetentionCalculator() {
    }

    public static RetentionResult calculate(RetentionInputs in) {
        return new RetentionResult(in.rates().grr(), in.rates().nrr(), bridge(in),
                in.nrrImprovement().map(question -> question.valueFor(in.startArr())));
    }

    /** New ARR booked in a year is retained from the next year on. */
    public static List<ArrBridgeYear> bridge(RetentionInputs in) {
        RetentionRates rates = in.rates();
        List<ArrBridgeYear> years = new ArrayList<>(in.years());
        double opening = in.startArr();
        for (int year = 1; year <= in.years(); year++) {
            double newArr = in.newArrInYear(year);
            double closing = opening * rates.nrr() + newArr;
            years.add(new ArrBridgeYear(year, opening, opening * rates.churnRate(), opening * rates.contractionRate(),
                    opening * rates.expansionRate(), newArr, closing));
            opening = closing;
        }
        return years;
    }
}
