package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.SampleWords.SampleScenario;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void aGermanFirstStartNamesAndDescribesTheSamplesScenariosInGermanWithTheSameFigures() throws Exception {
        UiText.use(Locale.GERMAN);
        List<Scenario> english = SampleWorkbook.scenarios();
        try (Workbook sample = SampleWorkbook.openOrCreate(dir.resolve("Sample.hourglass"),
                SampleWorkbook.Progress.NONE, SampleText.ofDesktop())) {
            List<Scenario> german = sample.scenarios().stream().map(StoredScenario::scenario).toList();
            assertThat(german).extracting(Scenario::name).containsExactly("Basisfall der Seed-Dokumente",
                    "NRR 110 %", "Bindungsprogramm", "Akquisekanäle");
            assertThat(german.get(2).description())
                    .isEqualTo("Ein Bindungsprogramm für 150.000 $, das die Logo-Abwanderung von 18 % auf 14 % senkt.");
            for (int i = 0; i < english.size(); i++) {
                assertThat(german.get(i).withName("x").withDescription(""))
                        .isEqualTo(english.get(i).withName("x").withDescription(""));
            }
        }
    }

    @Test
    void anEnglishDesktopBuildsTheSampleWithItsOwnWordsWhichTheEnglishBundleRepeats() {
        List<Scenario> english = SampleWorkbook.scenarios();
        assertThat(SampleWorkbook.scenarios(SampleText.ofDesktop())).isEqualTo(english);
        for (SampleScenario which : SampleScenario.values()) {
            Scenario scenario = english.get(which.ordinal());
            assertThat(UiText.text("sample.scenario." + which.name() + ".name")).isEqualTo(scenario.name());
            assertThat(UiText.text("sample.scenario." + which.name() + ".description"))
                    .isEqualTo(scenario.description());
        }
    }
}
