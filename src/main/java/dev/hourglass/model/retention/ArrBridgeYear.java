package dev.hourglass.model.retention;

/** One year of the ARR bridge: closing = opening − churned − contracted + expanded + newArr. */
public record ArrBridgeYear(int year, double opening, double churned, double contracted, double expanded,
                            double newArr, double closing) {

    /** ARR kept from the opening book, before new sales: opening · NRR. */
    public double retained() {
        return opening - churned - contracted + expanded;
    }
}
