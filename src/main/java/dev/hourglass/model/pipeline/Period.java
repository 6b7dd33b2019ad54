package dev.hourglass.model.pipeline;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.time.LocalDate;

/** A reporting period, both ends inclusive. */
public record Period(LocalDate start, LocalDate end) {
    public Period {
        Require.present("period start", start);
        Require.present("period end", end);
        if (end.isBefore(start)) {
            throw new InvalidInputException("period", "period end " + end + " is before its start " + start,
                    Rule.END_BEFORE_START, start, end);
        }
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean isAfterEnd(LocalDate date) {
        return date.isAfter(end);
    }
}
