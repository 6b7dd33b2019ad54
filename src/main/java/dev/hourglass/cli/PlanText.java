package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.io.json.JsonOut;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.ActualMonth;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.NewArrRule;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.SourceMonth;
import dev.hourglass.model.plan.Variance;
import dev.hourglass.store.PlanVersion;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as text: months down the page (a month's twenty figures across would not fit a terminal), in two tables —
 * the ARR bridge, then what it takes — followed by the sources, the pipeline needed before the start and the notes.
 */
final class PlanText {
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final FigureFormatter money;

    PlanText(String currency) {
        this.money = CliText.of(currency);
    }

    void print(String scenario, PlanReport report, PrintWriter out) {
        PlanInputs in = report.inputs();
        List<PlanMonth> months = report.plan().months();
        out.println("Revenue plan of " + scenario + ", " + in.start() + " to " + months.get(months.size() - 1).month()
                + " (" + in.months() + " months), " + goalWords(report.goal()) + ": " + newArrWords(report));
        out.println();
        out.println("ARR (" + money.currency() + ")");
        List<List<String>> bridge = new ArrayList<>();
        bridge.add(List.of("Month", "Opening", "Churned", "Contracted", "Expanded", "New ARR", "Closing"));
        for (PlanMonth m : months) {
            bridge.add(List.of(m.month().toString(), amount(m.openingArr()), amount(m.churned()),
                    amount(m.contracted()), amount(m.expanded()), amount(m.newArr()), amount(m.closingArr())));
        }
        TextTable.printColumns(out, bridge);
        out.println();
        out.println("What it takes (" + money.currency() + "; pipeline and funnel feed the bookings "
                + in.salesCycleMonths() + " month" + (in.salesCycleMonths() == 1 ? "" : "s") + " later)");
        List<List<String>> takes = new ArrayList<>();
        takes.add(List.of("Month", "Bookings", "Pipeline", "SALs", "SQLs", "MQLs", "Leads", "Acquisition", "Post-sale",
                "Sellers"));
        for (PlanMonth m : months) {
            takes.add(List.of(m.month().toString(), amount(m.bookings()), amount(m.pipelineCreated()), count(m.sals()),
                    count(m.sqls()), count(m.mqls()), count(m.leads()), amount(m.acquisitionSpend()),
                    amount(m.postSaleSpend()), count(m.sellers())));
        }
        takes.add(List.of("Total", amount(report.plan().totals().newArr()), "", "", "", "",
                count(report.plan().totals().leads()), amount(report.plan().totals().acquisitionSpend()), "", ""));
        TextTable.printColumns(out, takes);
        if (report.pipelineBeforeStart() > 0) {
            out.println();
            out.println("Pipeline to create before " + in.start() + " for the bookings of the first "
                    + in.salesCycleMonths() + " month" + (in.salesCycleMonths() == 1 ? "" : "s") + ": "
                    + money.money(report.pipelineBeforeStart()));
        }
        out.println();
        out.println("By source, over the plan");
        List<List<String>> sources = new ArrayList<>();
        sources.add(List.of("Source", "Share of customers", "New customers", "SALs", "Leads", "Acquisition"));
        Map<String, double[]> bySource = new LinkedHashMap<>();
        for (SourceMonth s : report.bySource()) {
            double[] sums = bySource.computeIfAbsent(s.source(), k -> new double[4]);
            sums[0] += s.newCustomers();
            sums[1] += s.sals();
            sums[2] += s.leads();
            sums[3] += s.acquisitionSpend();
        }
        in.sources().forEach(s -> {
            double[] sums = bySource.get(s.source());
            sources.add(List.of(s.source(), TEXT.percent(s.customerShare()), count(sums[0]), count(sums[1]),
                    count(sums[2]), amount(sums[3])));
        });
        TextTable.printColumns(out, sources);
        out.println();
        out.println("Where the rates came from");
        for (PlanNote note : report.notes()) {
            out.println("  " + note.rate() + ": " + PlanNoteWords.of(note));
        }
    }

    void printActuals(String against, List<ComparedMonth> compared, PrintWriter out) {
        out.println();
        out.println("Actuals against " + (against == null ? "this plan" : "plan version '" + against + "'") + " ("
                + money.currency() + "; variance = actual − plan; re-forecast after the last actual)");
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("Month", "Plan ARR", "Actual ARR", "Variance", "%", "Re-forecast", "Plan new", "Actual new",
                "Bookings"));
        for (ComparedMonth c : compared) {
            PlanMonth p = c.plan();
            if (c.actual().isPresent()) {
                ActualMonth a = c.actual().get();
                Variance v = c.variance().get("closingArr");
                table.add(List.of(p.month().toString(), amount(p.closingArr()), amount(a.closingArr()),
                        amount(v.money()), TEXT.percent(v.share()), "", amount(p.newArr()), amount(a.newArr()),
                        a.bookings().isPresent() ? amount(a.bookings().getAsDouble()) : TEXT.noData()));
            } else {
                table.add(List.of(p.month().toString(), amount(p.closingArr()), "", "", "",
                        c.reforecast().map(r -> amount(r.closingArr())).orElse(TEXT.noData()), amount(p.newArr()), "",
                        ""));
            }
        }
        TextTable.printColumns(out, table);
        if (compared.stream().noneMatch(c -> c.actual().isPresent())) {
            out.println("The ledger has none of the plan's months yet.");
        }
    }

    static void printVersions(List<PlanVersion> versions, boolean json, PrintWriter out) {
        if (json) {
            try (JsonOut j = new JsonOut(out, true)) {
                j.beginObject().beginArray("versions");
                for (PlanVersion v : versions) {
                    List<PlanMonth> months = v.report().plan().months();
                    j.beginObject().string("name", v.name()).string("savedAt", v.savedAt().toString())
                            .string("scenario", v.scenario()).string("start", v.report().inputs().start().toString())
                            .number("months", v.report().inputs().months())
                            .number("closingArr", months.get(months.size() - 1).closingArr()).endObject();
                }
                j.endArray().endObject();
            }
            out.println();
            return;
        }
        if (versions.isEmpty()) {
            out.println("No plan versions saved yet (plan WORKBOOK#Scenario … --save NAME).");
            return;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("Version", "Saved at", "Scenario", "Start", "Months", "Closing ARR"));
        for (PlanVersion v : versions) {
            List<PlanMonth> months = v.report().plan().months();
            table.add(List.of(v.name(), SAVED_AT.format(v.savedAt()), v.scenario(), v.report().inputs().start().toString(),
                    Integer.toString(v.report().inputs().months()),
                    TEXT.fixed(months.get(months.size() - 1).closingArr(), 0)));
        }
        TextTable.printColumns(out, table);
    }

    private String newArrWords(PlanReport report) {
        NewArrRule rule = report.newArr();
        List<PlanMonth> months = report.plan().months();
        if (rule.shareOfOpeningArr() == 0) {
            return "new ARR of " + money.money(rule.fixed()) + " every month";
        }
        return "new ARR growing with the ARR base, " + TEXT.percent(rule.shareOfOpeningArr()) + " of each month's "
                + "opening ARR (" + money.money(months.get(0).newArr()) + " in the first month, "
                + money.money(months.get(months.size() - 1).newArr()) + " in the last)";
    }

    private String goalWords(PlanGoal goal) {
        if (goal instanceof PlanGoal.TargetArr t) {
            return "target ARR " + money.money(t.arr());
        }
        if (goal instanceof PlanGoal.Growth g) {
            return "growth " + TEXT.percent(g.share());
        }
        return "budget " + money.money(((PlanGoal.Budget) goal).total());
    }

    private String amount(double value) {
        return Double.isNaN(value) ? TEXT.noData() : money.amount(value);
    }

    private static String count(double value) {
        return Double.isNaN(value) ? TEXT.noData() : TEXT.fixed(value, 1);
    }
}
