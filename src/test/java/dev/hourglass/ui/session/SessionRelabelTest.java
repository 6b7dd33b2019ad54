package dev.hourglass.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.UiText;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a change of language the status line reads the new language at once, not at the next save. */
class SessionRelabelTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void theStatusLineIsWrittenAgainInTheChosenLanguage() throws Exception {
        try (WorkbookSession session = TestSessions.open(dir, SeedScenarios.all())) {
            assertThat(session.autosaveStatusProperty().get()).isEqualTo("All changes saved");
            UiText.use(Locale.GERMAN);
            session.relabel();
            assertThat(session.autosaveStatusProperty().get()).isEqualTo("Alle Änderungen gespeichert");
        }
    }
}
