package dev.hourglass.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.words.HealthWords;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.PredictorThresholds;
import dev.hourglass.model.accounts.Reason;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.ui.common.UiText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Reason column and the predictors' thresholds of Accounts health: figures from the model, words here. */
class HealthTextTest {
    private final FigureFormatter german = new FigureFormatter(Locale.GERMANY, "EUR", Locale.GERMAN);
    private final FigureFormatter us = new FigureFormatter(Locale.US, "USD", Locale.ENGLISH);

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    private static List<Reason> everyReason() {
        return List.of(
                new Reason(Indicator.ACTIVATION, 20, Reason.Code.NOT_ACTIVATED, 30, 0, 0),
                new Reason(Indicator.ACTIVATION, 10, Reason.Code.ACTIVATED_AFTER, 20, 0, 0),
                new Reason(Indicator.TIME_TO_FIRST_VALUE, 10, Reason.Code.FIRST_VALUE_AFTER, 61, 0, 0),
                new Reason(Indicator.ADOPTION, 15, Reason.Code.FEATURES_ADOPTED, 3, 10, 0.3),
                new Reason(Indicator.SEAT_UTILISATION, 15, Reason.Code.SEATS_ACTIVE, 12, 40, 0.3),
                new Reason(Indicator.SUPPORT_LOAD, 5, Reason.Code.SUPPORT_TICKETS, 2.4, 0, 0),
                new Reason(Indicator.SUPPORT_LOAD, 5, Reason.Code.SUPPORT_TICKETS, 1, 0, 0),
                new Reason(Indicator.STAKEHOLDERS, 7, Reason.Code.ACTIVE_STAKEHOLDERS, 1, 3, 0),
                new Reason(Indicator.STAKEHOLDERS, 7, Reason.Code.ACTIVE_STAKEHOLDERS, 2, 3, 0),
                new Reason(Indicator.NPS, 4, Reason.Code.NPS, -20, 0, 0));
    }

    @Test
    void everyReasonCodeReadsGerman() {
        UiText.use(Locale.GERMAN);
        assertThat(everyReason()).extracting(Reason::code).containsAll(List.of(Reason.Code.values()));
        assertThat(everyReason()).extracting(r -> HealthText.reason(r, german).replace('\u00a0', ' ')).containsExactly(
                "keine Aktivierung innerhalb von 30 Tagen", "aktiviert nach 20 Tagen", "erster Nutzen nach 61 Tagen",
                "3 von 10 Funktionen genutzt (30 %)", "12 von 40 Lizenzen aktiv (30 %)",
                "2,4 Support-Tickets je aktivem Nutzer", "1 Support-Ticket je aktivem Nutzer",
                "1 aktiver Ansprechpartner (3 gewünscht)", "2 aktive Ansprechpartner (3 gewünscht)", "NPS \u221220");
    }

    @Test
    void everyThresholdsMeaningReadsGerman() {
        UiText.use(Locale.GERMAN);
        PredictorThresholds thresholds = PredictorThresholds.defaults();
        for (Indicator indicator : Indicator.values()) {
            String german = HealthText.meaning(indicator, thresholds.value(indicator), this.german);
            assertThat(german).doesNotContain("{0}").doesNotContain("within").doesNotContain("active users")
                    .doesNotContain("features").doesNotContain("support tickets");
        }
        assertThat(HealthText.meaning(Indicator.SEAT_UTILISATION, 0.7, german).replace('\u00a0', ' ')).isEqualTo("aktive Nutzer ÷ Lizenzen ≥ 70 %");
        assertThat(HealthText.meaning(Indicator.SUPPORT_LOAD, 1.5, german)).isEqualTo("Support-Tickets je aktivem Nutzer ≤ 1,5");
    }

    @Test
    void englishOnTheDesktopReadsAsTheCommandLineWrites() {
        for (Reason reason : everyReason()) {
            assertThat(HealthText.reason(reason, us).replace("%", " %").replace("  %", " %"))
                    .isEqualTo(HealthWords.reason(reason));
        }
        PredictorThresholds thresholds = PredictorThresholds.defaults();
        for (Indicator indicator : List.of(Indicator.ACTIVATION, Indicator.TIME_TO_FIRST_VALUE, Indicator.SUPPORT_LOAD,
                Indicator.STAKEHOLDERS, Indicator.NPS)) {
            assertThat(HealthText.meaning(indicator, thresholds.value(indicator), us))
                    .isEqualTo(HealthWords.meaning(indicator, thresholds.value(indicator)));
        }
    }
}
