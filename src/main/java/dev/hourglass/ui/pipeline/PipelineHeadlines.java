package dev.hourglass.ui.pipeline;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.AmountCount;
import dev.hourglass.model.pipeline.ConversionRates;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.UiText;
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
                new Headline("enterpriseCoverage", UiText.text("pipeline.coverageEnterprise"), f.number(r.enterpriseCoverage(), 2) + "×",
                        UiText.text("pipeline.wonBestCaseCommit", n(won), n(bestCase.amount()), n(commit.amount()), n(r.target()))),
                new Headline("smbCoverage", UiText.text("pipeline.coverageSmb"), f.number(r.smbCoverage(), 2) + "×",
                        UiText.text("pipeline.wonBestCaseCommit2", n(pipeline.amount()))),
                new Headline("requiredCoverage", UiText.text("pipeline.requiredCoverage"), f.multiple(r.requiredCoverage()),
                        UiText.text("pipeline.maxCoverageFloor1", f.multiple(OptionalDouble.of(r.coverageFloor())), f.multiple(r.coverageFromCloseRate())),
                        UiText.text("pipeline.1CloseRateFloor", f.multiple(r.coverageFromCloseRate()), f.multiple(OptionalDouble.of(r.coverageFloor())))),
                new Headline("closeRate", UiText.text("pipeline.closeRateByCount", f.percent(rates.closeRateByCount())),
                        f.percent(rates.closeRate()),
                        UiText.text("pipeline.wonWonLostTo2", n(won), n(rates.closedAmount()))),
                new Headline("slippageAdjustedCloseRate", UiText.text("pipeline.slippageAdjustedCloseRate"),
                        f.percent(rates.slippageAdjustedCloseRate()),
                        rates.slippageMeasured() ? UiText.text("pipeline.wonClosedSlipped", n(won), n(rates.closedAmount()), n(rates.slipped().amount()))
                                : UiText.text("pipeline.noDataNoDeal")),
                new Headline("winRate", UiText.text("pipeline.winRateByCount", f.percent(rates.winRateByCount())),
                        f.percent(rates.winRate()),
                        UiText.text("pipeline.wonWonLostTo3", n(won), n(won), n(rates.lostCompetition().amount()))),
                new Headline("forecast", UiText.text("pipeline.forecastInBlood"), f.moneyCompact(r.forecast(), currency),
                        UiText.text("pipeline.wonOpenDealsCounted", n(r.forecast()))),
                new Headline("upside", UiText.text("pipeline.upside"), f.moneyCompact(r.upside(), currency),
                        UiText.text("pipeline.openCommitAndBest", n(r.upside()))),
                new Headline("smbForecast", UiText.text("pipeline.smbForecast"), f.moneyCompact(r.smbForecast(), currency),
                        UiText.text("pipeline.wonRateOpenAmount", n(r.smbForecast()))));
    }

    private String n(double amount) {
        return f.number(amount, 0);
    }
}
