package dev.hourglass.model.retention;

/** The value of an NRR gain: ARR kept instead of sold, and the acquisition it makes unnecessary. */
public record NrrImprovementResult(double arrGained, double newCustomersNotNeeded, double cacNotSpent,
                                   double pipelineNotNeeded) {
}
