package dev.hourglass.ui.common;

import dev.hourglass.store.WorkbookException;

/**
 * Why a workbook cannot be opened for writing — another window or program has it — in the desktop's language; a
 * failure that does not say who has it keeps its own message.
 */
public final class InUseText {
    private InUseText() {
    }

    public static String of(WorkbookException failure) {
        return failure.inUse().map(who -> UiText.text("app.inUse." + who.where().name(), who.workbook(), who.holder()))
                .orElse(failure.getMessage());
    }
}
