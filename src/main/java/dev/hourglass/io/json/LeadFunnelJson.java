package dev.hourglass.io.json;

import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.model.leads.GroupFunnel;
import dev.hourglass.model.leads.LeadFunnelReport;
import dev.hourglass.model.leads.StepCount;
import dev.hourglass.model.pipeline.LeadStage;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The output of {@code hourglass funnel --json} (imports.md §5): {@code steps} with their step and cumulative
 * conversions, {@code bySource} or {@code byCampaign} ranked by leads, {@code rowsRead} and {@code excluded}.
 * The lead step carries no conversions; a conversion whose denominator is 0 is {@code null} ("no data").
 */
public final class LeadFunnelJson {
    private LeadFunnelJson() {
    }

    public static String stepKey(LeadStage step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    public static void write(LeadFunnelReport report, RowProblems problems, long rowsRead, List<String> detections,
                             Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject();
            out.beginArray("steps");
            for (StepCount step : report.steps()) {
                out.beginObject().string("step", stepKey(step.step())).number("count", step.count());
                if (step.step() != LeadStage.LEAD) {
                    out.number("stepConversion", step.stepConversion())
                            .number("cumulativeConversion", step.cumulativeConversion());
                }
                out.endObject();
            }
            out.endArray();
            String groupKey = report.grouping().key();
            out.beginArray("by" + Character.toUpperCase(groupKey.charAt(0)) + groupKey.substring(1));
            for (GroupFunnel group : report.groups()) {
                out.beginObject().string(groupKey, group.name());
                for (StepCount step : group.steps()) {
                    out.number(stepKey(step.step()), step.count());
                }
                out.number("conversion", group.conversion()).endObject();
            }
            out.endArray();
            DetectionsJson.write(out, detections);
            out.number("rowsRead", rowsRead);
            ExcludedJson.write(out, problems, null, 0);
            out.endObject();
        }
    }
}
