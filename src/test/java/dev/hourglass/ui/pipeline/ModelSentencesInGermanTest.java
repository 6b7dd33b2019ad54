package dev.hourglass.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.words.DiagnosisWords;
import dev.hourglass.io.words.PipelineWarningWords;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.DiagnosisReason;
import dev.hourglass.model.pipeline.PipelineWarning;
import dev.hourglass.model.pipeline.SalesMotion;
import dev.hourglass.ui.common.GroupName;
import dev.hourglass.ui.common.PipelineWarningText;
import dev.hourglass.ui.common.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The diagnosis and the warnings of the Pipeline tab: the model gives figures, the desktop writes German. */
class ModelSentencesInGermanTest {
    private static final List<DiagnosisReason> EVERY_REASON = List.of(
            new DiagnosisReason.CoverageShort(SalesMotion.ENTERPRISE, 1.31, 3.0),
            new DiagnosisReason.NoClosedDeal(),
            new DiagnosisReason.CloseRateLow(false, 0.295, 0.4, 1_234_567, 7_654_321),
            new DiagnosisReason.CloseRateLow(true, 0.25, 0.4, 1, 2),
            new DiagnosisReason.WinRateLow(false, 0.2, 0.35),
            new DiagnosisReason.WinRateLow(true, 0.2, 0.35),
            new DiagnosisReason.Healthy(3.5, OptionalDouble.of(3.0), 0.45, OptionalDouble.of(0.6)),
            new DiagnosisReason.Healthy(3.5, OptionalDouble.empty(), 0.45, OptionalDouble.empty()));

    private final FigureFormatter german = new FigureFormatter(Locale.GERMANY, "EUR", Locale.GERMAN);

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void everyReasonOfTheDiagnosisReadsGermanWithGermanNumbers() {
        UiText.use(Locale.GERMAN);
        assertThat(DiagnosisText.of(EVERY_REASON.get(0), german))
                .isEqualTo("Abdeckung (Enterprise) von 1,31× liegt unter den erforderlichen 3,00×");
        assertThat(DiagnosisText.of(EVERY_REASON.get(2), german).replace('\u00a0', ' ')).isEqualTo("Abschlussquote 29,5 % liegt unter 40 %;"
                + " verloren: 1.234.567 ohne Entscheidung, 7.654.321 an Wettbewerber");
        assertThat(DiagnosisText.of(EVERY_REASON.get(7), german)).contains("keine Daten");
        for (DiagnosisReason reason : EVERY_REASON) {
            assertNoEnglish(DiagnosisText.of(reason, german), DiagnosisWords.english(reason));
        }
    }

    @Test
    void everyPipelineWarningReadsGerman() {
        UiText.use(Locale.GERMAN);
        List<PipelineWarning> warnings = new ArrayList<>();
        for (PipelineWarning.Code code : PipelineWarning.Code.values()) {
            for (PipelineWarning.Scope scope : PipelineWarning.Scope.values()) {
                warnings.add(new PipelineWarning(code, 2_000, 3_000, scope));
            }
        }
        assertThat(PipelineWarningText.of(warnings.get(1), german)).startsWith(
                "2.000 von 3.000 verlorenen Deals in der Datei haben keinen Betrag");
        for (PipelineWarning warning : warnings) {
            assertNoEnglish(PipelineWarningText.of(warning, german), PipelineWarningWords.english(warning));
        }
    }

    @Test
    void englishOnTheDesktopReadsAsTheCommandLineWrites() {
        FigureFormatter us = new FigureFormatter(Locale.US, "USD", Locale.ENGLISH);
        assertThat(DiagnosisText.of(EVERY_REASON.get(0), us)).isEqualTo(DiagnosisWords.english(EVERY_REASON.get(0)));
        assertThat(DiagnosisText.of(EVERY_REASON.get(1), us)).isEqualTo(DiagnosisWords.english(EVERY_REASON.get(1)));
        PipelineWarning warning = new PipelineWarning(PipelineWarning.Code.WON_WITHOUT_AMOUNT, 2, 3,
                PipelineWarning.Scope.PERIOD);
        assertThat(PipelineWarningText.of(warning, us)).isEqualTo(PipelineWarningWords.english(warning));
    }

    @Test
    void dealsWithoutAGroupAreNamedInGerman() {
        UiText.use(Locale.GERMAN);
        assertThat(GroupName.of("(none)")).isEqualTo("(keine)");
        assertThat(GroupName.of("Enterprise")).isEqualTo("Enterprise");
        assertThat(GroupName.converter().fromString("(keine)")).isEqualTo("(none)");
    }

    /** No run of three English words of the command line's sentence is left in the German one. */
    static void assertNoEnglish(String german, String english) {
        assertThat(german).isNotBlank().doesNotContain("{").doesNotContain("}");
        String[] words = english.replaceAll("[^A-Za-z ]", " ").trim().split("\\s+");
        for (int i = 0; i + 2 < words.length; i++) {
            String run = words[i] + " " + words[i + 1] + " " + words[i + 2];
            assertThat(german).as("English '%s' in: %s", run, german).doesNotContain(run);
        }
        for (String word : List.of("the ", " is ", " of ", " and ", "deals ", " no ", "within", "after", "wanted")) {
            assertThat(german).as("English '%s' in: %s", word.strip(), german).doesNotContain(word);
        }
    }
}
