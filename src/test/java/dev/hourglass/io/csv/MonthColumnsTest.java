package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthColumnsTest {

    @Test
    void readsTheMonthHeadersSheetsAndAccountingToolsWrite() {
        YearMonth january = YearMonth.of(2024, 1);
        for (String name : List.of("Jan 2024", "January 2024", "Jan-24", "Jan 24", "Jan. 2024", "jan '24", "2024-01",
                "2024/01", "01/2024", "1/2024", "01.2024", "2024-01-01", " Jan 2024 ")) {
            assertThat(MonthColumns.month(name)).as(name).isEqualTo(january);
        }
        assertThat(MonthColumns.month("Mär 2024")).isEqualTo(YearMonth.of(2024, 3));
        assertThat(MonthColumns.month("Mrz-24")).isEqualTo(YearMonth.of(2024, 3));
        assertThat(MonthColumns.month("Okt 2023")).isEqualTo(YearMonth.of(2023, 10));
        assertThat(MonthColumns.month("Dezember 2023")).isEqualTo(YearMonth.of(2023, 12));
    }

    @Test
    void otherNamesAreNoMonths() {
        for (String name : List.of("", "Total", "Customer", "2024", "13/2024", "2024-13", "Plan 2024", "2024/01/15",
                "MRR", "Q1 2024")) {
            assertThat(MonthColumns.month(name)).as(name).isNull();
        }
        assertThat(MonthColumns.isSheet(List.of("Customer", "Jan 2024", "Total"))).isFalse();
        assertThat(MonthColumns.columns(List.of("", "Jan 2024", "Feb 2024", "Total"))).containsExactly(1, 2);
    }
}
