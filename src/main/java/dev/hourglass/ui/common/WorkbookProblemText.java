package dev.hourglass.ui.common;

import dev.hourglass.store.WorkbookException;

/**
 * Why a workbook cannot be opened, read or written, in the desktop's language. In English, and for a failure without
 * a coded detail, it is the failure's own message, as the CLI prints it.
 */
public final class WorkbookProblemText {
    private WorkbookProblemText() {
    }

    public static String of(WorkbookException failure) {
        if (failure.inUse().isPresent()) {
            return InUseText.of(failure);
        }
        if (failure.detail().isEmpty() || UiText.speaksEnglish()) {
            return failure.getMessage();
        }
        return UiText.text("workbookProblem." + failure.detail().get().name(), failure.args().toArray());
    }
}
