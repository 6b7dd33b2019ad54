package dev.hourglass.model.accounts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

/** Accounts for tests: only what a test sets is known; everything else is empty (not activated, unknown). */
final class AccountBuilder {
    private final String name;
    private String source = "";
    private String campaign = "";
    private LocalDate start = LocalDate.of(2024, 1, 1);
    private double arr = 10_000;
    private Optional<LocalDate> renewalDate = Optional.empty();
    private OptionalInt activation = OptionalInt.empty();
    private boolean activationKnown = true;
    private OptionalInt firstValue = OptionalInt.empty();
    private OptionalInt adopted = OptionalInt.empty();
    private OptionalInt available = OptionalInt.empty();
    private OptionalInt users = OptionalInt.empty();
    private OptionalInt seats = OptionalInt.empty();
    private OptionalDouble tickets = OptionalDouble.empty();
    private OptionalInt stakeholders = OptionalInt.empty();
    private OptionalInt nps = OptionalInt.empty();
    private Optional<Boolean> renewed = Optional.empty();
    private double expansion;
    private Optional<LocalDate> churnDate = Optional.empty();

    private AccountBuilder(String name) {
        this.name = name;
    }

    static AccountBuilder account(String name) {
        return new AccountBuilder(name);
    }

    AccountBuilder source(String value) { source = value; return this; }
    AccountBuilder campaign(String value) { campaign = value; return this; }
    AccountBuilder started(String date) { start = LocalDate.parse(date); return this; }
    AccountBuilder arr(double value) { arr = value; return this; }
    AccountBuilder renewal(String date) { renewalDate = Optional.of(LocalDate.parse(date)); return this; }
    AccountBuilder activatedAfter(int days) { activation = OptionalInt.of(days); return this; }
    /** As read from an export without a daysToActivation column. */
    AccountBuilder activationUnknown() { activationKnown = false; activation = OptionalInt.empty(); return this; }
    AccountBuilder firstValueAfter(int days) { firstValue = OptionalInt.of(days); return this; }
    AccountBuilder features(int adoptedCount, int availableCount) {
        adopted = OptionalInt.of(adoptedCount);
        available = OptionalInt.of(availableCount);
        return this;
    }
    AccountBuilder seats(int activeUsers, int seatCount) {
        users = OptionalInt.of(activeUsers);
        seats = OptionalInt.of(seatCount);
        return this;
    }
    AccountBuilder tickets(double perActiveUser) { tickets = OptionalDouble.of(perActiveUser); return this; }
    AccountBuilder stakeholders(int count) { stakeholders = OptionalInt.of(count); return this; }
    AccountBuilder nps(int value) { nps = OptionalInt.of(value); return this; }
    AccountBuilder renewed(boolean value) { renewed = Optional.of(value); return this; }
    AccountBuilder expansion(double value) { expansion = value; return this; }
    AccountBuilder churned(String date) { churnDate = Optional.of(LocalDate.parse(date)); return this; }

    Account build() {
        return new Account(name, source, campaign, "SMB", start, arr, renewalDate, activation, activationKnown,
                firstValue, adopted,
                available, users, seats, tickets, stakeholders, nps, renewed, expansion, churnDate);
    }

    /** Settings whose score is the NPS alone: score = (nps + 100) / 2, so NPS 80 is green, 0 yellow, −60 red. */
    static HealthSettings npsOnly() {
        HealthSettings settings = HealthSettings.defaults();
        for (Indicator indicator : Indicator.values()) {
            settings = settings.withWeight(indicator, indicator == Indicator.NPS ? 1 : 0);
        }
        return settings;
    }

    static HealthSettings withMinimumOutcomes(HealthSettings s, int minimum) {
        return s.withMinimumOutcomes(minimum);
    }

    /** A random account, each indicator unknown about a quarter of the time, outcomes mixed. */
    static Account random(Random random, int index) {
        AccountBuilder b = account("A" + index)
                .source(random.nextBoolean() ? "Paid search" : "Events")
                .campaign(random.nextBoolean() ? "A" : "B")
                .started(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000)).toString())
                .arr(random.nextInt(200) * 1_000.0)
                .expansion(random.nextInt(4) == 0 ? random.nextInt(50) * 1_000.0 : 0);
        if (random.nextInt(4) > 0) {
            b.renewal(LocalDate.of(2024, 6, 1).plusDays(random.nextInt(700)).toString());
        }
        if (random.nextInt(4) > 0) {
            b.activatedAfter(random.nextInt(60));
        }
        if (random.nextInt(4) > 0) {
            b.firstValueAfter(random.nextInt(120));
        }
        if (random.nextInt(4) > 0) {
            int availableCount = random.nextInt(20);
            b.features(random.nextInt(availableCount + 3), availableCount);
        }
        if (random.nextInt(4) > 0) {
            int seatCount = random.nextInt(50);
            b.seats(random.nextInt(seatCount + 5), seatCount);
        }
        if (random.nextInt(4) > 0) {
            b.tickets(random.nextInt(40) / 10.0);
        }
        if (random.nextInt(4) > 0) {
            b.stakeholders(random.nextInt(6));
        }
        if (random.nextInt(4) > 0) {
            b.nps(random.nextInt(201) - 100);
        }
        switch (random.nextInt(4)) {
            case 0 -> b.renewed(true);
            case 1 -> b.renewed(false);
            case 2 -> b.churned(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400)).toString());
            default -> { }
        }
        return b.build();
    }

    /** Random weights 0–30, at least one above 0. */
    static HealthSettings randomWeights(Random random) {
        Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, random.nextInt(3) == 0 ? 0.0 : random.nextInt(31));
        }
        weights.put(Indicator.values()[random.nextInt(Indicator.values().length)], 1.0 + random.nextInt(30));
        HealthSettings settings = HealthSettings.defaults();
        for (Map.Entry<Indicator, Double> weight : weights.entrySet()) {
            settings = settings.withWeight(weight.getKey(), weight.getValue());
        }
        return settings;
    }
}
