package dev.hourglass.cli;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opening workbooks for the commands that write to them. */
final class Workbooks {
    private Workbooks() {
    }

    static Workbook openOrCreate(Path file, String currency) throws WorkbookException {
        if (Files.exists(file)) {
            return Workbook.open(file, JsonScenarioCodec.INSTANCE);
        }
        return Workbook.create(file, currency, Locale.getDefault().toLanguageTag(), JsonScenarioCodec.INSTANCE);
    }
}
