package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.model.forecast.CellRates;
import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.forecast.OddsMethod;
import dev.hourglass.model.forecast.OpenDeal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The text output of {@code pipeline --odds}: the odds of the period and the deals that move them most. */
final class OddsText {
    private OddsText() {
    }

    static void print(Odds odds, PrintWriter out) {
        out.println();
        TextTable t = new TextTable();
        t.section("Odds of the period (" + TEXT.fixed(odds.runs(), 0) + " runs, seed " + odds.seed() + ")");
        t.row("Method", methodWords(odds.method()));
        t.row("Won already", TEXT.fixed(odds.won(), 0));
        t.row("New deals created and won in the period (mean)", TEXT.fixed(odds.newDealsMean(), 0));
        t.row("P10 / P50 / P90", TEXT.fixed(odds.p10(), 0) + " / " + TEXT.fixed(odds.p50(), 0) + " / "
                + TEXT.fixed(odds.p90(), 0));
        t.row("Mean", TEXT.fixed(odds.mean(), 0));
        t.row("Probability of reaching the target " + TEXT.fixed(odds.target(), 0),
                TEXT.percent(odds.probabilityOfTarget()));
        t.row("Gap to the target at P50", TEXT.fixed(odds.gapAtP50(), 0));
        t.print(out);
        if (odds.deals().isEmpty()) {
            return;
        }
        out.println();
        out.println("Deals that move the odds most");
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("  Deal", "Amount", "Win", "Slip", "Expected", "Swing"));
        for (OpenDeal d : odds.deals()) {
            table.add(List.of("  " + d.id(), TEXT.fixed(d.amount(), 0), TEXT.percent(d.winProbability()),
                    TEXT.percent(d.slipProbability()), TEXT.fixed(d.expected(), 0), TEXT.fixed(d.swing(), 0)));
        }
        TextTable.printColumns(out, table);
    }

    static String methodWords(OddsMethod method) {
        return method == OddsMethod.HISTORY
                ? "history (win and slip rates learned from the closed deals)"
                : "categoryRates (fewer than " + CellRates.MIN_DEALS + " closed deals: the SMB forecast's category rates)";
    }
}
