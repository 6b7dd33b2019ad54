package dev.hourglass.model.accounts;

import java.util.OptionalDouble;

/**
 * A green account using enough of what it bought to be offered more (metrics.md §7).
 *
 * @param seatUtilisation active users / seats, at most 1, empty when unknown
 * @param adoption        features adopted / available, at most 1, empty when unknown
 */
public record ExpansionTarget(Account account, double score, double arrNow, OptionalDouble seatUtilisation,
                              OptionalDouble adoption) {
}
