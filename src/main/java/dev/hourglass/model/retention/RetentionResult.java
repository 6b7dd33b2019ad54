package dev.hourglass.model.retention;

import java.util.List;
import java.util.Optional;

/** The outputs of metrics.md §2. */
public record RetentionResult(double grr, double nrr, List<ArrBridgeYear> bridge,
                              Optional<NrrImprovementResult> nrrImprovement) {
    public RetentionResult {
        bridge = List.copyOf(bridge);
    }

    /** Closing ARR of the last year. */
    public double finalArr() {
        return bridge.get(bridge.size() - 1).closing();
    }
}
