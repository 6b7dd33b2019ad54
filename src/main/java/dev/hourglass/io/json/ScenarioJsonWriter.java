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
import dev.hourglass.model.scenario.ChannelSection;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.Overrides;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;

/** Writes a {@link Scenario} as the scenario file (docs/scenario-format.md); {@link ScenarioJsonReader} reads it back equal. */
public final class ScenarioJsonWriter {
    private ScenarioJsonWriter() {
    }

    public static String toJson(Scenario scenario) {
        StringWriter out = new StringWriter();
        write(scenario, out);
        return out.toString();
    }

    /** The scenario file, version 2: the drivers once, and per section its own values and its overrides. */
    public static void write(Scenario s, Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject()
                    .string("format", ScenarioJsonReader.FORMAT)
                    .number("version", ScenarioJsonReader.VERSION)
                    .string("name", s.name());
            if (!s.description().isEmpty()) {
                out.string("description", s.description());
            }
            drivers(out, s.currency(), s.drivers());
            if (s.hasUnitEconomics()) {
                out.beginObject("unitEconomics").endObject();
            }
            s.retentionSection().ifPresent(r -> {
                out.beginObject("retention").number("years", r.years());
                r.nrrImprovement().ifPresent(n -> {
                    out.beginObject("nrrImprovement").number("nrrB", n.nrrB());
                    overrides(out, n.overrides());
                    out.endObject();
                });
                out.endObject();
            });
            s.retentionProgramSection().ifPresent(p -> {
                out.beginObject("retentionProgram").number("churnTarget", p.churnTarget())
                        .number("programCost", p.programCost());
                overrides(out, p.overrides());
                out.endObject();
            });
            writeSharedSections(out, s);
            s.channelSections().ifPresent(channels -> {
                out.beginArray("channels");
                for (ChannelSection c : channels) {
                    out.beginObject().string("name", c.name()).number("spend", c.spend())
                            .number("newCustomers", c.newCustomers()).number("activated", c.activated())
                            .number("retained90d", c.retained90d());
                    overrides(out, c.overrides());
                    out.endObject();
                }
                out.endArray();
            });
            s.smbForecast().ifPresent(f -> smbForecast(out, f));
            out.endObject();
        }
    }

    /**
     * Every section with the drivers filled in, in the shape of a version-1 file: the view a what-if tool varies
     * ({@code unitEconomics.cac}, {@code retentionProgram.acv}) and compares. Read back only section by section
     * (see {@link ScenarioInputs}); as a whole it would lose which values are overrides.
     */
    static String sectionsJson(Scenario s) {
        StringWriter writer = new StringWriter();
        try (JsonOut out = new JsonOut(writer, false)) {
            out.beginObject().string("name", s.name()).string("currency", s.currency());
            s.unitEconomics().ifPresent(u -> unitEconomics(out, u));
            s.retention().ifPresent(r -> retention(out, r));
            s.retentionProgram().ifPresent(p -> retentionProgram(out, p));
            writeSharedSections(out, s);
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
        return writer.toString();
    }

    /** Budget and post-sale funnel: sections that read no driver, the same in both shapes. */
    private static void writeSharedSections(JsonOut out, Scenario s) {
        s.budget().ifPresent(b -> {
            out.beginObject("budget").beginArray("lines");
            for (BudgetLine line : b.lines()) {
                out.beginObject().string("stage", line.stage().name()).number("dollars", line.dollars())
                        .number("hours", line.hours()).endObject();
            }
            out.endArray().endObject();
        });
        s.postSaleFunnel().ifPresent(f -> postSaleFunnel(out, f));
    }

    private static void drivers(JsonOut out, String currency, Drivers d) {
        out.beginObject("drivers").string("currency", currency);
        for (Driver driver : Driver.values()) {
            if (driver == Driver.NRR) {
                d.rates().ifPresent(rates -> rates(out, rates, d.range(Driver.NRR)));
            } else if (d.range(driver).isPresent()) {
                range(out, driver.key(), d.range(driver).get());
            } else {
                d.value(driver).ifPresent(v -> out.number(driver.key(), v));
            }
            if (driver == Driver.ANNUAL_EXPANSION) {
                d.billing().ifPresent(b -> out.string("billing", b.name()));
            }
            if (driver == Driver.START_ARR && !d.newArrPerYear().isEmpty()) {
                out.beginArray("newArrPerYear");
                for (double v : d.newArrPerYear()) {
                    out.number(v);
                }
                out.endArray();
            }
        }
        out.endObject();
    }

    private static void rates(JsonOut out, RetentionRates rates, Optional<DriverRange> nrrRange) {
        if (rates instanceof RetentionRates.GrrNrr g) {
            out.number("grr", g.grr());
            if (nrrRange.isPresent()) {
                range(out, "nrr", nrrRange.get());
            } else {
                out.number("nrr", g.nrr());
            }
        } else {
            out.number("churnRate", rates.churnRate()).number("contractionRate", rates.contractionRate())
                    .number("expansionRate", rates.expansionRate());
        }
    }

    /** A range as the scenario file holds it: a uniform range without its likely value (the midpoint). */
    private static void range(JsonOut out, String key, DriverRange range) {
        out.beginObject(key).number("low", range.low());
        if (!range.uniform()) {
            out.number("likely", range.likely());
        }
        out.number("high", range.high()).endObject();
    }

    private static void overrides(JsonOut out, Overrides overrides) {
        if (overrides.isEmpty()) {
            return;
        }
        out.beginObject("overrides");
        for (Driver driver : Driver.values()) {
            overrides.get(driver).ifPresent(v -> out.number(driver.key(), v));
        }
        out.endObject();
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
        rates(out, r.rates(), Optional.empty());
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
