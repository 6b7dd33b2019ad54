package dev.hourglass.model.leads;

import dev.hourglass.model.Require;
import dev.hourglass.model.pipeline.LeadStage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The leads of one export and the funnel steps it had a column for. The lead step is always there; a step the
 * export had no column for is left out of the funnel, never shown as 0.
 */
public record LeadData(List<Lead> leads, Set<LeadStage> steps) {
    public LeadData {
        leads = List.copyOf(Require.present("leads", leads));
        EnumSet<LeadStage> known = EnumSet.of(LeadStage.LEAD);
        known.addAll(Require.present("steps", steps));
        steps = Set.copyOf(known);
    }

    /** The steps of the funnel in order, lead first. */
    public List<LeadStage> orderedSteps() {
        return EnumSet.copyOf(steps).stream().toList();
    }
}
