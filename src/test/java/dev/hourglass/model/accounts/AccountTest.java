package dev.hourglass.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final LocalDate START = LocalDate.of(2024, 2, 7);

    private static Account acme(OptionalInt nps, OptionalDouble tickets) {
        return new Account("ACME", "Partner", "Partner referrals", "SMB", START, 8_800,
                Optional.of(LocalDate.of(2025, 2, 7)), OptionalInt.of(3), OptionalInt.of(13), OptionalInt.of(8),
                OptionalInt.of(10), OptionalInt.of(15), OptionalInt.of(16), tickets, OptionalInt.of(5), nps,
                Optional.of(true), 3_200, Optional.empty());
    }

    private static Account unknownActivation(OptionalInt days) {
        return new Account("Globex", null, null, null, START, 100, null, days, false, null, null, null, null, null,
                null, null, null, null, 0, null);
    }

    @Test
    void holdsItsOptionalValuesAsPrimitivesAndReferencesNotOneObjectEach() {
        // Ten million accounts are held at once: an Optional per value made each account ≈ 400 bytes.
        assertThat(Arrays.stream(Account.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getType))
                .hasSize(20)
                .doesNotContain(Optional.class, OptionalInt.class, OptionalDouble.class);
    }

    @Test
    void givesBackEveryValueItWasBuiltWith() {
        Account a = acme(OptionalInt.of(-100), OptionalDouble.of(0.0));
        assertThat(a.renewalDate()).contains(LocalDate.of(2025, 2, 7));
        assertThat(a.daysToActivation()).hasValue(3);
        assertThat(a.activated()).isTrue();
        assertThat(a.activationKnown()).isTrue();
        assertThat(a.daysToFirstValue()).hasValue(13);
        assertThat(a.featuresAdopted()).hasValue(8);
        assertThat(a.featuresAvailable()).hasValue(10);
        assertThat(a.activeUsers()).hasValue(15);
        assertThat(a.seats()).hasValue(16);
        assertThat(a.ticketsPerActiveUser()).hasValue(0.0);
        assertThat(a.activeStakeholders()).hasValue(5);
        assertThat(a.nps()).hasValue(-100);
        assertThat(a.renewed()).contains(true);
        assertThat(a.churnDate()).isEmpty();
        assertThat(a.arrNow()).isEqualTo(12_000);

        Account empty = unknownActivation(OptionalInt.empty());
        assertThat(empty.source()).isEmpty();
        assertThat(empty.renewalDate()).isEmpty();
        assertThat(empty.daysToActivation()).isEmpty();
        assertThat(empty.activated()).isFalse();
        assertThat(empty.activationKnown()).isFalse();
        assertThat(empty.seats()).isEmpty();
        assertThat(empty.ticketsPerActiveUser()).isEmpty();
        assertThat(empty.nps()).isEmpty();
        assertThat(empty.renewed()).isEmpty();
        assertThat(empty.churned()).isFalse();
    }

    @Test
    void equalsHashCodeAndToStringFollowTheValuesAsARecordsWould() {
        Account a = acme(OptionalInt.of(77), OptionalDouble.of(0.5));
        assertThat(a).isEqualTo(acme(OptionalInt.of(77), OptionalDouble.of(0.5)))
                .hasSameHashCodeAs(acme(OptionalInt.of(77), OptionalDouble.of(0.5)))
                .isNotEqualTo(acme(OptionalInt.empty(), OptionalDouble.of(0.5)))
                .isNotEqualTo(acme(OptionalInt.of(77), OptionalDouble.empty()));
        assertThat(a).hasToString("Account[account=ACME, source=Partner, campaign=Partner referrals, segment=SMB,"
                + " startDate=2024-02-07, arr=8800.0, renewalDate=Optional[2025-02-07],"
                + " daysToActivation=OptionalInt[3], activationKnown=true, daysToFirstValue=OptionalInt[13],"
                + " featuresAdopted=OptionalInt[8], featuresAvailable=OptionalInt[10], activeUsers=OptionalInt[15],"
                + " seats=OptionalInt[16], ticketsPerActiveUser=OptionalDouble[0.5], activeStakeholders=OptionalInt[5],"
                + " nps=OptionalInt[77], renewed=Optional[true], expansionArr=3200.0, churnDate=Optional.empty]");
    }

    @Test
    void theSmallestIntIsRefusedNotTakenForAnEmptyValue() {
        assertThatThrownBy(() -> acme(OptionalInt.of(Integer.MIN_VALUE), OptionalDouble.empty()))
                .hasMessageContaining("NPS of account ACME");
        assertThatThrownBy(() -> unknownActivation(OptionalInt.of(Integer.MIN_VALUE)))
                .hasMessageContaining("has days to activation while its activation is unknown");
        assertThatThrownBy(() -> acme(OptionalInt.empty(), OptionalDouble.of(Double.NaN)))
                .hasMessageContaining("tickets per active user of account ACME");
    }
}
