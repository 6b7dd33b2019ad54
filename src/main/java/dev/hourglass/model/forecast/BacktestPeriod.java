package dev.hourglass.model.forecast;

import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;

/** One period of a backtest: the odds as of its first day, from the snapshot taken {@code asOf}, and what closed. */
public record BacktestPeriod(Period period, LocalDate asOf, Odds odds, double actual) {
}
