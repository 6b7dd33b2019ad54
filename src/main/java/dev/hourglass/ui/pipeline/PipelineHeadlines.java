package dev.hourglass.ui.pipeline;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.AmountCount;
import dev.hourglass.model.pipeline.ConversionRates;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.ui.common.Headline;
import java.util.List;
import java.util.OptionalDouble;

/** The pipeline view's cards, each with its formula and the period's numbers. */
final class PipelineHeadlines {
    private final FigureFormatter f;
    private final String currency;

    PipelineHeadlines(FigureFormatter formats, String currency) {
        this.f = formats;
        this.currency = currency;
    }

    List<Headline> of(PipelineResult r) {
        ConversionRates rates = r.rates();
        AmountCount commit = r.open(ForecastCategory.COMMIT);
        AmountCount bestCase = r.open(ForecastCategory.BEST_CASE);
        AmountCount pipeline = r.open(ForecastCategory.PIPELINE);
        double won = rates.won().amount();
        return List.of(
                new Headline("enterpriseCoverage", "Coverage (enterprise)", f.number(r.enterpriseCoverage(), 2) + "×",
                        "(won + best case + commit) ÷ target = (" + n(won) + " + " + n(bestCase.amount()) + " + "
                                + n(commit.amount()) + ") ÷ " + n(r.target())),
                new Headline("smbCoverage", "Coverage (SMB)", f.number(r.smbCoverage(), 2) + "×",
                        "(won + best case + commit + pipeline + expected creation) ÷ target; pipeline "
                                + n(pipeline.amount())),
                new Headline("requiredCoverage", "Required coverage", f.multiple(r.requiredCoverage()),
                        "max(coverage floor, 1 ÷ close rate) = max(" + f.multiple(OptionalDouble.of(r.coverageFloor()))
                                + ", " + f.multiple(r.coverageFromCloseRate()) + "); the floor is a setting (rule of "
                                + "thumb 3×)",
                        "1 ÷ close rate " + f.multiple(r.coverageFromCloseRate()) + " · floor "
                                + f.multiple(OptionalDouble.of(r.coverageFloor()))),
                new Headline("closeRate", "Close rate (by count " + f.percent(rates.closeRateByCount()) + ")",
                        f.percent(rates.closeRate()),
                        "won ÷ (won + lost to competition + lost to no decision), by amount / by count = " + n(won)
                                + " ÷ " + n(rates.closedAmount())),
                new Headline("slippageAdjustedCloseRate", "Slippage-adjusted close rate",
                        f.percent(rates.slippageAdjustedCloseRate()),
                        rates.slippageMeasured() ? "won ÷ (closed + slipped) = " + n(won) + " ÷ ("
                                + n(rates.closedAmount()) + " + " + n(rates.slipped().amount()) + ")"
                                : "no data: no deal has an original close date, so slippage cannot be measured"),
                new Headline("winRate", "Win rate (by count " + f.percent(rates.winRateByCount()) + ")",
                        f.percent(rates.winRate()),
                        "won ÷ (won + lost to competition), by amount / by count = " + n(won) + " ÷ ("
                                + n(won) + " + " + n(rates.lostCompetition().amount()) + ")"),
                new Headline("forecast", "Forecast (in-blood)", f.moneyCompact(r.forecast(), currency),
                        "won + open deals counted in (Commit unless switched out, others switched in) = " + n(r.forecast())),
                new Headline("upside", "Upside", f.moneyCompact(r.upside(), currency),
                        "open Commit and Best case left out of the forecast = " + n(r.upside())),
                new Headline("smbForecast", "SMB forecast", f.moneyCompact(r.smbForecast(), currency),
                        "won + Σ rate × open amount per category + creation rate × expected creation = "
                                + n(r.smbForecast())));
    }

    private String n(double amount) {
        return f.number(amount, 0);
    }
}
