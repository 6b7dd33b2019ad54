package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LedgerBuilderTest {
    private static final YearMonth JAN = YearMonth.of(2020, 1);

    @Test
    void moreRowsThanTheBuilderHadRoomForAreAllKept() {
        Ledger.Builder builder = Ledger.builder(10);
        for (int i = 0; i < 3_000; i++) {
            builder.add("C" + (i / 30), JAN.plusMonths(i % 30), 1 + i % 7);
        }
        Ledger ledger = builder.build();
        assertThat(ledger.rowCount()).isEqualTo(3_000);
        assertThat(ledger.customerCount()).isEqualTo(100);
        assertThat(ledger.mrr(99, JAN.plusMonths(29))).isEqualTo(1 + 2_999 % 7);
        assertThat(ledger.absoluteMrrTotal()).isEqualTo(11_994);
    }
}
