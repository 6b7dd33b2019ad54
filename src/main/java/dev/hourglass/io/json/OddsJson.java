package dev.hourglass.io.json;

import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.forecast.OpenDeal;

/** The {@code "odds"} object of {@code pipeline --odds --json} (forecast.md §1). */
public final class OddsJson {
    private OddsJson() {
    }

    public static void write(JsonOut out, Odds odds) {
        out.beginObject("odds");
        out.number("runs", odds.runs()).number("seed", odds.seed()).string("method", odds.method().key())
                .number("won", odds.won()).number("p10", odds.p10()).number("p50", odds.p50())
                .number("p90", odds.p90()).number("mean", odds.mean())
                .number("probabilityOfTarget", odds.probabilityOfTarget());
        out.beginObject("newDeals").number("mean", odds.newDealsMean()).endObject();
        out.beginArray("deals");
        for (OpenDeal d : odds.deals()) {
            out.beginObject().string("id", d.id()).number("amount", d.amount())
                    .number("winProbability", d.winProbability()).number("slipProbability", d.slipProbability())
                    .number("expected", d.expected()).number("swing", d.swing()).endObject();
        }
        out.endArray();
        out.endObject();
    }
}
