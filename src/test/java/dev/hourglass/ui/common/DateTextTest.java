package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A day in the desktop's language, never the ISO form the files use. */
class DateTextTest {
    private static final LocalDate RENEWAL = LocalDate.of(2026, 3, 31);

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void germanWritesDayMonthYearWithDots() {
        UiText.use(Locale.GERMAN);
        assertThat(DateText.of(RENEWAL)).isEqualTo("31.03.2026");
    }

    @Test
    void englishWritesTheMonthsName() {
        assertThat(DateText.of(RENEWAL)).isEqualTo("Mar 31, 2026");
    }

    @Test
    void aMonthIsWrittenInTheLanguageAndReadInThatFormOrIso() {
        YearMonth february = YearMonth.of(2023, 2);
        assertThat(DateText.of(february)).isEqualTo("Feb 2023");
        assertThat(DateText.month("Feb 2023")).contains(february);
        UiText.use(Locale.GERMAN);
        assertThat(DateText.of(february)).isEqualTo("Feb. 2023");
        assertThat(DateText.of(YearMonth.of(2023, 3))).isEqualTo("März 2023");
        assertThat(DateText.month("Feb. 2023")).contains(february);
        assertThat(DateText.month("feb 2023")).contains(february);
        assertThat(DateText.month("Februar 2023")).contains(february);
        assertThat(DateText.month(" 2023-02 ")).contains(february);
        assertThat(DateText.month("Mai 2023")).contains(YearMonth.of(2023, 5));
        assertThat(DateText.month("Frühling 2023")).isEmpty();
        assertThat(DateText.month("2023-13")).isEmpty();
    }
}
