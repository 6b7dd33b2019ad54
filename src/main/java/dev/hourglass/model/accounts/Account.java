package dev.hourglass.model.accounts;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One customer account (metrics.md §7): where it came from, what it pays, its leading indicators and, when known,
 * its outcomes. Text fields are never null ("" when unknown). Empty indicators are unknown and left out of the
 * score, except activation: when activation is known, an empty {@code daysToActivation} means the account has not
 * activated (a known fact, scored 0); when the data says nothing about activation (an export without the column),
 * activation is unknown like any other indicator.
 *
 * @param arr              the ARR the account started with (its contract value)
 * @param daysToActivation days from the start to activation; empty when it has not activated or activation is unknown
 * @param activationKnown  whether the data says anything about activation; false for an export without the column
 * @param renewed          the outcome of its renewal: true, false, or empty while unknown
 * @param expansionArr     ARR added since the start (0 when none), negative for a contraction; never more negative
 *                         than the starting ARR
 * @param churnDate        when it left, if it did
 */
public record Account(String account, String source, String campaign, String segment, LocalDate startDate, double arr,
                      Optional<LocalDate> renewalDate, OptionalInt daysToActivation, boolean activationKnown,
                      OptionalInt daysToFirstValue, OptionalInt featuresAdopted, OptionalInt featuresAvailable,
                      OptionalInt activeUsers, OptionalInt seats, OptionalDouble ticketsPerActiveUser,
                      OptionalInt activeStakeholders, OptionalInt nps, Optional<Boolean> renewed, double expansionArr,
                      Optional<LocalDate> churnDate) {
    public Account {
        // Checked before building any message: 200,000 valid accounts must not build a million strings.
        if (account == null || account.isBlank()) {
            Require.notBlank("account", account);
        }
        if (!(arr >= 0) || Double.isInfinite(arr)) {
            Require.nonNegative("ARR of account " + account, arr);
        }
        if (!(arr + expansionArr >= 0) || Double.isInfinite(expansionArr)) {
            throw new InvalidInputException("expansionArr", "the contraction of account " + account + " ("
                    + expansionArr + ") is larger than its ARR (" + arr + ")");
        }
        if (startDate == null) {
            Require.present("start date of account " + account, startDate);
        }
        source = source == null ? "" : source;
        campaign = campaign == null ? "" : campaign;
        segment = segment == null ? "" : segment;
        renewalDate = renewalDate == null ? Optional.empty() : renewalDate;
        daysToActivation = orEmpty(daysToActivation);
        daysToFirstValue = orEmpty(daysToFirstValue);
        featuresAdopted = orEmpty(featuresAdopted);
        featuresAvailable = orEmpty(featuresAvailable);
        activeUsers = orEmpty(activeUsers);
        seats = orEmpty(seats);
        ticketsPerActiveUser = ticketsPerActiveUser == null ? OptionalDouble.empty() : ticketsPerActiveUser;
        activeStakeholders = orEmpty(activeStakeholders);
        nps = orEmpty(nps);
        if (!activationKnown && daysToActivation.isPresent()) {
            throw new InvalidInputException("daysToActivation", "account " + account
                    + " has days to activation while its activation is unknown");
        }
        renewed = renewed == null ? Optional.empty() : renewed;
        churnDate = churnDate == null ? Optional.empty() : churnDate;
        for (OptionalInt count : new OptionalInt[] {daysToActivation, daysToFirstValue, featuresAdopted,
                featuresAvailable, activeUsers, seats, activeStakeholders}) {
            if (count.isPresent() && count.getAsInt() < 0) {
                Require.nonNegative("indicators of account " + account, count.getAsInt());
            }
        }
        if (ticketsPerActiveUser.isPresent() && !(ticketsPerActiveUser.getAsDouble() >= 0)) {
            Require.nonNegative("tickets per active user of account " + account, ticketsPerActiveUser.getAsDouble());
        }
        if (nps.isPresent() && (nps.getAsInt() < -100 || nps.getAsInt() > 100)) {
            Require.between("NPS of account " + account, nps.getAsInt(), -100, 100);
        }
    }

    /** An account whose activation is known: an empty {@code daysToActivation} means it has not activated. */
    public Account(String account, String source, String campaign, String segment, LocalDate startDate, double arr,
                   Optional<LocalDate> renewalDate, OptionalInt daysToActivation, OptionalInt daysToFirstValue,
                   OptionalInt featuresAdopted, OptionalInt featuresAvailable, OptionalInt activeUsers,
                   OptionalInt seats, OptionalDouble ticketsPerActiveUser, OptionalInt activeStakeholders,
                   OptionalInt nps, Optional<Boolean> renewed, double expansionArr, Optional<LocalDate> churnDate) {
        this(account, source, campaign, segment, startDate, arr, renewalDate, daysToActivation, true,
                daysToFirstValue, featuresAdopted, featuresAvailable, activeUsers, seats, ticketsPerActiveUser,
                activeStakeholders, nps, renewed, expansionArr, churnDate);
    }

    /** Whether the account is known to have activated; false when it has not or activation is unknown. */
    public boolean activated() {
        return daysToActivation.isPresent();
    }

    private static OptionalInt orEmpty(OptionalInt value) {
        return value == null ? OptionalInt.empty() : value;
    }

    /** Whether the account has left (a churn date, or a renewal that did not happen). */
    public boolean churned() {
        return churnDate.isPresent() || renewed.isPresent() && !renewed.get();
    }

    /** ARR now: what it started with plus its expansion (less its contraction), or nothing once it has left. */
    public double arrNow() {
        return churned() ? 0 : arr + expansionArr;
    }
}
