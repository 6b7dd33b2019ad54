package dev.hourglass.io.csv;

import java.util.List;

/**
 * What a file's header says it is: the export it most likely comes from ({@code name}, e.g. "Pipedrive deals
 * export"), its kind, the mapping to propose (outcome values the tool writes its own way), the {@code status} values
 * that mean a trial (subscriptions), and how its columns match. A {@code lookup} table (a products or sales-teams
 * file) is joined to a main file by a key rather than imported alone.
 */
public record RecognisedExport(String name, ImportKind kind, boolean lookup, ImportMapping mapping,
                               List<String> trialStatuses, ColumnMatching columns) {
    public RecognisedExport {
        trialStatuses = List.copyOf(trialStatuses);
    }
}
