package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.ui.common.UiText;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SampleStepsTest {
    @AfterEach
    void backToEnglish() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void theOpeningScreenSaysTheStepsInTheChosenLanguage() {
        assertThat(SampleSteps.text(SampleWorkbook.Step.GENERATE_DEALS, Locale.US))
                .isEqualTo("Generating a CRM export of 20,000 deals…");
        UiText.use(Locale.GERMAN);
        assertThat(SampleSteps.text(SampleWorkbook.Step.GENERATE_DEALS, Locale.GERMANY))
                .isEqualTo("CRM-Export mit 20.000 Deals wird erzeugt…");
        assertThat(SampleSteps.text(SampleWorkbook.Step.OPEN, Locale.GERMANY))
                .isEqualTo("Beispiel-Arbeitsmappe wird geöffnet…");
    }
}
