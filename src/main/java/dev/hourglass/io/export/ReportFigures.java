package dev.hourglass.io.export;

import static dev.hourglass.model.figures.Section.BUDGET;
import static dev.hourglass.model.figures.Section.CHANNELS;
import static dev.hourglass.model.figures.Section.POST_SALE_FUNNEL;
import static dev.hourglass.model.figures.Section.RETENTION;
import static dev.hourglass.model.figures.Section.RETENTION_PROGRAM;
import static dev.hourglass.model.figures.Section.SMB_FORECAST;
import static dev.hourglass.model.figures.Section.UNIT_ECONOMICS;

import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.figures.Unit;
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
import java.util.function.Function;
import java.util.OptionalDouble;

/**
 * A scenario's inputs and headline outputs with their values, grouped by section, for the spreadsheet and the PDF
 * report alike. Names, units and formats are the figure catalogue's ({@link FigureCatalogue}): a figure here is its
 * key and value only; the spreadsheet's formulas are {@link ResultFormulas}'. Keys are the names of the
 * scenario file and of {@code calc --json} as {@code ScenarioFigures} flattens them ({@code unitEconomics.cac},
 * {@code retention.bridge[year 3].closing}).
 */
final class ReportFigures {
    /**
     * One figure's value.
     *
     * @param value empty for "no data" or for a named value; then {@code whenEmpty} says what is shown
     */
    record Figure(String key, OptionalDouble value, Function<FigureFormatter, String> whenEmpty) {
        static Figure of(String key, double value) {
            return new Figure(key, OptionalDouble.of(value), FigureFormatter::noData);
        }

        static Figure of(String key, OptionalDouble value) {
            return of(key, value, FigureFormatter::noData);
        }

        static Figure of(String key, OptionalDouble value, Function<FigureFormatter, String> whenEmpty) {
            return new Figure(key, value, whenEmpty);
        }

        static Figure choice(String key, Enum<?> value) {
            return new Figure(key, OptionalDouble.empty(), f -> f.texts().value(value));
        }

        Unit unit() {
            return FigureCatalogue.of(key).unit();
        }

        String label(FigureTexts texts) {
            return texts.label(key);
        }

        /** The value as the catalogue writes it, or what stands for a missing one. */
        String formatted(FigureFormatter format) {
            return value.isPresent() ? format.format(key, value.getAsDouble()) : whenEmpty.apply(format);
        }
    }

    record Section(dev.hourglass.model.figures.Section section, List<Figure> figures) {
        String title(FigureTexts texts) {
            return texts.section(section);
        }
    }

    private ReportFigures() {
    }

    static List<Section> inputs(Scenario s) {
        List<Section> sections = new ArrayList<>();
        s.unitEconomics().ifPresent(u -> sections.add(new Section(UNIT_ECONOMICS, unitEconomics(u))));
        s.retention().ifPresent(r -> sections.add(new Section(RETENTION, retention(r))));
        s.retentionProgram().ifPresent(p -> sections.add(new Section(RETENTION_PROGRAM, retentionProgram(p))));
        s.budget().ifPresent(b -> {
            List<Figure> lines = new ArrayList<>();
            for (BudgetLine line : b.lines()) {
                String key = "budget.lines[" + line.stage().name() + "].";
                lines.add(Figure.of(key + "dollars", line.dollars()));
                lines.add(Figure.of(key + "hours", line.hours()));
            }
            sections.add(new Section(BUDGET, lines));
        });
        s.postSaleFunnel().ifPresent(f -> sections.add(new Section(POST_SALE_FUNNEL, postSaleFunnel(f))));
        s.channels().ifPresent(channels -> sections.add(new Section(CHANNELS, channels(channels))));
        s.smbForecast().ifPresent(f -> sections.add(new Section(SMB_FORECAST, smbForecast(f))));
        return sections;
    }

    private static List<Figure> unitEconomics(UnitEconomicsInputs u) {
        String k = "unitEconomics.";
        return List.of(
                Figure.of(k + "acv", u.acv()),
                Figure.of(k + "grossMargin", u.grossMargin()),
                Figure.of(k + "cac", u.cac()),
                Figure.of(k + "annualLogoChurn", u.annualLogoChurn()),
                Figure.of(k + "firstYearLogoChurn", u.firstYearLogoChurn(),
                        f -> f.texts().text("empty.firstYearLogoChurn")),
                Figure.of(k + "annualExpansion", u.annualExpansion()),
                Figure.choice(k + "billing", u.billing()),
                Figure.of(k + "horizonMonths", u.horizonMonths()),
                Figure.of(k + "annualDiscountRate", u.annualDiscountRate()));
    }

    private static List<Figure> retention(RetentionInputs r) {
        String k = "retention.";
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(k + "startArr", r.startArr()));
        if (r.rates() instanceof RetentionRates.GrrNrr g) {
            figures.add(Figure.of(k + "grr", g.grr()));
            figures.add(Figure.of(k + "nrr", g.nrr()));
        } else {
            figures.add(Figure.of(k + "churnRate", r.rates().churnRate()));
            figures.add(Figure.of(k + "contractionRate", r.rates().contractionRate()));
            figures.add(Figure.of(k + "expansionRate", r.rates().expansionRate()));
        }
        for (int i = 0; i < r.newArrPerYear().size(); i++) {
            figures.add(Figure.of(k + "newArrPerYear[" + i + "]", r.newArrPerYear().get(i)));
        }
        figures.add(Figure.of(k + "years", r.years()));
        r.nrrImprovement().ifPresent(n -> figures.addAll(nrrImprovement(n)));
        return figures;
    }

    private static List<Figure> nrrImprovement(NrrImprovement n) {
        String k = "retention.nrrImprovement.";
        return List.of(
                Figure.of(k + "nrrA", n.nrrA()),
                Figure.of(k + "nrrB", n.nrrB()),
                Figure.of(k + "acv", n.acv()),
                Figure.of(k + "cac", n.cac()),
                Figure.of(k + "closeRate", n.closeRate()));
    }

    private static List<Figure> retentionProgram(RetentionProgramInputs p) {
        String k = "retentionProgram.";
        return List.of(
                Figure.of(k + "customers", p.customers()),
                Figure.of(k + "acv", p.acv()),
                Figure.of(k + "grossMargin", p.grossMargin()),
                Figure.of(k + "churnNow", p.churnNow()),
                Figure.of(k + "churnTarget", p.churnTarget()),
                Figure.of(k + "programCost", p.programCost()));
    }

    private static List<Figure> postSaleFunnel(PostSaleFunnelInputs f) {
        List<Figure> figures = new ArrayList<>();
        for (PostSaleStep step : PostSaleStep.values()) {
            figures.add(Figure.of("postSaleFunnel." + step.key(), f.count(step)));
        }
        return figures;
    }

    private static List<Figure> channels(List<ChannelInputs> channels) {
        List<Figure> figures = new ArrayList<>();
        for (ChannelInputs c : channels) {
            String k = "channels[" + c.name() + "].";
            figures.add(Figure.of(k + "spend", c.spend()));
            figures.add(Figure.of(k + "newCustomers", c.newCustomers()));
            figures.add(Figure.of(k + "activated", c.activated()));
            figures.add(Figure.of(k + "retained90d", c.retained90d()));
            figures.add(Figure.of(k + "annualLogoChurn", c.annualLogoChurn()));
            figures.add(Figure.of(k + "annualExpansion", c.annualExpansion()));
            figures.add(Figure.of(k + "acv", c.acv()));
            figures.add(Figure.of(k + "grossMargin", c.grossMargin()));
        }
        return figures;
    }

    private static List<Figure> smbForecast(SmbForecast f) {
        String k = "smbForecast.";
        return List.of(
                Figure.of(k + "won", f.won()),
                Figure.of(k + "commit", f.commit()),
                Figure.of(k + "commitRate", f.commitRate()),
                Figure.of(k + "bestCase", f.bestCase()),
                Figure.of(k + "bestCaseRate", f.bestCaseRate()),
                Figure.of(k + "pipeline", f.pipeline()),
                Figure.of(k + "pipelineRate", f.pipelineRate()),
                Figure.of(k + "expectedCreation", f.expectedCreation()),
                Figure.of(k + "creationRate", f.creationRate()));
    }

    /** The headline outputs, section by section, in the order of the scenario file. */
    static List<Section> results(Scenario s, ScenarioResult r) {
        List<Section> sections = new ArrayList<>();
        r.unitEconomics().ifPresent(u -> sections.add(new Section(UNIT_ECONOMICS,
                unitEconomics(u, s.unitEconomics().orElseThrow().horizonMonths()))));
        r.retention().ifPresent(ret -> sections.add(new Section(RETENTION, retention(ret))));
        r.retentionProgram().ifPresent(p -> sections.add(new Section(RETENTION_PROGRAM, retentionProgram(p))));
        r.budget().ifPresent(b -> sections.add(new Section(BUDGET, budget(b))));
        if (r.smbForecast().isPresent()) {
            sections.add(new Section(SMB_FORECAST, List.of(Figure.of("smbForecast.forecast", r.smbForecast()))));
        }
        return sections;
    }

    private static List<Figure> unitEconomics(UnitEconomicsResult u, int horizon) {
        String k = "unitEconomics.";
        return List.of(
                Figure.of(k + "yearOneGrossProfit", u.yearOneGrossProfit()),
                Figure.of(k + "monthlyGrossProfit", u.monthlyGrossProfit()),
                Figure.of(k + "simplePaybackMonths", u.simplePaybackMonths()),
                Figure.of(k + "paybackMonth", u.paybackMonth().isPresent() ? OptionalDouble.of(u.paybackMonth().getAsInt()) : OptionalDouble.empty(),
                        f -> f.notWithin(horizon)),
                Figure.of(k + "ltv", u.ltv()),
                Figure.of(k + "ltvToCac", u.ltvToCac()),
                Figure.of(k + "steadyStateLtv", u.steadyStateLtv()),
                Figure.of(k + "averageLifetimeYears", u.averageLifetimeYears()));
    }

    private static List<Figure> retention(RetentionResult r) {
        String k = "retention.";
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(k + "grr", r.grr()));
        figures.add(Figure.of(k + "nrr", r.nrr()));
        ArrBridgeYear last = r.bridge().get(r.bridge().size() - 1);
        figures.add(Figure.of(k + "bridge[year " + last.year() + "].closing", last.closing()));
        r.nrrImprovement().ifPresent(n -> {
            figures.add(Figure.of(k + "nrrImprovement.arrGained", n.arrGained()));
            figures.add(Figure.of(k + "nrrImprovement.newCustomersNotNeeded", n.newCustomersNotNeeded()));
            figures.add(Figure.of(k + "nrrImprovement.cacNotSpent", n.cacNotSpent()));
            figures.add(Figure.of(k + "nrrImprovement.pipelineNotNeeded", n.pipelineNotNeeded()));
        });
        return figures;
    }

    private static List<Figure> retentionProgram(RetentionProgramResult p) {
        String k = "retentionProgram.";
        return List.of(
                Figure.of(k + "logosSaved", p.logosSaved()),
                Figure.of(k + "arrSaved", p.arrSaved()),
                Figure.of(k + "grossProfitSaved", p.grossProfitSaved()),
                Figure.of(k + "netGain", p.netGain()),
                Figure.of(k + "roi", p.roi()),
                Figure.of(k + "breakEvenChurnReduction", p.breakEvenChurnReduction()));
    }

    private static List<Figure> budget(BudgetResult b) {
        String k = "budget.";
        return List.of(
                Figure.of(k + "preDollarsShare", b.preDollarsShare()),
                Figure.of(k + "postDollarsShare", b.postDollarsShare()),
                Figure.of(k + "preHoursShare", b.preHoursShare()),
                Figure.of(k + "postHoursShare", b.postHoursShare()),
                Figure.of(k + "totalDollars", b.totalDollars()),
                Figure.of(k + "totalHours", b.totalHours()));
    }

}
