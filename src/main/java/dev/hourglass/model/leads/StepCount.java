package dev.hourglass.model.leads;

import dev.hourglass.model.pipeline.LeadStage;
import java.util.OptionalDouble;

/**
 * One step of the lead funnel: how many leads reached it, what share of the step before it (the previous step the
 * data has) and what share of all leads did; "no data" when that denominator is 0 and for the lead step itself.
 */
public record StepCount(LeadStage step, long count, OptionalDouble stepConversion,
                        OptionalDouble cumulativeConversion) {
}
