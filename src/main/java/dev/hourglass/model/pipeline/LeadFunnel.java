package dev.hourglass.model.pipeline;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Counts at each step of Lead → MQL → SQL → SAL → Won, and the conversion between neighbouring steps. */
public record LeadFunnel(long leads, long mqls, long sqls, long sals, long won) {
    public LeadFunnel {
        Require.nonNegative("leads", leads);
        Require.nonNegative("MQLs", mqls);
        Require.nonNegative("SQLs", sqls);
        Require.nonNegative("SALs", sals);
        Require.nonNegative("won deals", won);
    }

    /** One step of the funnel: how many reached it and what share of the step before did. */
    public record Step(LeadStage stage, long count, OptionalDouble conversionFromPrevious,
                       OptionalDouble conversionFromLeads) {
    }

    public long count(LeadStage stage) {
        return switch (stage) {
            case LEAD -> leads;
            case MQL -> mqls;
            case SQL -> sqls;
            case SAL -> sals;
            case WON -> won;
        };
    }

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        LeadStage[] stages = LeadStage.values();
        for (int i = 0; i < stages.length; i++) {
            long count = count(stages[i]);
            OptionalDouble fromPrevious = i == 0 ? OptionalDouble.empty() : Ratios.ratio(count, count(stages[i - 1]));
            steps.add(new Step(stages[i], count, fromPrevious, Ratios.ratio(count, leads)));
        }
        return List.copyOf(steps);
    }

    /** The conversion into {@code stage} from the step before it; no data for leads or an empty step. */
    public OptionalDouble conversionInto(LeadStage stage) {
        return stage == LeadStage.LEAD ? OptionalDouble.empty()
                : Ratios.ratio(count(stage), count(LeadStage.values()[stage.ordinal() - 1]));
    }
}
