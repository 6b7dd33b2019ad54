package dev.hourglass.cli;

import dev.hourglass.model.actuals.SubscriptionLedger;

/** The one line that says how subscriptions became the monthly ledger: counts, months covered and the rule. */
final class ExpansionNote {
    private ExpansionNote() {
    }

    static String of(SubscriptionLedger.Expanded expanded) {
        return Format.number(expanded.subscriptions(), 0) + " subscriptions became "
                + Format.number(expanded.ledger().rowCount(), 0) + " customer-months up to " + expanded.lastMonth()
                + " (the last complete month on " + expanded.asOf() + "): " + SubscriptionLedger.RULE + ".";
    }
}
