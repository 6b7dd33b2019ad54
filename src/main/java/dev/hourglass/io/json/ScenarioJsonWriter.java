package dev.hourglass.io.json;

import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.postsale.PostSaleStep;
import dev.hourglass.model.retention.NrrImprovement;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.io.StringWriter;
import java.io.Writer;

/** Writes a {@link Scenario} as the scenario file of cli.md; {@link ScenarioJsonReader} reads it back equal. */
public final class ScenarioJsonWriter {
    private ScenarioJsonWriter() {
    }

    public static String toJson(Scenario scenario) {
        StringWriter out = new StringWriter();
        write(scenario, out);
        return out.toString();
    }

    public static void write(Scenario s, Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject()
                    .string("format", ScenarioJsonReader.FORMAT)
                    .number("version", ScenarioJsonReader.VERSION)
                    .string("name", s.name())
                    .string("currency", s.currency());
            if (!s.description().isEmpty()) {
                out.string("description", s.description());
            }
            s.unitEconomics().ifPresent(u -> unitEconomics(out, u));
            s.retention().ifPresent(r -> retention(out, r));
            s.retentionProgram().ifPresent(p -> retentionProgram(out, p));
            s.budget().ifPresent(b -> {
                out.beginObject("budget").beginArray("lines");
                for (BudgetLine line : b.lines()) {
                    out.beginObject().string("stage", line.stage().name()).number("dollars", line.dollars())
                            .number("hours", line.hours()).endObject();
                }
                out.endArray().endObject();
            });
            s.postSaleFunnel().ifPresent(f -> postSaleFunnel(out, f));
            s.channels().ifPresent(channels -> {
                out.beginArray("channels");
                for (ChannelInputs c : channels) {
                    channel(out, c);
                }
                out.endArray();
            });
            s.smbForecast().ifPresent(f -> smbForecast(out, f));
            out.endObject();
        }
    }

    private static void unitEconomics(JsonOut out, UnitEconomicsInputs u) {
        out.beginObject("unitEconomics")
                .number("acv", u.acv()).number("grossMargin", u.grossMargin()).number("cac", u.cac())
                .number("annualLogoChurn", u.annualLogoChurn()).number("firstYearLogoChurn", u.firstYearLogoChurn())
                .number("annualExpansion", u.annualExpansion()).string("billing", u.billing().name())
                .number("horizonMonths", u.horizonMonths()).number("annualDiscountRate", u.annualDiscountRate())
                .endObject();
    }

    private static void retention(JsonOut out, RetentionInputs r) {
        out.beginObject("retention").number("startArr", r.startArr());
        if (r.rates() instanceof RetentionRates.GrrNrr g) {
            out.number("grr", g.grr()).number("nrr", g.nrr());
        } else {
            out.number("churnRate", r.rates().churnRate()).number("contractionRate", r.rates().contractionRate())
                    .number("expansionRate", r.rates().expansionRate());
        }
        out.beginArray("newArrPerYear");
        for (double v : r.newArrPerYear()) {
            out.number(v);
        }
        out.endArray().number("years", r.years());
        r.nrrImprovement().ifPresent(n -> nrrImprovement(out, n));
        out.endObject();
    }

    private static void nrrImprovement(JsonOut out, NrrImprovement n) {
        out.beginObject("nrrImprovement").number("nrrA", n.nrrA()).number("nrrB", n.nrrB()).number("acv", n.acv())
                .number("cac", n.cac()).number("closeRate", n.closeRate()).endObject();
    }

    private static void retentionProgram(JsonOut out, RetentionProgramInputs p) {
        out.beginObject("retentionProgram").number("customers", p.customers()).number("acv", p.acv())
                .number("grossMargin", p.grossMargin()).number("churnNow", p.churnNow())
                .number("churnTarget", p.churnTarget()).number("programCost", p.programCost()).endObject();
    }

    private static void postSaleFunnel(JsonOut out, PostSaleFunnelInputs f) {
        out.beginObject("postSaleFunnel");
        for (PostSaleStep step : PostSaleStep.values()) {
            out.number(step.key(), f.count(step));
        }
        out.endObject();
    }

    private static void channel(JsonOut out, ChannelInputs c) {
        out.beginObject().string("name", c.name()).number("spend", c.spend()).number("newCustomers", c.newCustomers())
                .number("activated", c.activated()).number("retained90d", c.retained90d())
                .number("annualLogoChurn", c.annualLogoChurn()).number("annualExpansion", c.annualExpansion())
                .number("acv", c.acv()).number("grossMargin", c.grossMargin()).endObject();
    }

    private static void smbForecast(JsonOut out, SmbForecast f) {
        out.beginObject("smbForecast");
        if (f.won() != 0) {
            out.number("won", f.won());
        }
        out.number("commit", f.commit()).number("commitRate", f.commitRate())
                .number("bestCase", f.bestCase()).number("bestCaseRate", f.bestCaseRate())
                .number("pipeline", f.pipeline()).number("pipelineRate", f.pipelineRate())
                .number("expectedCreation", f.expectedCreation()).number("creationRate", f.creationRate())
                .endObject();
    }
}
