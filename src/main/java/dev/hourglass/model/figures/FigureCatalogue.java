package dev.hourglass.model.figures;

import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.pipeline.CoverageBasis;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.SalesMotion;
import dev.hourglass.model.postsale.PostSaleStep;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.uniteconomics.Billing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every input and output of every section of a scenario: its key (as in metrics.md and {@code calc --json}),
 * section, unit and decimals. Labels and formula texts are in the {@code figures} resource bundles, read through
 * {@link FigureTexts}; the named values a figure or a table can hold ({@link Outcome}, {@link Billing} …) too.
 */
public final class FigureCatalogue {
    private static final Map<String, Figure> FIGURES = new LinkedHashMap<>();

    /** The enums whose values are shown by a label ({@code LOST_COMPETITION} → "Lost to competition"). */
    public static final List<Class<? extends Enum<?>>> CHOICES = List.of(Billing.class, Outcome.class,
            ForecastCategory.class, Phase.class, LeadStage.class, SalesMotion.class, CoverageBasis.class,
            PostSaleStep.class, RelationshipStage.class, RiskBand.class);

    static {
        Section s = Section.UNIT_ECONOMICS;
        input(s, "unitEconomics.acv", Unit.MONEY, 2);
        input(s, "unitEconomics.grossMargin", Unit.PERCENT, 1);
        input(s, "unitEconomics.cac", Unit.MONEY, 2);
        input(s, "unitEconomics.annualLogoChurn", Unit.PERCENT, 1);
        input(s, "unitEconomics.firstYearLogoChurn", Unit.PERCENT, 1);
        input(s, "unitEconomics.annualExpansion", Unit.PERCENT, 1);
        input(s, "unitEconomics.billing", Unit.CHOICE, 0);
        input(s, "unitEconomics.horizonMonths", Unit.MONTHS, 0);
        input(s, "unitEconomics.annualDiscountRate", Unit.PERCENT, 1);
        output(s, "unitEconomics.yearOneGrossProfit", Unit.MONEY, 2);
        output(s, "unitEconomics.monthlyGrossProfit", Unit.MONEY, 2);
        output(s, "unitEconomics.simplePaybackMonths", Unit.MONTHS, 1);
        output(s, "unitEconomics.paybackMonth", Unit.MONTHS, 0);
        output(s, "unitEconomics.ltv", Unit.MONEY, 2);
        output(s, "unitEconomics.ltvToCac", Unit.MULTIPLE, 1);
        output(s, "unitEconomics.steadyStateLtv", Unit.MONEY, 2);
        output(s, "unitEconomics.averageLifetimeYears", Unit.YEARS, 1);
        output(s, "unitEconomics.cumulativeGrossProfit[]", Unit.MONEY, 2);

        s = Section.RETENTION;
        input(s, "retention.startArr", Unit.MONEY, 2);
        input(s, "retention.churnRate", Unit.PERCENT, 1);
        input(s, "retention.contractionRate", Unit.PERCENT, 1);
        input(s, "retention.expansionRate", Unit.PERCENT, 1);
        input(s, "retention.newArrPerYear[]", Unit.MONEY, 2);
        input(s, "retention.years", Unit.YEARS, 0);
        input(s, "retention.nrrImprovement.nrrA", Unit.PERCENT, 1);
        input(s, "retention.nrrImprovement.nrrB", Unit.PERCENT, 1);
        input(s, "retention.nrrImprovement.acv", Unit.MONEY, 2);
        input(s, "retention.nrrImprovement.cac", Unit.MONEY, 2);
        input(s, "retention.nrrImprovement.closeRate", Unit.PERCENT, 1);
        // GRR and NRR are typed in one form of the section and computed in the other; one figure serves both
        output(s, "retention.grr", Unit.PERCENT, 1);
        output(s, "retention.nrr", Unit.PERCENT, 1);
        output(s, "retention.bridge[].year", Unit.COUNT, 0);
        output(s, "retention.bridge[].opening", Unit.MONEY, 2);
        output(s, "retention.bridge[].churned", Unit.MONEY, 2);
        output(s, "retention.bridge[].contracted", Unit.MONEY, 2);
        output(s, "retention.bridge[].expanded", Unit.MONEY, 2);
        output(s, "retention.bridge[].newArr", Unit.MONEY, 2);
        output(s, "retention.bridge[].closing", Unit.MONEY, 2);
        output(s, "retention.nrrImprovement.arrGained", Unit.MONEY, 2);
        output(s, "retention.nrrImprovement.newCustomersNotNeeded", Unit.COUNT, 1);
        output(s, "retention.nrrImprovement.cacNotSpent", Unit.MONEY, 2);
        output(s, "retention.nrrImprovement.pipelineNotNeeded", Unit.MONEY, 2);

        s = Section.RETENTION_PROGRAM;
        input(s, "retentionProgram.customers", Unit.COUNT, 0);
        input(s, "retentionProgram.acv", Unit.MONEY, 2);
        input(s, "retentionProgram.grossMargin", Unit.PERCENT, 1);
        input(s, "retentionProgram.churnNow", Unit.PERCENT, 1);
        input(s, "retentionProgram.churnTarget", Unit.PERCENT, 1);
        input(s, "retentionProgram.programCost", Unit.MONEY, 2);
        output(s, "retentionProgram.logosSaved", Unit.COUNT, 1);
        output(s, "retentionProgram.arrSaved", Unit.MONEY, 2);
        output(s, "retentionProgram.grossProfitSaved", Unit.MONEY, 2);
        output(s, "retentionProgram.netGain", Unit.MONEY, 2);
        output(s, "retentionProgram.roi", Unit.PERCENT, 1);
        output(s, "retentionProgram.breakEvenChurnReduction", Unit.POINTS, 2);

        s = Section.BUDGET;
        input(s, "budget.lines[].dollars", Unit.MONEY, 2);
        input(s, "budget.lines[].hours", Unit.HOURS, 0);
        output(s, "budget.preDollarsShare", Unit.PERCENT, 1);
        output(s, "budget.postDollarsShare", Unit.PERCENT, 1);
        output(s, "budget.preHoursShare", Unit.PERCENT, 1);
        output(s, "budget.postHoursShare", Unit.PERCENT, 1);
        output(s, "budget.totalDollars", Unit.MONEY, 2);
        output(s, "budget.totalHours", Unit.HOURS, 0);

        s = Section.POST_SALE_FUNNEL;
        for (PostSaleStep step : PostSaleStep.values()) {
            input(s, "postSaleFunnel." + step.key(), Unit.COUNT, 0);
        }
        output(s, "postSaleFunnel.steps[].count", Unit.COUNT, 0);
        output(s, "postSaleFunnel.steps[].stepConversion", Unit.PERCENT, 1);
        output(s, "postSaleFunnel.steps[].cumulativeConversion", Unit.PERCENT, 1);

        s = Section.CHANNELS;
        input(s, "channels[].spend", Unit.MONEY, 2);
        input(s, "channels[].newCustomers", Unit.COUNT, 0);
        input(s, "channels[].activated", Unit.COUNT, 0);
        input(s, "channels[].retained90d", Unit.COUNT, 0);
        input(s, "channels[].annualLogoChurn", Unit.PERCENT, 1);
        input(s, "channels[].annualExpansion", Unit.PERCENT, 1);
        input(s, "channels[].acv", Unit.MONEY, 2);
        input(s, "channels[].grossMargin", Unit.PERCENT, 1);
        output(s, "channels[].cac", Unit.MONEY, 2);
        output(s, "channels[].costPerActivated", Unit.MONEY, 2);
        output(s, "channels[].costPerRetained", Unit.MONEY, 2);
        output(s, "channels[].ltv", Unit.MONEY, 2);
        output(s, "channels[].ltvToCac", Unit.MULTIPLE, 1);

        s = Section.SMB_FORECAST;
        input(s, "smbForecast.won", Unit.MONEY, 2);
        input(s, "smbForecast.commit", Unit.MONEY, 2);
        input(s, "smbForecast.commitRate", Unit.PERCENT, 1);
        input(s, "smbForecast.bestCase", Unit.MONEY, 2);
        input(s, "smbForecast.bestCaseRate", Unit.PERCENT, 1);
        input(s, "smbForecast.pipeline", Unit.MONEY, 2);
        input(s, "smbForecast.pipelineRate", Unit.PERCENT, 1);
        input(s, "smbForecast.expectedCreation", Unit.MONEY, 2);
        input(s, "smbForecast.creationRate", Unit.PERCENT, 1);
        output(s, "smbForecast.forecast", Unit.MONEY, 2);

        s = Section.PIPELINE;
        input(s, "pipeline.leads", Unit.COUNT, 0);
        input(s, "pipeline.mqls", Unit.COUNT, 0);
        input(s, "pipeline.sqls", Unit.COUNT, 0);
        input(s, "pipeline.coverageFloor", Unit.MULTIPLE, 2);
    }

    private FigureCatalogue() {
    }

    private static void input(Section section, String key, Unit unit, int decimals) {
        FIGURES.put(key, new Figure(key, section, unit, decimals, false));
    }

    private static void output(Section section, String key, Unit unit, int decimals) {
        FIGURES.put(key, new Figure(key, section, unit, decimals, true));
    }

    /** Every figure, section by section, inputs before outputs. */
    public static List<Figure> figures() {
        return Collections.unmodifiableList(new ArrayList<>(FIGURES.values()));
    }

    /**
     * The figure of a path as {@code calc --json} or the scenario file names it, a list element's name or index
     * in brackets ({@code retention.bridge[year 3].closing}); empty for a path the catalogue does not know.
     */
    public static Optional<Figure> find(String path) {
        return Optional.ofNullable(FIGURES.get(keyOf(path)));
    }

    /** Like {@link #find} for a path that must be known. */
    public static Figure of(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("no figure named " + path));
    }

    /** The catalogue key of a path: every list element's name or index left out ({@code channels[Paid].cac} → {@code channels[].cac}). */
    public static String keyOf(String path) {
        return path.replaceAll("\\[[^\\]]*]", "[]");
    }
}
