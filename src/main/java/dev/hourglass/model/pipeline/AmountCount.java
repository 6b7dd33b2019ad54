package dev.hourglass.model.pipeline;

/** A group of deals: their summed amount and how many there are. */
public record AmountCount(double amount, long count) {
    public static final AmountCount NONE = new AmountCount(0, 0);
}
