package dev.hourglass.model.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the open pipeline of a period changed between two imports of the same CRM, deal by deal (matched by id):
 * {@code closing = opening + created + movedIn − movedOut − won − lost + amountChanged}. A deal is "open in the
 * period" when it is open, at or past the SAL stage, and due to close in the period.
 *
 * @param opening       open pipeline of the period in the earlier import
 * @param created       deals that are new in the later import and open in the period
 * @param movedIn       deals whose close date moved into the period
 * @param movedOut      deals whose close date moved out of the period (or that went back before the SAL stage,
 *                      or disappeared from the export)
 * @param won           deals open before and won now
 * @param lost          deals open before and lost now (to competition or no decision)
 * @param amountChanged the change in amount of deals open in the period in both imports
 * @param closing       open pipeline of the period in the later import
 */
public record PipelineChanges(double opening, double created, double movedIn, double movedOut, double won,
                              double lost, double amountChanged, double closing) {

    public static PipelineChanges between(List<Deal> earlier, List<Deal> later, StageSetup setup, Period period) {
        Map<String, Deal> before = new HashMap<>();
        for (Deal deal : earlier) {
            before.put(deal.id(), deal);
        }
        double opening = 0;
        for (Deal deal : earlier) {
            if (openIn(deal, setup, period)) {
                opening += deal.amount();
            }
        }
        double created = 0;
        double movedIn = 0;
        double movedOut = 0;
        double won = 0;
        double lost = 0;
        double changed = 0;
        double closing = 0;
        Map<String, Boolean> seen = new HashMap<>();
        for (Deal now : later) {
            seen.put(now.id(), Boolean.TRUE);
            Deal then = before.get(now.id());
            boolean openNow = openIn(now, setup, period);
            boolean openThen = then != null && openIn(then, setup, period);
            if (openNow) {
                closing += now.amount();
            }
            if (openNow && openThen) {
                changed += now.amount() - then.amount();
            } else if (openNow) {
                if (then == null) {
                    created += now.amount();
                } else {
                    movedIn += now.amount();
                }
            } else if (openThen) {
                if (now.outcome() == Outcome.WON) {
                    won += then.amount();
                } else if (now.outcome() == Outcome.LOST_COMPETITION || now.outcome() == Outcome.LOST_NO_DECISION) {
                    lost += then.amount();
                } else {
                    movedOut += then.amount();
                }
            }
        }
        for (Deal then : earlier) {
            if (!seen.containsKey(then.id()) && openIn(then, setup, period)) {
                movedOut += then.amount(); // no longer in the export
            }
        }
        return new PipelineChanges(opening, created, movedIn, movedOut, won, lost, changed, closing);
    }

    private static boolean openIn(Deal deal, StageSetup setup, Period period) {
        return deal.outcome() == Outcome.OPEN && period.contains(deal.closeDate())
                && setup.indexOf(deal.stage()) >= setup.salIndex();
    }
}
