package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.ReadOnlyReason;
import dev.hourglass.store.ReadOnlyReason.Shown;
import dev.hourglass.store.ReadOnlyReason.Why;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a workbook can only be read, in the desktop's language; English is the CLI's words. */
class ReadOnlyTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void aWorkbookOpenedReadOnly() throws Exception {
        Path file = dir.resolve("plan.hourglass");
        Workbook.create(file, "EUR", "de-DE", JsonScenarioCodec.INSTANCE).close();
        try (Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
            assertThat(ReadOnlyText.of(workbook)).isEqualTo("it was opened read-only")
                    .isEqualTo(workbook.readOnlyReason().orElseThrow());
            UiText.use(Locale.GERMAN);
            assertThat(ReadOnlyText.of(workbook)).isEqualTo("sie wurde schreibgeschützt geöffnet");
        }
    }

    @Test
    void aNewerFormatAndAFolderShownFromBeforeASaveCutShort() {
        ReadOnlyReason newer = new ReadOnlyReason(Why.NEWER_FORMAT, List.of(9, 8), Shown.AS_IT_IS);
        ReadOnlyReason cutShort = new ReadOnlyReason(Why.FOLDER_READ_ONLY, List.of(), Shown.BEFORE_A_SAVE_CUT_SHORT);
        assertThat(ReadOnlyText.of(newer)).isEqualTo("it was written by a newer Hourglass (workbook format 9; this"
                + " version reads format 8 and older) and is opened read-only, unchanged");
        UiText.use(Locale.GERMAN);
        assertThat(ReadOnlyText.of(newer)).isEqualTo("sie wurde von einem neueren Hourglass geschrieben"
                + " (Arbeitsmappen-Format 9; diese Version liest Format 8 und älter) und wird unverändert schreibgeschützt"
                + " geöffnet");
        assertThat(ReadOnlyText.of(cutShort)).startsWith("ihr Ordner ist schreibgeschützt; ein Speichern wurde abgebrochen");
    }
}
