package dev.hourglass.model.pipeline;

/** Mutable running sums behind {@link ConversionRates}, so one pass over a million deals allocates nothing. */
final class Tally {
    private double wonAmount;
    private long wonCount;
    private double lostCompetitionAmount;
    private long lostCompetitionCount;
    private double lostNoDecisionAmount;
    private long lostNoDecisionCount;
    private double slippedAmount;
    private long slippedCount;

    void closed(Outcome outcome, double amount) {
        switch (outcome) {
            case WON -> {
                wonAmount += amount;
                wonCount++;
            }
            case LOST_COMPETITION -> {
                lostCompetitionAmount += amount;
                lostCompetitionCount++;
            }
            case LOST_NO_DECISION -> {
                lostNoDecisionAmount += amount;
                lostNoDecisionCount++;
            }
            case OPEN -> throw new IllegalArgumentException("an open deal is not closed");
        }
    }

    void slipped(double amount) {
        slippedAmount += amount;
        slippedCount++;
    }

    ConversionRates rates(boolean slippageMeasured) {
        return new ConversionRates(new AmountCount(wonAmount, wonCount),
                new AmountCount(lostCompetitionAmount, lostCompetitionCount),
                new AmountCount(lostNoDecisionAmount, lostNoDecisionCount),
                new AmountCount(slippedAmount, slippedCount), slippageMeasured);
    }
}
