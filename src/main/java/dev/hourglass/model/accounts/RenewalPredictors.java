package dev.hourglass.model.accounts;

import dev.hourglass.model.Ratios;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Which indicator predicts renewal (metrics.md §7): one {@link RenewalPredictor} per indicator, best lift first. */
public final class RenewalPredictors {
    private RenewalPredictors() {
    }

    /** Every indicator, sorted by lift, highest first; empty lifts last, in the order of the indicators. */
    public static List<RenewalPredictor> rank(List<Account> accounts, HealthSettings settings) {
        List<RenewalPredictor> predictors = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            predictors.add(of(indicator, accounts, settings));
        }
        predictors.sort(Comparator.comparingDouble(
                (RenewalPredictor p) -> p.lift().isPresent() ? -p.lift().getAsDouble() : Double.POSITIVE_INFINITY));
        return List.copyOf(predictors);
    }

    static RenewalPredictor of(Indicator indicator, List<Account> accounts, HealthSettings settings) {
        int meeting = 0;
        int meetingRenewed = 0;
        int notMeeting = 0;
        int notMeetingRenewed = 0;
        for (Account account : accounts) {
            if (account.renewed().isEmpty()) {
                continue;
            }
            Boolean meets = meets(indicator, account, settings);
            if (meets == null) {
                continue;
            }
            int renewed = account.renewed().get() ? 1 : 0;
            if (meets) {
                meeting++;
                meetingRenewed += renewed;
            } else {
                notMeeting++;
                notMeetingRenewed += renewed;
            }
        }
        OptionalDouble rateMeeting = Ratios.ratio(meetingRenewed, meeting);
        OptionalDouble rateNotMeeting = Ratios.ratio(notMeetingRenewed, notMeeting);
        OptionalDouble lift = rateMeeting.isPresent() && rateNotMeeting.isPresent()
                ? Ratios.ratio(rateMeeting.getAsDouble(), rateNotMeeting.getAsDouble()) : OptionalDouble.empty();
        return new RenewalPredictor(indicator, meeting, meetingRenewed, notMeeting, notMeetingRenewed, rateMeeting,
                rateNotMeeting, lift);
    }

    /** Whether the account meets the indicator's threshold; null when the indicator is unknown. */
    static Boolean meets(Indicator indicator, Account a, HealthSettings s) {
        double t = s.predictorThresholds().value(indicator);
        return switch (indicator) {
            case ACTIVATION -> !a.activationKnown() ? null : a.daysToActivation().isPresent()
                    && a.daysToActivation().getAsInt() <= t;
            case TIME_TO_FIRST_VALUE -> a.daysToFirstValue().isEmpty() ? null : a.daysToFirstValue().getAsInt() <= t;
            case ADOPTION -> atLeast(Usage.adoption(a), t);
            case SEAT_UTILISATION -> atLeast(Usage.seatUtilisation(a), t);
            case SUPPORT_LOAD -> a.ticketsPerActiveUser().isEmpty() ? null : a.ticketsPerActiveUser().getAsDouble() <= t;
            case STAKEHOLDERS -> a.activeStakeholders().isEmpty() ? null : a.activeStakeholders().getAsInt() >= t;
            case NPS -> a.nps().isEmpty() ? null : a.nps().getAsInt() >= t;
        };
    }

    private static Boolean atLeast(double value, double threshold) {
        return Double.isNaN(value) ? null : value >= threshold;
    }
}
