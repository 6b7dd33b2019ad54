package dev.hourglass.model.postsale;

import java.util.OptionalDouble;

/**
 * One step of the post-sale funnel.
 *
 * @param stepConversion count / previous step's count (1 for the first step); empty when the previous is 0
 * @param cumulativeConversion count / closed-won count; empty when there are no closed-won accounts
 */
public record PostSaleFunnelStep(PostSaleStep step, long count, OptionalDouble stepConversion,
                                 OptionalDouble cumulativeConversion) {
}
