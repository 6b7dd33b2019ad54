package dev.hourglass.model.leads;

import dev.hourglass.model.Require;
import dev.hourglass.model.pipeline.LeadStage;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One marketing lead: when it was created, where it came from, the furthest step of the funnel it reached (a later
 * step implies the earlier ones) and the dates of the steps the export dated. {@code amount} is the won deal's.
 * A step date is null when the export had none for it (a yes/no column, a blank, or a step implied by a later one).
 */
public record Lead(String id, LocalDate createdDate, String source, String campaign, LeadStage reached,
                   LocalDate mqlDate, LocalDate sqlDate, LocalDate salDate, LocalDate wonDate, OptionalDouble amount) {
    /** The group name of a lead whose export left the source or campaign blank. */
    public static final String NONE = "(none)";

    public Lead {
        Require.notBlank("lead id", id);
        Require.present("created date", createdDate);
        Require.present("reached step", reached);
        source = source == null || source.isBlank() ? NONE : source;
        campaign = campaign == null || campaign.isBlank() ? NONE : campaign;
        Require.present("amount", amount);
        if (amount.isPresent()) {
            Require.nonNegative("amount", Require.finite("amount", amount.getAsDouble()));
        }
    }

    public boolean reached(LeadStage step) {
        return reached.compareTo(step) >= 0;
    }

    /** The date the lead reached a step, or null when the export gave none. */
    public LocalDate dateOf(LeadStage step) {
        return switch (step) {
            case LEAD -> createdDate;
            case MQL -> mqlDate;
            case SQL -> sqlDate;
            case SAL -> salDate;
            case WON -> wonDate;
        };
    }
}
