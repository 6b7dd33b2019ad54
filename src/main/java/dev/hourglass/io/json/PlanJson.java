package dev.hourglass.io.json;

import dev.hourglass.model.plan.ActualMonth;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.plan.SourceMonth;
import dev.hourglass.model.plan.Variance;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The output of {@code plan --json} (forecast.md §4): the months with the contract's fields, the totals, and what
 * the plan was made of — its inputs and goal, each source's funnel per month, the pipeline to create before it
 * starts, and where each rate came from. With actuals each month adds {@code actual}, {@code variance} and
 * {@code reforecast} where it has them. A figure a missing rate leaves unknown is null.
 */
public final class PlanJson {
    private PlanJson() {
    }

    /**
     * @param compared the months beside the actuals, or empty without {@code --actuals}
     * @param words    a note in words, for {@code from} beside its {@code code}
     */
    public static void write(String scenario, String currency, Optional<String> version, PlanReport report,
                             Optional<List<ComparedMonth>> compared, Function<PlanNote, String> words, Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject().string("scenario", scenario).string("currency", currency);
            version.ifPresent(v -> out.string("version", v));
            goal(out, report.goal());
            out.beginObject("newArrRule").number("fixed", report.newArr().fixed())
                    .number("shareOfOpeningArr", report.newArr().shareOfOpeningArr()).endObject();
            inputs(out, report.inputs());
            out.beginArray("months");
            for (int i = 0; i < report.plan().months().size(); i++) {
                PlanMonth month = report.plan().months().get(i);
                out.beginObject().string("month", month.month().toString());
                figures(out, month);
                if (compared.isPresent()) {
                    ComparedMonth c = compared.get().get(i);
                    c.actual().ifPresent(a -> actual(out, a));
                    if (c.actual().isPresent()) {
                        variance(out, c.variance());
                    }
                    c.reforecast().ifPresent(r -> {
                        out.beginObject("reforecast");
                        figures(out, r);
                        out.endObject();
                    });
                }
                out.endObject();
            }
            out.endArray();
            out.beginObject("totals").number("newArr", report.plan().totals().newArr());
            number(out, "acquisitionSpend", report.plan().totals().acquisitionSpend());
            number(out, "leads", report.plan().totals().leads());
            out.endObject();
            out.number("pipelineBeforeStart", report.pipelineBeforeStart());
            out.beginArray("bySource");
            for (SourceMonth s : report.bySource()) {
                out.beginObject().string("month", s.month().toString()).string("source", s.source());
                number(out, "newCustomers", s.newCustomers());
                number(out, "sals", s.sals());
                number(out, "sqls", s.sqls());
                number(out, "mqls", s.mqls());
                number(out, "leads", s.leads());
                number(out, "acquisitionSpend", s.acquisitionSpend());
                out.endObject();
            }
            out.endArray();
            out.beginArray("notes");
            for (PlanNote note : report.notes()) {
                out.beginObject().string("rate", note.rate()).string("code", note.code().name())
                        .string("from", words.apply(note)).endObject();
            }
            out.endArray();
            out.endObject();
        }
    }

    private static void goal(JsonOut out, PlanGoal goal) {
        out.beginObject("goal");
        if (goal instanceof PlanGoal.TargetArr t) {
            out.number("targetArr", t.arr());
        } else if (goal instanceof PlanGoal.Growth g) {
            out.number("growth", g.share());
        } else {
            out.number("budget", ((PlanGoal.Budget) goal).total());
        }
        out.endObject();
    }

    private static void inputs(JsonOut out, PlanInputs in) {
        out.beginObject("inputs").string("start", in.start().toString()).number("months", in.months())
                .number("openingArr", in.openingArr()).number("monthlyChurn", in.retention().churn())
                .number("monthlyContraction", in.retention().contraction())
                .number("monthlyExpansion", in.retention().expansion())
                .number("salesCycleMonths", in.salesCycleMonths()).number("requiredCoverage", in.requiredCoverage())
                .number("acv", in.acv()).number("cac", in.cac())
                .number("productivityPerSeller", in.productivityPerSeller())
                .number("postSaleShare", in.postSaleShare());
        out.beginArray("sources");
        for (SourceFunnel s : in.sources()) {
            out.beginObject().string("source", s.source()).number("customerShare", s.customerShare())
                    .number("leadToMql", s.leadToMql()).number("mqlToSql", s.mqlToSql())
                    .number("sqlToSal", s.sqlToSal()).number("salToWon", s.salToWon())
                    .number("costPerLead", s.costPerLead()).endObject();
        }
        out.endArray().endObject();
    }

    private static void figures(JsonOut out, PlanMonth m) {
        out.number("openingArr", m.openingArr()).number("churned", m.churned()).number("contracted", m.contracted())
                .number("expanded", m.expanded()).number("newArr", m.newArr()).number("closingArr", m.closingArr())
                .number("bookings", m.bookings()).number("pipelineCreated", m.pipelineCreated());
        number(out, "sals", m.sals());
        number(out, "sqls", m.sqls());
        number(out, "mqls", m.mqls());
        number(out, "leads", m.leads());
        number(out, "acquisitionSpend", m.acquisitionSpend());
        number(out, "postSaleSpend", m.postSaleSpend());
        number(out, "sellers", m.sellers());
    }

    private static void actual(JsonOut out, ActualMonth a) {
        out.beginObject("actual").number("closingArr", a.closingArr()).number("newArr", a.newArr())
                .number("churned", a.churned()).number("contracted", a.contracted()).number("expanded", a.expanded())
                .number("bookings", a.bookings()).endObject();
    }

    private static void variance(JsonOut out, Map<String, Variance> variance) {
        out.beginObject("variance");
        variance.forEach((field, v) -> out.beginObject(field).number("money", v.money()).number("share", v.share())
                .endObject());
        out.endObject();
    }

    /** A figure, null when a missing rate leaves it unknown. */
    private static void number(JsonOut out, String name, double value) {
        out.number(name, Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value));
    }
}
