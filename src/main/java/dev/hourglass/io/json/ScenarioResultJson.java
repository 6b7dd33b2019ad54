package dev.hourglass.io.json;

import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionProgramResult;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioOverride;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/** The output of {@code hourglass calc --json}: each section's outputs under the section's name (cli.md). */
public final class ScenarioResultJson {
    private ScenarioResultJson() {
    }

    public static void write(ScenarioResult r, Writer writer) {
        write(r, Optional.empty(), ScenarioBands.NONE, writer);
    }

    /**
     * The sections' outputs; when given, the scenario's overrides of business drivers as {@code "overrides"} after
     * them (see {@link OverridesJson}); and when the scenario has ranges, {@code "bands"}: for every output that
     * varies over the runs, {@code {"p10", "p50", "p90", "mean"}} keyed by its path (forecast.md §3) — no
     * {@code "bands"} key without ranges.
     */
    public static void write(ScenarioResult r, Optional<Map<String, ScenarioOverride>> overrides, ScenarioBands bands,
                             Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject();
            r.unitEconomics().ifPresent(u -> unitEconomics(out, u));
            r.retention().ifPresent(ret -> retention(out, ret));
            r.retentionProgram().ifPresent(p -> retentionProgram(out, p));
            r.budget().ifPresent(b -> budget(out, b));
            r.postSaleFunnel().ifPresent(steps -> {
                out.beginObject("postSaleFunnel").beginArray("steps");
                for (PostSaleFunnelStep s : steps) {
                    out.beginObject().string("step", s.step().key()).number("count", s.count())
                            .number("stepConversion", s.stepConversion())
                            .number("cumulativeConversion", s.cumulativeConversion()).endObject();
                }
                out.endArray().endObject();
            });
            r.channels().ifPresent(channels -> {
                out.beginArray("channels");
                for (ChannelResult c : channels) {
                    out.beginObject().string("name", c.name()).number("cac", c.cac())
                            .number("costPerActivated", c.costPerActivated())
                            .number("costPerRetained", c.costPerRetained()).number("ltv", c.ltv())
                            .number("ltvToCac", c.ltvToCac()).endObject();
                }
                out.endArray();
            });
            if (r.smbForecast().isPresent()) {
                out.beginObject("smbForecast").number("forecast", r.smbForecast()).endObject();
            }
            overrides.ifPresent(o -> OverridesJson.write(out, "overrides", o));
            if (!bands.isEmpty()) {
                out.number("runs", bands.runs()).number("seed", bands.seed()).beginObject("bands");
                bands.bands().forEach((path, band) -> out.beginObject(path).number("p10", band.p10())
                        .number("p50", band.p50()).number("p90", band.p90()).number("mean", band.mean()).endObject());
                out.endObject();
            }
            out.endObject();
        }
    }

    private static void unitEconomics(JsonOut out, UnitEconomicsResult u) {
        out.beginObject("unitEconomics")
                .number("yearOneGrossProfit", u.yearOneGrossProfit())
                .number("monthlyGrossProfit", u.monthlyGrossProfit())
                .number("simplePaybackMonths", u.simplePaybackMonths())
                .number("paybackMonth", u.paybackMonth())
                .number("ltv", u.ltv())
                .number("ltvToCac", u.ltvToCac())
                .number("steadyStateLtv", u.steadyStateLtv())
                .number("averageLifetimeYears", u.averageLifetimeYears())
                .beginArray("cumulativeGrossProfit");
        for (double v : u.cumulativeGrossProfit()) {
            out.number(v);
        }
        out.endArray().endObject();
    }

    private static void retention(JsonOut out, RetentionResult r) {
        out.beginObject("retention").number("grr", r.grr()).number("nrr", r.nrr()).beginArray("bridge");
        for (ArrBridgeYear y : r.bridge()) {
            out.beginObject().number("year", y.year()).number("opening", y.opening()).number("churned", y.churned())
                    .number("contracted", y.contracted()).number("expanded", y.expanded())
                    .number("newArr", y.newArr()).number("closing", y.closing()).endObject();
        }
        out.endArray();
        r.nrrImprovement().ifPresent(n -> out.beginObject("nrrImprovement").number("arrGained", n.arrGained())
                .number("newCustomersNotNeeded", n.newCustomersNotNeeded()).number("cacNotSpent", n.cacNotSpent())
                .number("pipelineNotNeeded", n.pipelineNotNeeded()).endObject());
        out.endObject();
    }

    private static void retentionProgram(JsonOut out, RetentionProgramResult p) {
        out.beginObject("retentionProgram").number("logosSaved", p.logosSaved()).number("arrSaved", p.arrSaved())
                .number("grossProfitSaved", p.grossProfitSaved()).number("netGain", p.netGain())
                .number("roi", p.roi()).number("breakEvenChurnReduction", p.breakEvenChurnReduction()).endObject();
    }

    private static void budget(JsonOut out, BudgetResult b) {
        out.beginObject("budget").number("preDollarsShare", b.preDollarsShare())
                .number("postDollarsShare", b.postDollarsShare()).number("preHoursShare", b.preHoursShare())
                .number("postHoursShare", b.postHoursShare()).endObject();
    }
}
