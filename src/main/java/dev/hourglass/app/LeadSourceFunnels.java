package dev.hourglass.app;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanNote.Code;
import dev.hourglass.model.plan.SourceFunnel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Each lead source's funnel as the plan runs it: its share of the won leads, the conversion of each step into the
 * next (where the export had both steps), and its cost per lead from the channel of the same name (spend / leads).
 */
final class LeadSourceFunnels {
    private LeadSourceFunnels() {
    }

    /** The sources that won leads, most won first; empty when the leads won none (or the export has no won step). */
    static List<SourceFunnel> of(LeadData data, List<ChannelInputs> channels, String importName, List<PlanNote> notes) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Lead lead : data.leads()) {
            long[] c = counts.computeIfAbsent(lead.source(), s -> new long[LeadStage.values().length]);
            for (LeadStage step : LeadStage.values()) {
                if (lead.reached(step)) {
                    c[step.ordinal()]++;
                }
            }
        }
        long won = counts.values().stream().mapToLong(c -> c[LeadStage.WON.ordinal()]).sum();
        if (!data.steps().contains(LeadStage.WON) || won == 0) {
            notes.add(PlanNote.of(Code.FUNNEL_NO_WON_LEAD, NoteValue.name(importName)));
            return List.of();
        }
        List<SourceFunnel> sources = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long[] c = entry.getValue();
            if (c[LeadStage.WON.ordinal()] == 0) {
                leftOut.add(entry.getKey());
                continue;
            }
            Map<LeadStage, OptionalDouble> into = new EnumMap<>(LeadStage.class);
            for (LeadStage step : List.of(LeadStage.MQL, LeadStage.SQL, LeadStage.SAL, LeadStage.WON)) {
                LeadStage before = LeadStage.values()[step.ordinal() - 1];
                into.put(step, data.steps().contains(step) && data.steps().contains(before)
                        ? Ratios.ratio(c[step.ordinal()], c[before.ordinal()]) : OptionalDouble.empty());
            }
            OptionalDouble costPerLead = channels.stream()
                    .filter(ch -> ch.name().toLowerCase(Locale.ROOT).equals(entry.getKey().toLowerCase(Locale.ROOT)))
                    .findFirst().map(ch -> Ratios.ratio(ch.spend(), c[0])).orElse(OptionalDouble.empty());
            sources.add(new SourceFunnel(entry.getKey(), (double) c[LeadStage.WON.ordinal()] / won,
                    into.get(LeadStage.MQL), into.get(LeadStage.SQL), into.get(LeadStage.SAL), into.get(LeadStage.WON),
                    costPerLead));
        }
        sources.sort((a, b) -> Double.compare(b.customerShare(), a.customerShare()));
        notes.add(PlanNote.of(Code.FUNNEL_BY_SOURCE, NoteValue.count(data.leads().size()), NoteValue.name(importName),
                NoteValue.count(won)));
        if (!leftOut.isEmpty()) {
            notes.add(PlanNote.of(Code.FUNNEL_LEFT_OUT, NoteValue.name(String.join(", ", leftOut))));
        }
        List<String> priced = sources.stream().filter(s -> s.costPerLead().isPresent()).map(SourceFunnel::source).toList();
        notes.add(priced.isEmpty() ? PlanNote.of(Code.COST_PER_LEAD_NONE)
                : PlanNote.of(Code.COST_PER_LEAD_CHANNELS, NoteValue.name(String.join(", ", priced))));
        return sources;
    }
}
