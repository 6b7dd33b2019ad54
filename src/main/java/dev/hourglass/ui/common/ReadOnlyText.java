package dev.hourglass.ui.common;

import dev.hourglass.store.ReadOnlyReason;
import dev.hourglass.store.Workbook;

/** Why a workbook can only be read, in the desktop's language; in English, the CLI's words. */
public final class ReadOnlyText {
    private ReadOnlyText() {
    }

    /** Why this workbook can only be read, or "" when it can be written. */
    public static String of(Workbook workbook) {
        return workbook.readOnly().map(ReadOnlyText::of).orElse("");
    }

    static String of(ReadOnlyReason reason) {
        if (UiText.speaksEnglish()) {
            return reason.english();
        }
        String why = UiText.text("readOnly." + reason.why().name(), reason.args().stream().map(String::valueOf).toArray());
        return switch (reason.shown()) {
            case AS_IT_IS -> why;
            case BEFORE_A_SAVE_CUT_SHORT, FROM_AN_UPGRADED_COPY -> UiText.text("readOnly." + reason.shown().name(), why);
        };
    }
}
