package dev.hourglass.model.accounts;

import java.util.OptionalDouble;

/**
 * How well one indicator predicts renewal, over the accounts with a known outcome and the indicator known: the
 * renewal rate of those meeting its threshold against those not meeting it.
 *
 * @param lift rate meeting / rate not meeting; empty when a side has no accounts or nobody on the not-meeting side
 *             renewed
 */
public record RenewalPredictor(Indicator indicator, int meeting, int meetingRenewed, int notMeeting,
                               int notMeetingRenewed, OptionalDouble renewalRateMeeting,
                               OptionalDouble renewalRateNotMeeting, OptionalDouble lift) {
}
