package dev.hourglass.io.export;

import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.postsale.PostSaleStep;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.NrrImprovement;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionProgramResult;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A scenario's inputs and headline outputs as a reader sees them — labelled as in the app, with units, grouped by
 * section — for the spreadsheet and the PDF report alike. Keys are the names of the scenario file and of
 * {@code calc --json} as {@code ScenarioFigures} flattens them ({@code unitEconomics.cac},
 * {@code retention.bridge[year 3].closing}).
 */
final class ReportFigures {
    /** How a figure is shown. */
    enum Unit { MONEY, PERCENT, MONTHS, YEARS, COUNT, HOURS, RATIO, TEXT }

    /**
     * One labelled figure.
     *
     * @param value   empty for "no data" or for a text figure; then {@code text} is shown
     * @param formula how a spreadsheet computes it, or null: an Excel formula with {@code {key}} for an input's
     *                cell, {@code {=key}} for another output's cell and {@code {#name}} for a cell or range of a
     *                table sheet; the spreadsheet writes the value when a referenced cell does not exist
     */
    record Figure(String key, String label, Unit unit, OptionalDouble value, String text, String formula) {
        static Figure of(String key, String label, Unit unit, double value) {
            return new Figure(key, label, unit, OptionalDouble.of(value), "", null);
        }

        static Figure of(String key, String label, Unit unit, OptionalDouble value, String whenEmpty) {
            return new Figure(key, label, unit, value, value.isPresent() ? "" : whenEmpty, null);
        }

        static Figure text(String key, String label, String text) {
            return new Figure(key, label, Unit.TEXT, OptionalDouble.empty(), text, null);
        }

        Figure computedAs(String excelFormula) {
            return new Figure(key, label, unit, value, text, excelFormula);
        }
    }

    record Section(String title, List<Figure> figures) {
    }

    static final String NO_DATA = "no data";

    private ReportFigures() {
    }

    static List<Section> inputs(Scenario s) {
        List<Section> sections = new ArrayList<>();
        s.unitEconomics().ifPresent(u -> sections.add(new Section("Unit economics", unitEconomics(u))));
        s.retention().ifPresent(r -> sections.add(new Section("Retention & NRR", retention(r))));
        s.retentionProgram().ifPresent(p -> sections.add(new Section("Retention programme", retentionProgram(p))));
        s.budget().ifPresent(b -> {
            List<Figure> lines = new ArrayList<>();
            for (BudgetLine line : b.lines()) {
                String key = "budget.lines[" + line.stage().name() + "].";
                lines.add(Figure.of(key + "dollars", line.stage().label() + ": dollars", Unit.MONEY, line.dollars()));
                lines.add(Figure.of(key + "hours", line.stage().label() + ": hours", Unit.HOURS, line.hours()));
            }
            sections.add(new Section("Budget", lines));
        });
        s.postSaleFunnel().ifPresent(f -> sections.add(new Section("Post-sale funnel", postSaleFunnel(f))));
        s.channels().ifPresent(channels -> sections.add(new Section("Channels", channels(channels))));
        s.smbForecast().ifPresent(f -> sections.add(new Section("SMB forecast", smbForecast(f))));
        return sections;
    }

    private static List<Figure> unitEconomics(UnitEconomicsInputs u) {
        String k = "unitEconomics.";
        return List.of(
                Figure.of(k + "acv", "ACV", Unit.MONEY, u.acv()),
                Figure.of(k + "grossMargin", "Gross margin", Unit.PERCENT, u.grossMargin()),
                Figure.of(k + "cac", "CAC", Unit.MONEY, u.cac()),
                Figure.of(k + "annualLogoChurn", "Annual logo churn", Unit.PERCENT, u.annualLogoChurn()),
                Figure.of(k + "firstYearLogoChurn", "First-year logo churn", Unit.PERCENT, u.firstYearLogoChurn(),
                        "same as annual logo churn"),
                Figure.of(k + "annualExpansion", "Annual expansion", Unit.PERCENT, u.annualExpansion()),
                Figure.text(k + "billing", "Billing", capitalised(u.billing().name())),
                Figure.of(k + "horizonMonths", "Horizon", Unit.MONTHS, u.horizonMonths()),
                Figure.of(k + "annualDiscountRate", "Annual discount rate", Unit.PERCENT, u.annualDiscountRate()));
    }

    private static List<Figure> retention(RetentionInputs r) {
        String k = "retention.";
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(k + "startArr", "Start ARR", Unit.MONEY, r.startArr()));
        if (r.rates() instanceof RetentionRates.GrrNrr g) {
            figures.add(Figure.of(k + "grr", "GRR", Unit.PERCENT, g.grr()));
            figures.add(Figure.of(k + "nrr", "NRR", Unit.PERCENT, g.nrr()));
        } else {
            figures.add(Figure.of(k + "churnRate", "Churn", Unit.PERCENT, r.rates().churnRate()));
            figures.add(Figure.of(k + "contractionRate", "Contraction", Unit.PERCENT, r.rates().contractionRate()));
            figures.add(Figure.of(k + "expansionRate", "Expansion", Unit.PERCENT, r.rates().expansionRate()));
        }
        for (int i = 0; i < r.newArrPerYear().size(); i++) {
            boolean last = i == r.newArrPerYear().size() - 1 && r.years() > i + 1;
            figures.add(Figure.of(k + "newArrPerYear[" + i + "]", "New ARR, year " + (i + 1) + (last ? " on" : ""),
                    Unit.MONEY, r.newArrPerYear().get(i)));
        }
        figures.add(Figure.of(k + "years", "Years", Unit.YEARS, r.years()));
        r.nrrImprovement().ifPresent(n -> figures.addAll(nrrImprovement(n)));
        return figures;
    }

    private static List<Figure> nrrImprovement(NrrImprovement n) {
        String k = "retention.nrrImprovement.";
        return List.of(
                Figure.of(k + "nrrA", "NRR gain: NRR now", Unit.PERCENT, n.nrrA()),
                Figure.of(k + "nrrB", "NRR gain: NRR after", Unit.PERCENT, n.nrrB()),
                Figure.of(k + "acv", "NRR gain: ACV", Unit.MONEY, n.acv()),
                Figure.of(k + "cac", "NRR gain: CAC", Unit.MONEY, n.cac()),
                Figure.of(k + "closeRate", "NRR gain: close rate", Unit.PERCENT, n.closeRate()));
    }

    private static List<Figure> retentionProgram(RetentionProgramInputs p) {
        String k = "retentionProgram.";
        return List.of(
                Figure.of(k + "customers", "Customers", Unit.COUNT, p.customers()),
                Figure.of(k + "acv", "ACV", Unit.MONEY, p.acv()),
                Figure.of(k + "grossMargin", "Gross margin", Unit.PERCENT, p.grossMargin()),
                Figure.of(k + "churnNow", "Churn now", Unit.PERCENT, p.churnNow()),
                Figure.of(k + "churnTarget", "Churn target", Unit.PERCENT, p.churnTarget()),
                Figure.of(k + "programCost", "Programme cost", Unit.MONEY, p.programCost()));
    }

    private static List<Figure> postSaleFunnel(PostSaleFunnelInputs f) {
        List<Figure> figures = new ArrayList<>();
        for (PostSaleStep step : PostSaleStep.values()) {
            figures.add(Figure.of("postSaleFunnel." + step.key(), step.label(), Unit.COUNT, f.count(step)));
        }
        return figures;
    }

    private static List<Figure> channels(List<ChannelInputs> channels) {
        List<Figure> figures = new ArrayList<>();
        for (ChannelInputs c : channels) {
            String k = "channels[" + c.name() + "].";
            String n = c.name() + ": ";
            figures.add(Figure.of(k + "spend", n + "spend", Unit.MONEY, c.spend()));
            figures.add(Figure.of(k + "newCustomers", n + "new customers", Unit.COUNT, c.newCustomers()));
            figures.add(Figure.of(k + "activated", n + "activated", Unit.COUNT, c.activated()));
            figures.add(Figure.of(k + "retained90d", n + "retained at 90 days", Unit.COUNT, c.retained90d()));
            figures.add(Figure.of(k + "annualLogoChurn", n + "annual logo churn", Unit.PERCENT, c.annualLogoChurn()));
            figures.add(Figure.of(k + "annualExpansion", n + "annual expansion", Unit.PERCENT, c.annualExpansion()));
            figures.add(Figure.of(k + "acv", n + "ACV", Unit.MONEY, c.acv()));
            figures.add(Figure.of(k + "grossMargin", n + "gross margin", Unit.PERCENT, c.grossMargin()));
        }
        return figures;
    }

    private static List<Figure> smbForecast(SmbForecast f) {
        String k = "smbForecast.";
        return List.of(
                Figure.of(k + "won", "Won", Unit.MONEY, f.won()),
                Figure.of(k + "commit", "Commit", Unit.MONEY, f.commit()),
                Figure.of(k + "commitRate", "Commit rate", Unit.PERCENT, f.commitRate()),
                Figure.of(k + "bestCase", "Best case", Unit.MONEY, f.bestCase()),
                Figure.of(k + "bestCaseRate", "Best case rate", Unit.PERCENT, f.bestCaseRate()),
                Figure.of(k + "pipeline", "Pipeline", Unit.MONEY, f.pipeline()),
                Figure.of(k + "pipelineRate", "Pipeline rate", Unit.PERCENT, f.pipelineRate()),
                Figure.of(k + "expectedCreation", "Expected creation", Unit.MONEY, f.expectedCreation()),
                Figure.of(k + "creationRate", "Creation rate", Unit.PERCENT, f.creationRate()));
    }

    /** The headline outputs, section by section, in the order of the scenario file. */
    static List<Section> results(Scenario s, ScenarioResult r) {
        List<Section> sections = new ArrayList<>();
        r.unitEconomics().ifPresent(u -> sections.add(new Section("Unit economics",
                unitEconomics(u, s.unitEconomics().orElseThrow().horizonMonths()))));
        r.retention().ifPresent(ret -> sections.add(new Section("Retention & NRR", retention(ret))));
        r.retentionProgram().ifPresent(p -> sections.add(new Section("Retention programme", retentionProgram(p))));
        r.budget().ifPresent(b -> sections.add(new Section("Budget split", budget(b))));
        if (r.smbForecast().isPresent()) {
            sections.add(new Section("SMB forecast", List.of(Figure.of("smbForecast.forecast", "SMB forecast",
                    Unit.MONEY, r.smbForecast(), NO_DATA).computedAs("{smbForecast.won}+{smbForecast.commitRate}"
                    + "*{smbForecast.commit}+{smbForecast.bestCaseRate}*{smbForecast.bestCase}+{smbForecast.pipelineRate}"
                    + "*{smbForecast.pipeline}+{smbForecast.creationRate}*{smbForecast.expectedCreation}"))));
        }
        return sections;
    }

    private static List<Figure> unitEconomics(UnitEconomicsResult u, int horizon) {
        String k = "unitEconomics.";
        String acv = "{unitEconomics.acv}";
        String margin = "{unitEconomics.grossMargin}";
        String cac = "{unitEconomics.cac}";
        String churn = "{unitEconomics.annualLogoChurn}";
        String count = "COUNTIF({#cumulativeGrossProfit},\"<\"&" + cac + ")";
        return List.of(
                Figure.of(k + "yearOneGrossProfit", "Year-one gross profit", Unit.MONEY, u.yearOneGrossProfit())
                        .computedAs(acv + "*" + margin),
                Figure.of(k + "monthlyGrossProfit", "Monthly gross profit", Unit.MONEY, u.monthlyGrossProfit())
                        .computedAs(acv + "/12*" + margin),
                Figure.of(k + "simplePaybackMonths", "Simple payback", Unit.MONTHS, u.simplePaybackMonths(), NO_DATA)
                        .computedAs("IF({=unitEconomics.monthlyGrossProfit}=0,\"\"," + cac
                                + "/{=unitEconomics.monthlyGrossProfit})"),
                Figure.of(k + "paybackMonth", "CAC payback", Unit.MONTHS,
                        u.paybackMonth().isPresent() ? OptionalDouble.of(u.paybackMonth().getAsInt()) : OptionalDouble.empty(),
                        "not within " + horizon + " months")
                        .computedAs("IF(" + count + "<{unitEconomics.horizonMonths}," + count + "+1,\"not within \"&"
                                + "{unitEconomics.horizonMonths}&\" months\")"),
                Figure.of(k + "ltv", "LTV (" + horizon + " months)", Unit.MONEY, u.ltv())
                        .computedAs("INDEX({#cumulativeGrossProfit},{unitEconomics.horizonMonths})"),
                Figure.of(k + "ltvToCac", "LTV:CAC", Unit.RATIO, u.ltvToCac(), NO_DATA)
                        .computedAs("IF(" + cac + "=0,\"\",{=unitEconomics.ltv}/" + cac + ")"),
                Figure.of(k + "steadyStateLtv", "Steady-state LTV", Unit.MONEY, u.steadyStateLtv(), NO_DATA)
                        .computedAs("IF(" + churn + "=0,\"\"," + acv + "*" + margin + "/" + churn + ")"),
                Figure.of(k + "averageLifetimeYears", "Average lifetime", Unit.YEARS, u.averageLifetimeYears(), NO_DATA)
                        .computedAs("IF(" + churn + "=0,\"\",1/" + churn + ")"));
    }

    private static List<Figure> retention(RetentionResult r) {
        String k = "retention.";
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(k + "grr", "GRR", Unit.PERCENT, r.grr())
                .computedAs("1-{retention.churnRate}-{retention.contractionRate}"));
        figures.add(Figure.of(k + "nrr", "NRR", Unit.PERCENT, r.nrr())
                .computedAs("{=retention.grr}+{retention.expansionRate}"));
        ArrBridgeYear last = r.bridge().get(r.bridge().size() - 1);
        figures.add(Figure.of(k + "bridge[year " + last.year() + "].closing", "ARR after year " + last.year(),
                Unit.MONEY, last.closing()).computedAs("{#closingArr}"));
        r.nrrImprovement().ifPresent(n -> {
            String in = "{retention.nrrImprovement.";
            String out = "{=retention.nrrImprovement.";
            figures.add(Figure.of(k + "nrrImprovement.arrGained", "ARR gained", Unit.MONEY, n.arrGained())
                    .computedAs("{retention.startArr}*(" + in + "nrrB}-" + in + "nrrA})"));
            figures.add(Figure.of(k + "nrrImprovement.newCustomersNotNeeded", "New customers not needed", Unit.COUNT,
                    n.newCustomersNotNeeded()).computedAs(out + "arrGained}/" + in + "acv}"));
            figures.add(Figure.of(k + "nrrImprovement.cacNotSpent", "CAC not spent", Unit.MONEY, n.cacNotSpent())
                    .computedAs(out + "newCustomersNotNeeded}*" + in + "cac}"));
            figures.add(Figure.of(k + "nrrImprovement.pipelineNotNeeded", "Pipeline not needed", Unit.MONEY,
                    n.pipelineNotNeeded()).computedAs(out + "arrGained}/" + in + "closeRate}"));
        });
        return figures;
    }

    private static List<Figure> retentionProgram(RetentionProgramResult p) {
        String k = "retentionProgram.";
        String in = "{retentionProgram.";
        String book = in + "customers}*" + in + "acv}*" + in + "grossMargin}";
        return List.of(
                Figure.of(k + "logosSaved", "Customers kept", Unit.COUNT, p.logosSaved())
                        .computedAs(in + "customers}*(" + in + "churnNow}-" + in + "churnTarget})"),
                Figure.of(k + "arrSaved", "ARR saved", Unit.MONEY, p.arrSaved())
                        .computedAs("{=retentionProgram.logosSaved}*" + in + "acv}"),
                Figure.of(k + "grossProfitSaved", "Gross profit saved", Unit.MONEY, p.grossProfitSaved())
                        .computedAs("{=retentionProgram.arrSaved}*" + in + "grossMargin}"),
                Figure.of(k + "netGain", "Net gain", Unit.MONEY, p.netGain())
                        .computedAs("{=retentionProgram.grossProfitSaved}-" + in + "programCost}"),
                Figure.of(k + "roi", "ROI", Unit.PERCENT, p.roi(), NO_DATA)
                        .computedAs("IF(" + in + "programCost}=0,\"\",{=retentionProgram.netGain}/" + in + "programCost})"),
                Figure.of(k + "breakEvenChurnReduction", "Break-even churn reduction", Unit.PERCENT,
                        p.breakEvenChurnReduction(), NO_DATA)
                        .computedAs("IF(" + book + "=0,\"\"," + in + "programCost}/(" + book + "))"));
    }

    private static List<Figure> budget(BudgetResult b) {
        String k = "budget.";
        return List.of(
                Figure.of(k + "preDollarsShare", "Dollars pre-purchase", Unit.PERCENT, b.preDollarsShare(), NO_DATA)
                        .computedAs("{#preDollarsShare}"),
                Figure.of(k + "postDollarsShare", "Dollars post-purchase", Unit.PERCENT, b.postDollarsShare(), NO_DATA)
                        .computedAs("{#postDollarsShare}"),
                Figure.of(k + "preHoursShare", "Hours pre-purchase", Unit.PERCENT, b.preHoursShare(), NO_DATA)
                        .computedAs("{#preHoursShare}"),
                Figure.of(k + "postHoursShare", "Hours post-purchase", Unit.PERCENT, b.postHoursShare(), NO_DATA)
                        .computedAs("{#postHoursShare}"),
                Figure.of(k + "totalDollars", "Total dollars", Unit.MONEY, b.totalDollars()).computedAs("{#totalDollars}"),
                Figure.of(k + "totalHours", "Total hours", Unit.HOURS, b.totalHours()).computedAs("{#totalHours}"));
    }

    private static String capitalised(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
