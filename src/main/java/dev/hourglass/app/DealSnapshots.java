package dev.hourglass.app;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.WorkbookException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Exports of one deals source taken on different days, oldest first (forecast.md §2). */
public interface DealSnapshots {
    /** The day each snapshot was taken, ascending. */
    List<LocalDate> dates();

    StageSetup stages(int snapshot) throws WorkbookException;

    void read(int snapshot, Consumer<Deal> sink) throws WorkbookException;

    /** The latest snapshot taken on or before the day, or -1 when none was. */
    default int latestOnOrBefore(LocalDate day) {
        List<LocalDate> dates = dates();
        int found = -1;
        for (int i = 0; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(day)) {
                found = i;
            }
        }
        return found;
    }
}
