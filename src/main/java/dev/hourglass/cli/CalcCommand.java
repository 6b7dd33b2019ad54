package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.io.json.ScenarioResultJson;
import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionProgramResult;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calc", mixinStandardHelpOptions = true,
        description = {"Computes every section of a scenario file (metrics.md §1–5).",
            "Exit codes: 0 ok, 1 bad input (the message names the file and field), 2 bad usage."})
final class CalcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "A scenario file (format: cli.md).")
    private Path file;

    @Option(names = "--json", description = "Print JSON (12 significant digits; keys as in metrics.md) instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws BadInputException {
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = ScenarioJsonReader.read(file);
        ScenarioResult result = ScenarioCalculator.calculate(scenario);
        if (json) {
            ScenarioResultJson.write(result, out);
            out.println();
            out.flush();
        } else {
            table(scenario, result).print(out);
        }
        return HourglassCli.OK;
    }

    private static TextTable table(Scenario scenario, ScenarioResult r) {
        String cur = scenario.currency();
        TextTable t = new TextTable();
        t.section(scenario.name() + " (" + cur + ")");
        r.unitEconomics().ifPresent(u -> unitEconomics(t, u, cur, scenario));
        r.retention().ifPresent(ret -> retention(t, ret, cur));
        r.retentionProgram().ifPresent(p -> retentionProgram(t, p, cur));
        r.budget().ifPresent(b -> budget(t, b, cur));
        r.postSaleFunnel().ifPresent(steps -> {
            t.section("Post-sale funnel (count, step conversion, cumulative)");
            for (PostSaleFunnelStep s : steps) {
                t.row(s.step().label(), s.count() + "   " + Format.percent(s.stepConversion()) + "   "
                        + Format.percent(s.cumulativeConversion()));
            }
        });
        r.channels().ifPresent(channels -> {
            t.section("Channels, ranked by LTV:CAC");
            for (ChannelResult c : channels) {
                t.row(c.name() + ": CAC", Format.money(c.cac(), cur));
                t.row(c.name() + ": cost per activated customer", Format.money(c.costPerActivated(), cur));
                t.row(c.name() + ": cost per retained customer", Format.money(c.costPerRetained(), cur));
                t.row(c.name() + ": LTV", Format.money(c.ltv(), cur));
                t.row(c.name() + ": LTV:CAC", Format.times(c.ltvToCac()));
            }
        });
        if (r.smbForecast().isPresent()) {
            t.section("SMB forecast");
            t.row("Forecast", Format.money(r.smbForecast(), cur));
        }
        return t;
    }

    private static void unitEconomics(TextTable t, UnitEconomicsResult u, String cur, Scenario scenario) {
        int horizon = scenario.unitEconomics().orElseThrow().horizonMonths();
        t.section("Unit economics");
        t.row("Year-one gross profit", Format.money(u.yearOneGrossProfit(), cur));
        t.row("Monthly gross profit", Format.money(u.monthlyGrossProfit(), cur));
        t.row("Simple payback", Format.number(u.simplePaybackMonths(), 2) + " months");
        t.row("Payback month", Format.month(u.paybackMonth(), "not within " + horizon + " months"));
        t.row("LTV (" + horizon + " months)", Format.money(u.ltv(), cur));
        t.row("LTV:CAC", Format.times(u.ltvToCac()));
        t.row("Steady-state LTV", Format.money(u.steadyStateLtv(), cur));
        t.row("Average lifetime", Format.number(u.averageLifetimeYears(), 2) + " years");
    }

    private static void retention(TextTable t, RetentionResult r, String cur) {
        t.section("Retention");
        t.row("GRR", Format.percent(r.grr()));
        t.row("NRR", Format.percent(r.nrr()));
        for (ArrBridgeYear y : r.bridge()) {
            t.row("Year " + y.year() + ": opening ARR", Format.money(y.opening(), cur));
            t.row("Year " + y.year() + ": churned", Format.money(-y.churned(), cur));
            t.row("Year " + y.year() + ": contracted", Format.money(-y.contracted(), cur));
            t.row("Year " + y.year() + ": expanded", Format.money(y.expanded(), cur));
            t.row("Year " + y.year() + ": new ARR", Format.money(y.newArr(), cur));
            t.row("Year " + y.year() + ": closing ARR", Format.money(y.closing(), cur));
        }
        r.nrrImprovement().ifPresent(n -> {
            t.row("NRR gain: ARR gained", Format.money(n.arrGained(), cur));
            t.row("NRR gain: new customers not needed", Format.number(n.newCustomersNotNeeded(), 1));
            t.row("NRR gain: CAC not spent", Format.money(n.cacNotSpent(), cur));
            t.row("NRR gain: pipeline not needed", Format.money(n.pipelineNotNeeded(), cur));
        });
    }

    private static void retentionProgram(TextTable t, RetentionProgramResult p, String cur) {
        t.section("Retention programme");
        t.row("Logos saved", Format.number(p.logosSaved(), 1));
        t.row("ARR saved", Format.money(p.arrSaved(), cur));
        t.row("Gross profit saved", Format.money(p.grossProfitSaved(), cur));
        t.row("Net gain", Format.money(p.netGain(), cur));
        t.row("ROI", Format.percent(p.roi()));
        t.row("Break-even churn reduction", p.breakEvenChurnReduction().isPresent()
                ? Format.number(p.breakEvenChurnReduction().getAsDouble() * 100, 3) + " points" : Format.NO_DATA);
    }

    private static void budget(TextTable t, BudgetResult b, String cur) {
        t.section("Budget split (pre / post purchase)");
        t.row("Dollars", Format.percent(b.preDollarsShare()) + " / " + Format.percent(b.postDollarsShare())
                + "  of " + Format.money(b.totalDollars(), cur));
        t.row("Hours", Format.percent(b.preHoursShare()) + " / " + Format.percent(b.postHoursShare())
                + "  of " + Format.number(b.totalHours(), 0) + " h");
    }
}
