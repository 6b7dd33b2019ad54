package dev.hourglass.model.forecast;

import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The calendar periods a backtest steps through. */
public enum PeriodLength {
    MONTH(1), QUARTER(3);

    private final int months;

    PeriodLength(int months) {
        this.months = months;
    }

    /** The calendar period holding the date. */
    public Period holding(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
        return new Period(start, start.plusMonths(months).minusDays(1));
    }

    /**
     * The periods a backtest covers (forecast.md §2): each starts after the first snapshot and ends on or before the
     * latest, and lies within [from, to] where those are given (null: no bound).
     */
    public List<Period> between(LocalDate firstSnapshot, LocalDate latestSnapshot, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        Period p = holding(firstSnapshot);
        while (!p.end().isAfter(latestSnapshot)) {
            boolean inside = p.start().isAfter(firstSnapshot) && (from == null || !p.start().isBefore(from))
                    && (to == null || !p.end().isAfter(to));
            if (inside) {
                periods.add(p);
            }
            LocalDate next = p.end().plusDays(1);
            p = new Period(next, next.plusMonths(months).minusDays(1));
        }
        return periods;
    }
}
