package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** metrics.md §7: seat utilisation and adoption capped at 1 everywhere; more adopted than available reported. */
class UsageTest {
    @Test
    void usageIsCappedAtOneAndUnknownWithoutBothFigures() {
        assertThat(Usage.seatUtilisation(account("a").seats(50, 40).build())).isEqualTo(1);
        assertThat(Usage.seatUtilisation(account("b").seats(30, 40).build())).isEqualTo(0.75);
        assertThat(Usage.adoption(account("c").features(12, 10).build())).isEqualTo(1);
        assertThat(Usage.adoption(account("d").features(3, 0).build())).isNaN();
        assertThat(Usage.adoption(account("e").build())).isNaN();
    }

    @Test
    void moreFeaturesAdoptedThanAvailableAreCountedWithTheFirstFiveInWords() {
        List<Account> accounts = new ArrayList<>();
        accounts.add(account("fine").features(10, 10).seats(50, 40).build()); // more users than seats can happen
        for (int i = 1; i <= 6; i++) {
            accounts.add(account("x" + i).features(10 + i, 10).build());
        }
        ImpossibleValues impossible = ImpossibleValues.of(accounts);
        assertThat(impossible.count()).isEqualTo(6);
        assertThat(impossible.examples()).containsExactly("x1: 11 features adopted of 10 available",
                "x2: 12 features adopted of 10 available", "x3: 13 features adopted of 10 available",
                "x4: 14 features adopted of 10 available", "x5: 15 features adopted of 10 available");
        assertThat(impossible.explain()).startsWith("6 accounts have more features adopted than available, counted as "
                + "full adoption (100 %): x1: 11 features adopted of 10 available; ").endsWith("; …");
        assertThat(ImpossibleValues.of(accounts.subList(0, 1)).isEmpty()).isTrue();
    }
}
