package dev.hourglass.model.accounts;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.util.Objects;
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
 * <p>A value class with a record's accessors, equals, hashCode and toString. Ten million accounts are held at once,
 * so the optional values are kept as primitives ({@link #MISSING} or NaN when empty) and nullable references, and
 * their {@code Optional}s are built only when asked for: one object per account instead of up to thirteen.
 */
public final class Account {
    /** An empty whole-number indicator; no indicator can hold it (counts are ≥ 0, NPS is −100..100). */
    private static final int MISSING = Integer.MIN_VALUE;

    private final String account;
    private final String source;
    private final String campaign;
    private final String segment;
    private final LocalDate startDate;
    private final double arr;
    private final LocalDate renewalDate;
    private final int daysToActivation;
    private final boolean activationKnown;
    private final int daysToFirstValue;
    private final int featuresAdopted;
    private final int featuresAvailable;
    private final int activeUsers;
    private final int seats;
    private final double ticketsPerActiveUser;
    private final int activeStakeholders;
    private final int nps;
    private final Boolean renewed;
    private final double expansionArr;
    private final LocalDate churnDate;

    /**
     * @param arr              the ARR the account started with (its contract value)
     * @param daysToActivation days from the start to activation; empty when it has not activated or activation is
     *                         unknown
     * @param activationKnown  whether the data says anything about activation; false for an export without the column
     * @param renewed          the outcome of its renewal: true, false, or empty while unknown
     * @param expansionArr     ARR added since the start (0 when none), negative for a contraction; never more
     *                         negative than the starting ARR
     * @param churnDate        when it left, if it did
     */
    public Account(String account, String source, String campaign, String segment, LocalDate startDate, double arr,
                   Optional<LocalDate> renewalDate, OptionalInt daysToActivation, boolean activationKnown,
                   OptionalInt daysToFirstValue, OptionalInt featuresAdopted, OptionalInt featuresAvailable,
                   OptionalInt activeUsers, OptionalInt seats, OptionalDouble ticketsPerActiveUser,
                   OptionalInt activeStakeholders, OptionalInt nps, Optional<Boolean> renewed, double expansionArr,
                   Optional<LocalDate> churnDate) {
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
        this.account = account;
        this.source = source == null ? "" : source;
        this.campaign = campaign == null ? "" : campaign;
        this.segment = segment == null ? "" : segment;
        this.startDate = startDate;
        this.arr = arr;
        this.renewalDate = renewalDate == null ? null : renewalDate.orElse(null);
        this.daysToActivation = stored(daysToActivation);
        this.activationKnown = activationKnown;
        this.daysToFirstValue = stored(daysToFirstValue);
        this.featuresAdopted = stored(featuresAdopted);
        this.featuresAvailable = stored(featuresAvailable);
        this.activeUsers = stored(activeUsers);
        this.seats = stored(seats);
        this.ticketsPerActiveUser = ticketsPerActiveUser == null ? Double.NaN
                : ticketsPerActiveUser.orElse(Double.NaN);
        this.activeStakeholders = stored(activeStakeholders);
        this.nps = stored(nps);
        this.renewed = renewed == null ? null : renewed.orElse(null);
        this.expansionArr = expansionArr;
        this.churnDate = churnDate == null ? null : churnDate.orElse(null);
        // Checked on the given values, not the stored ones: Integer.MIN_VALUE must be refused, not read as empty.
        if (!activationKnown && daysToActivation != null && daysToActivation.isPresent()) {
            throw new InvalidInputException("daysToActivation", "account " + account
                    + " has days to activation while its activation is unknown");
        }
        for (OptionalInt count : new OptionalInt[] {daysToActivation, daysToFirstValue, featuresAdopted,
                featuresAvailable, activeUsers, seats, activeStakeholders}) {
            if (count != null && count.isPresent() && count.getAsInt() < 0) {
                Require.nonNegative("indicators of account " + account, count.getAsInt());
            }
        }
        if (ticketsPerActiveUser != null && ticketsPerActiveUser.isPresent()
                && !(ticketsPerActiveUser.getAsDouble() >= 0)) {
            Require.nonNegative("tickets per active user of account " + account, ticketsPerActiveUser.getAsDouble());
        }
        if (nps != null && nps.isPresent() && (nps.getAsInt() < -100 || nps.getAsInt() > 100)) {
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

    private static int stored(OptionalInt value) {
        return value == null || value.isEmpty() ? MISSING : value.getAsInt();
    }

    private static OptionalInt optional(int value) {
        return value == MISSING ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public String account() {
        return account;
    }

    public String source() {
        return source;
    }

    public String campaign() {
        return campaign;
    }

    public String segment() {
        return segment;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public double arr() {
        return arr;
    }

    public Optional<LocalDate> renewalDate() {
        return Optional.ofNullable(renewalDate);
    }

    public OptionalInt daysToActivation() {
        return optional(daysToActivation);
    }

    public boolean activationKnown() {
        return activationKnown;
    }

    public OptionalInt daysToFirstValue() {
        return optional(daysToFirstValue);
    }

    public OptionalInt featuresAdopted() {
        return optional(featuresAdopted);
    }

    public OptionalInt featuresAvailable() {
        return optional(featuresAvailable);
    }

    public OptionalInt activeUsers() {
        return optional(activeUsers);
    }

    public OptionalInt seats() {
        return optional(seats);
    }

    public OptionalDouble ticketsPerActiveUser() {
        return Double.isNaN(ticketsPerActiveUser) ? OptionalDouble.empty() : OptionalDouble.of(ticketsPerActiveUser);
    }

    public OptionalInt activeStakeholders() {
        return optional(activeStakeholders);
    }

    public OptionalInt nps() {
        return optional(nps);
    }

    public Optional<Boolean> renewed() {
        return Optional.ofNullable(renewed);
    }

    public double expansionArr() {
        return expansionArr;
    }

    public Optional<LocalDate> churnDate() {
        return Optional.ofNullable(churnDate);
    }

    /** Whether the account is known to have activated; false when it has not or activation is unknown. */
    public boolean activated() {
        return daysToActivation != MISSING;
    }

    /** Whether the account has left (a churn date, or a renewal that did not happen). */
    public boolean churned() {
        return churnDate != null || Boolean.FALSE.equals(renewed);
    }

    /** ARR now: what it started with plus its expansion (less its contraction), or nothing once it has left. */
    public double arrNow() {
        return churned() ? 0 : arr + expansionArr;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Account a
                && account.equals(a.account) && source.equals(a.source) && campaign.equals(a.campaign)
                && segment.equals(a.segment) && startDate.equals(a.startDate)
                && Double.compare(arr, a.arr) == 0 && Objects.equals(renewalDate, a.renewalDate)
                && daysToActivation == a.daysToActivation && activationKnown == a.activationKnown
                && daysToFirstValue == a.daysToFirstValue && featuresAdopted == a.featuresAdopted
                && featuresAvailable == a.featuresAvailable && activeUsers == a.activeUsers && seats == a.seats
                && Double.compare(ticketsPerActiveUser, a.ticketsPerActiveUser) == 0
                && activeStakeholders == a.activeStakeholders && nps == a.nps && Objects.equals(renewed, a.renewed)
                && Double.compare(expansionArr, a.expansionArr) == 0 && Objects.equals(churnDate, a.churnDate);
    }

    @Override
    public int hashCode() {
        int h = account.hashCode();
        h = 31 * h + source.hashCode();
        h = 31 * h + campaign.hashCode();
        h = 31 * h + segment.hashCode();
        h = 31 * h + startDate.hashCode();
        h = 31 * h + Double.hashCode(arr);
        h = 31 * h + Objects.hashCode(renewalDate);
        h = 31 * h + daysToActivation;
        h = 31 * h + Boolean.hashCode(activationKnown);
        h = 31 * h + daysToFirstValue;
        h = 31 * h + featuresAdopted;
        h = 31 * h + featuresAvailable;
        h = 31 * h + activeUsers;
        h = 31 * h + seats;
        h = 31 * h + Double.hashCode(ticketsPerActiveUser);
        h = 31 * h + activeStakeholders;
        h = 31 * h + nps;
        h = 31 * h + Objects.hashCode(renewed);
        h = 31 * h + Double.hashCode(expansionArr);
        return 31 * h + Objects.hashCode(churnDate);
    }

    /** As a record would print it: {@code Account[account=A1, source=Partner, …, churnDate=Optional.empty]}. */
    @Override
    public String toString() {
        return "Account[account=" + account + ", source=" + source + ", campaign=" + campaign + ", segment=" + segment
                + ", startDate=" + startDate + ", arr=" + arr + ", renewalDate=" + renewalDate()
                + ", daysToActivation=" + daysToActivation() + ", activationKnown=" + activationKnown
                + ", daysToFirstValue=" + daysToFirstValue() + ", featuresAdopted=" + featuresAdopted()
                + ", featuresAvailable=" + featuresAvailable() + ", activeUsers=" + activeUsers() + ", seats=" + seats()
                + ", ticketsPerActiveUser=" + ticketsPerActiveUser() + ", activeStakeholders=" + activeStakeholders()
                + ", nps=" + nps() + ", renewed=" + renewed() + ", expansionArr=" + expansionArr
                + ", churnDate=" + churnDate() + "]";
    }
}
