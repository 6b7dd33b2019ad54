package dev.hourglass.model.forecast;

import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Periods of the same length as one period, laid end to end before and after it: whole calendar months when the
 * period is made of whole months (a quarter stays a quarter whatever its days), else blocks of its number of days.
 * Index 0 is the period itself, -1 the one before it.
 */
public final class PeriodGrid {
    private final Period anchor;
    private final int months;
    private final long days;

    public PeriodGrid(Period anchor) {
        this.anchor = anchor;
        LocalDate start = anchor.start();
        LocalDate end = anchor.end();
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
        this.months = wholeMonths ? (int) ChronoUnit.MONTHS.between(start, end.plusDays(1)) : 0;
        this.days = ChronoUnit.DAYS.between(start, end) + 1;
    }

    public Period anchor() {
        return anchor;
    }

    /** The index of the period holding the date. */
    public long indexOf(LocalDate date) {
        if (months > 0) {
            long monthsFromStart = ChronoUnit.MONTHS.between(anchor.start(), date.withDayOfMonth(1));
            return Math.floorDiv(monthsFromStart, months);
        }
        return Math.floorDiv(ChronoUnit.DAYS.between(anchor.start(), date), days);
    }

    public Period period(long index) {
        if (months > 0) {
            LocalDate start = anchor.start().plusMonths(index * months);
            return new Period(start, start.plusMonths(months).minusDays(1));
        }
        LocalDate start = anchor.start().plusDays(index * days);
        return new Period(start, start.plusDays(days - 1));
    }
}
