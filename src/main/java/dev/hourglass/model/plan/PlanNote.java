package dev.hourglass.model.plan;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.util.List;

/**
 * Where one of the plan's rates came from, as a code and the values it names (median 63 days over 412 won deals of
 * crm-export.csv): the plan says what it measured and what it fell back on; the front ends put it into words.
 *
 * @param rate   the rate's name as the JSON and the notes call it ("salesCycleMonths")
 * @param code   what the note says
 * @param values the values it names, as many as the code takes
 */
public record PlanNote(String rate, Code code, List<NoteValue> values) {
    public PlanNote {
        Require.notBlank("rate", rate);
        Require.present("code", code);
        values = List.copyOf(values);
        if (values.size() != code.arity()) {
            throw new InvalidInputException("note", code + " names " + code.arity() + " values, got " + values.size());
        }
    }

    /** A note on the code's own rate. */
    public static PlanNote of(Code code, NoteValue... values) {
        return new PlanNote(code.rate(), code, List.of(values));
    }

    /** What a note says, with the rate it is about and how many values it names. */
    public enum Code {
        OPENING_LEDGER_MONTH("openingArr", 2),
        OPENING_SCENARIO("openingArr", 0),
        OPENING_LEDGER_LAST_MONTH("openingArr", 1),
        RETENTION_SCENARIO("retention", 1),
        RETENTION_LEDGER("retention", 4),
        RETENTION_SCENARIO_CHURN("retention", 0),
        CYCLE_NONE("salesCycleMonths", 0),
        CYCLE_MEDIAN("salesCycleMonths", 4),
        COVERAGE_DEALS("requiredCoverage", 3),
        COVERAGE_SCENARIO("requiredCoverage", 1),
        COVERAGE_RULE_OF_THUMB("requiredCoverage", 1),
        ACV_SCENARIO("acv", 0),
        ACV_DEALS("acv", 1),
        WIN_RATE_DEALS("salToWon", 1),
        WIN_RATE_SCENARIO("salToWon", 0),
        WIN_RATE_NONE("salToWon", 0),
        FUNNEL_NO_LEADS("funnel", 0),
        FUNNEL_NO_WON_LEAD("funnel", 1),
        FUNNEL_BY_SOURCE("funnel", 3),
        FUNNEL_LEFT_OUT("funnel", 1),
        COST_PER_LEAD_NONE("costPerLead", 0),
        COST_PER_LEAD_CHANNELS("costPerLead", 1),
        CAC_SCENARIO("cac", 0),
        CAC_CHANNELS("cac", 0),
        CAC_NONE("cac", 0),
        PRODUCTIVITY_DEALS("productivityPerSeller", 2),
        PRODUCTIVITY_NONE("productivityPerSeller", 0),
        POST_SALE_BUDGET("postSaleShare", 1),
        POST_SALE_SEEDS("postSaleShare", 0),
        /** A note saved in words by an earlier Hourglass: its one value is the saved sentence. */
        SAVED_WORDS("", 1);

        private final String rate;
        private final int arity;

        Code(String rate, int arity) {
            this.rate = rate;
            this.arity = arity;
        }

        public String rate() {
            return rate;
        }

        /** How many values the note names. */
        public int arity() {
            return arity;
        }
    }
}
