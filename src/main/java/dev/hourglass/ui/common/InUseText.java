package dev.hourglass.ui.common;

import dev.hourglass.store.LockHolder;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.store.WorkbookException.InUse;
import java.time.format.DateTimeFormatter;

/**
 * Why a workbook cannot be opened for writing — another window or program has it — in the desktop's language; a
 * failure that does not say who has it keeps its own message. A lock naming its holder in words this version does
 * not read is quoted as it is.
 */
public final class InUseText {
    private InUseText() {
    }

    public static String of(WorkbookException failure) {
        return failure.inUse().map(InUseText::of).orElse(failure.getMessage());
    }

    static String of(InUse who) {
        return who.named().map(holder -> UiText.text("app.inUse.NAMED", who.workbook(), holder(holder)))
                .orElse(UiText.text("app.inUse." + who.where().name(), who.workbook(), who.holder()));
    }

    /** "anna auf laptop-7 (Prozess 4242) seit 3. Dez. 2026, 09:15". */
    static String holder(LockHolder holder) {
        String since = holder.since().format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", UiText.language()));
        return holder.host().isEmpty() ? UiText.text("app.inUse.holder", holder.user(), String.valueOf(holder.process()), since)
                : UiText.text("app.inUse.holderOnHost", holder.user(), holder.host(),
                        String.valueOf(holder.process()), since);
    }
}
