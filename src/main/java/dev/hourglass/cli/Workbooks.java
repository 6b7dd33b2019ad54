package dev.hourglass.cli;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/** Opening workbooks, and choosing the imported data an analysis command reads from one. */
final class Workbooks {
    private Workbooks() {
    }

    /**
     * Makes a change to a workbook, creating it first when the file does not exist: a new workbook appears only
     * once the change succeeded, so a failed import into a new path leaves nothing behind.
     */
    static <T, X extends Exception> T change(Path file, String currency, Workbook.Fill<T, X> change)
            throws WorkbookException, X {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
                return change.fill(workbook);
            }
        }
        return Workbook.createFilled(file, currency, Locale.getDefault().toLanguageTag(), JsonScenarioCodec.INSTANCE,
                change);
    }

    /**
     * Opens a workbook only to read it. After a crash during a save, the workbook is read as it was before that save
     * and the file is left alone: {@code err} is told that opening it once for writing finishes the recovery.
     */
    static Workbook openReadOnly(Path file, PrintWriter err) throws WorkbookException {
        Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE);
        if (workbook.awaitsRecovery()) {
            err.println("Note: a save of " + file.getFileName() + " was cut short (a crash?); it is read as it was "
                    + "before that save and left unchanged. Open it once in the app or with a command that writes "
                    + "(import, import-data) to finish recovering it.");
            err.flush();
        }
        return workbook;
    }

    /** Whether an analysis command's file argument names a workbook rather than an export. */
    static boolean isWorkbook(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Workbook.EXTENSION);
    }
}
