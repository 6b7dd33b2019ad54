package dev.hourglass.cli;

import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import java.util.List;

/** A plan note in English words, as the text and JSON of {@code plan} print it. */
final class PlanNoteWords {
    private PlanNoteWords() {
    }

    static String of(PlanNote note) {
        List<String> v = note.values().stream().map(PlanNoteWords::value).toList();
        return switch (note.code()) {
            case OPENING_LEDGER_MONTH -> "MRR × 12 of " + v.get(0) + " in the ledger " + v.get(1);
            case OPENING_SCENARIO -> "the scenario's start ARR";
            case OPENING_LEDGER_LAST_MONTH -> "MRR × 12 of " + v.get(0) + ", the ledger's last month";
            case RETENTION_SCENARIO -> "the scenario's retention rates (NRR " + v.get(0) + "), spread over twelve months";
            case RETENTION_LEDGER -> "trailing-12 NRR " + v.get(0) + " and GRR " + v.get(1) + " at " + v.get(2)
                    + " in the ledger " + v.get(3) + "; all gross loss counted as churn";
            case RETENTION_SCENARIO_CHURN -> "the scenario's annual logo churn and expansion as ARR rates";
            case CYCLE_NONE -> "no won deal with a created date: pipeline is planned in the month it is booked";
            case CYCLE_MEDIAN -> "median " + v.get(0) + " days from created to won over " + v.get(1) + " won deals of "
                    + v.get(2) + ", " + v.get(3) + " months";
            case COVERAGE_DEALS -> "1 / close rate by amount " + v.get(0) + " of the closed deals of " + v.get(1)
                    + ", at least the rule of thumb " + v.get(2);
            case COVERAGE_SCENARIO -> "1 / the scenario's close rate, at least the rule of thumb " + v.get(0)
                    + " (no closed deals)";
            case COVERAGE_RULE_OF_THUMB -> "the rule of thumb " + v.get(0) + " (no closed deals, no close rate)";
            case ACV_SCENARIO -> "the scenario's ACV";
            case ACV_DEALS -> "the average won deal of " + v.get(0);
            case WIN_RATE_DEALS -> "won / closed deals of " + v.get(0) + " by count";
            case WIN_RATE_SCENARIO -> "the scenario's close rate";
            case WIN_RATE_NONE -> "no closed deals and no close rate: SALs are not planned";
            case FUNNEL_NO_LEADS -> "no leads imported: SQLs, MQLs and leads are not planned and spend is new "
                    + "customers × CAC";
            case FUNNEL_NO_WON_LEAD -> "the leads of " + v.get(0) + " record no won lead: one funnel for all sources";
            case FUNNEL_BY_SOURCE -> "conversion per source from the " + v.get(0) + " leads of " + v.get(1) + " ("
                    + v.get(2) + " won); each source's share of new customers is its share of the won leads";
            case FUNNEL_LEFT_OUT -> "sources that won no lead are not in the plan: " + v.get(0);
            case COST_PER_LEAD_NONE -> "no channel of the scenario is named like a lead source: spend = new customers "
                    + "× CAC";
            case COST_PER_LEAD_CHANNELS -> "spend / leads of the channel named like the source for " + v.get(0)
                    + "; other sources: new customers × CAC";
            case CAC_SCENARIO -> "the scenario's CAC";
            case CAC_CHANNELS -> "the channels' spend / new customers";
            case CAC_NONE -> "no CAC and no channel with new customers: spend without a cost per lead is not planned";
            case PRODUCTIVITY_DEALS -> "won bookings per seller per month over the 12 months up to the last won deal of "
                    + v.get(0) + " (" + v.get(1) + " sellers)";
            case PRODUCTIVITY_NONE -> "no won deals naming an owner: sellers are not planned";
            case POST_SALE_BUDGET -> "the post-purchase share of the scenario's budget, " + v.get(0);
            case POST_SALE_SEEDS -> "the seeds' 95/5 split: 5 % of marketing spend after the purchase";
            case SAVED_WORDS -> v.get(0);
        };
    }

    /** Counts as Java writes them (4177), shares as percentages with one decimal (30.4 %), multiples as 3.0. */
    private static String value(NoteValue value) {
        if (value instanceof NoteValue.Name n) {
            return n.text();
        }
        if (value instanceof NoteValue.Count c) {
            return Long.toString(c.count());
        }
        if (value instanceof NoteValue.Share s) {
            return Math.round(s.share() * 1000) / 10.0 + " %";
        }
        return Double.toString(((NoteValue.Multiple) value).times());
    }
}
