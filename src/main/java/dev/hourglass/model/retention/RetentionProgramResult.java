package dev.hourglass.model.retention;

import java.util.OptionalDouble;

/**
 * The outputs of metrics.md §3.
 *
 * @param roi empty when the programme costs nothing
 * @param breakEvenChurnReduction empty when the book has no gross profit to save
 */
public record RetentionProgramResult(double logosSaved, double arrSaved, double grossProfitSaved, double netGain,
                                     OptionalDouble roi, OptionalDouble breakEvenChurnReduction) {
}
