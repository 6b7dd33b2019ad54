package dev.hourglass.io.json;

import dev.hourglass.model.forecast.BacktestPeriod;
import dev.hourglass.model.forecast.OddsCalibration;
import java.io.Writer;
import java.util.List;

/**
 * The output of {@code backtest --json} (forecast.md §2). With a target, each period adds its
 * {@code probabilityOfTarget} and the calibration its {@code brier} score (null without one); {@code verdict} is
 * {@code calibrated}, {@code notCalibrated} or {@code tooFewPeriods} (README, "Odds of a period and the backtest").
 */
public final class BacktestJson {
    private BacktestJson() {
    }

    public static void write(List<BacktestPeriod> periods, OddsCalibration calibration, boolean withTarget,
                             Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject();
            out.beginArray("periods");
            for (BacktestPeriod p : periods) {
                out.beginObject().string("from", p.period().start().toString())
                        .string("to", p.period().end().toString()).string("asOf", p.asOf().toString())
                        .number("p10", p.odds().p10()).number("p50", p.odds().p50()).number("p90", p.odds().p90())
                        .number("actual", p.actual()).string("method", p.odds().method().key());
                if (withTarget) {
                    out.number("probabilityOfTarget", p.odds().probabilityOfTarget());
                }
                out.endObject();
            }
            out.endArray();
            out.beginObject("calibration").number("periods", calibration.periods())
                    .number("belowP10", calibration.belowP10()).number("belowP50", calibration.belowP50())
                    .number("belowP90", calibration.belowP90()).number("brier", calibration.brier())
                    .string("verdict", calibration.verdict().key()).endObject();
            out.endObject();
        }
    }
}
