package dev.hourglass.ui.common;

import dev.hourglass.model.pipeline.Period;

/** A period offered in a {@link PeriodPicker}'s list, e.g. "2017 Q1" or "2017-02". */
public record PeriodChoice(String label, Period period) {
    @Override
    public String toString() {
        return label;
    }
}
