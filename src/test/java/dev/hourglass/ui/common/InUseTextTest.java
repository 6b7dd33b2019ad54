package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.store.WorkbookException.InUse;
import dev.hourglass.store.WorkbookException.InUse.Where;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "workbook in use" dialog's text in the desktop's language, from who has the workbook. */
class InUseTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    private WorkbookException secondOpen(Workbook first) {
        return catchThrowableOfType(() -> Workbook.open(first.file(), JsonScenarioCodec.INSTANCE),
                WorkbookException.class);
    }

    @Test
    void aWorkbookOpenInThisWindowIsSaidInGerman() throws Exception {
        try (Workbook first = Workbook.create(dir.resolve("shared.hourglass"), "EUR", "de-DE",
                JsonScenarioCodec.INSTANCE)) {
            WorkbookException failure = secondOpen(first);
            UiText.use(Locale.GERMAN);
            assertThat(InUseText.of(failure)).isEqualTo("shared.hourglass ist in Gebrauch: Die Arbeitsmappe ist in"
                    + " diesem Hourglass-Fenster geöffnet. Schließen Sie sie dort oder öffnen Sie sie schreibgeschützt.");
            UiText.use(Locale.ENGLISH);
            assertThat(InUseText.of(failure)).isEqualTo(failure.getMessage()).isEqualTo("shared.hourglass is in use:"
                    + " it is open in this Hourglass window. Close it there, or open it read-only.");
        }
    }

    @Test
    void theHolderALockNamesIsSaidFromItsPartsInGerman() {
        InUse named = new InUse("shared.hourglass", Where.NAMED, "anna on laptop-7 (process 4242) since 2026-12-03 09:15");
        UiText.use(Locale.GERMAN);
        assertThat(InUseText.of(named)).isEqualTo("shared.hourglass ist in Gebrauch: Geöffnet von anna auf laptop-7"
                + " (Prozess 4242) seit 3 Dez. 2026, 09:15. Schließen Sie sie dort oder öffnen Sie sie schreibgeschützt.");
        InUse noHost = new InUse("a.hourglass", Where.NAMED, "bo on this computer (process 7) since 2026-01-31 23:59");
        assertThat(InUseText.of(noHost)).contains("Geöffnet von bo (Prozess 7) seit 31 Jan. 2026, 23:59.");
        UiText.use(Locale.ENGLISH);
        assertThat(InUseText.of(named)).isEqualTo("shared.hourglass is in use: it is open by anna on laptop-7"
                + " (process 4242) since 3 Dec 2026, 09:15. Close it there, or open it read-only.");
    }

    @Test
    void aLockInWordsThisVersionDoesNotReadIsQuotedAsItIs() {
        InUse named = new InUse("shared.hourglass", Where.NAMED, "someone else");
        UiText.use(Locale.GERMAN);
        assertThat(InUseText.of(named)).isEqualTo("shared.hourglass ist in Gebrauch: Geöffnet von someone else."
                + " Schließen Sie sie dort oder öffnen Sie sie schreibgeschützt.");
    }

    @Test
    void aFailureThatDoesNotSayWhoHasTheWorkbookKeepsItsMessage() {
        WorkbookException failure = new WorkbookException(WorkbookException.Reason.IN_USE, "x.hourglass is busy");
        UiText.use(Locale.GERMAN);
        assertThat(InUseText.of(failure)).isEqualTo("x.hourglass is busy");
    }
}
