package dev.hourglass.cli;

import dev.hourglass.app.DataImports;
import dev.hourglass.model.actuals.SubscriptionLedger;

/** The one line that says how subscriptions became the monthly ledger: counts, months covered and the rule. */
final class ExpansionNote {
    private ExpansionNote() {
    }

    static String of(SubscriptionLedger.Expanded expanded) {
        return DataImports.expansionSentence(expanded);
    }
}
