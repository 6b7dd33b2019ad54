package dev.hourglass.model.accounts;

/**
 * The chance that an account of a band does not renew.
 *
 * @param measured      true when {@code probability = notRenewed / knownOutcomes} of the band's accounts with a
 *                      known outcome; false when too few had one and the setting of the band was used
 * @param knownOutcomes the band's accounts whose renewal outcome is known (renewed yes or no)
 * @param notRenewed    of those, the ones that did not renew
 */
public record ChurnProbability(RiskBand band, double probability, boolean measured, int knownOutcomes,
                               int notRenewed) {
}
