package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
