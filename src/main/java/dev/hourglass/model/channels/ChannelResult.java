package dev.hourglass.model.channels;

import java.util.OptionalDouble;

/**
 * Value of one channel's customers after the purchase; a cost is empty ("no data") when its count is 0.
 *
 * @param ltv LTV of one of the channel's customers (metrics.md §1 with the channel's figures)
 */
public record ChannelResult(String name, OptionalDouble cac, OptionalDouble costPerActivated,
                            OptionalDouble costPerRetained, double ltv, OptionalDouble ltvToCac) {
}
