package dev.hourglass.model.forecast;

import dev.hourglass.model.pipeline.Deal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What earlier imports of the same deals source (snapshots, oldest first) tell about a deal: the stage it held the
 * last time it was seen open, and the first close date it was given while open. A CRM keeps neither once a deal is
 * closed, and the odds learn from both.
 */
public final class PriorStates implements Consumer<Deal> {
    private static final PriorStates NONE = new PriorStates();

    private final Map<String, String> stageWhileOpen = new HashMap<>();
    private final Map<String, LocalDate> firstCloseDate = new HashMap<>();

    /** No earlier snapshot. */
    public static PriorStates none() {
        return NONE;
    }

    /** Feed each earlier snapshot's deals in turn, oldest snapshot first. */
    @Override
    public void accept(Deal deal) {
        if (this == NONE) {
            throw new IllegalStateException("the empty prior states take no deals");
        }
        if (deal.outcome().isClosed()) {
            return;
        }
        stageWhileOpen.put(deal.id(), deal.stage());
        if (deal.closeDate() != null) {
            firstCloseDate.putIfAbsent(deal.id(), deal.closeDate());
        }
    }

    /** The stage the deal held the last time an earlier snapshot saw it open, or null. */
    public String stageWhileOpen(String dealId) {
        return stageWhileOpen.get(dealId);
    }

    /** The close date an earlier snapshot first saw on the deal while it was open, or null. */
    public LocalDate firstCloseDate(String dealId) {
        return firstCloseDate.get(dealId);
    }

    public boolean isEmpty() {
        return stageWhileOpen.isEmpty();
    }
}
