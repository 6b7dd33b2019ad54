package dev.hourglass.io.csv;

import java.util.List;

/**
 * What a file's header says it is: the export it most likely comes from ({@code name}, e.g. "Pipedrive deals
 * export"), its kind, the mapping to propose (outcome values the tool writes its own way), the {@code status} values
 * that mean a trial (subscriptions), and how its columns match. A {@code lookup} table (a products or sales-teams
 * file) is joined to a main file by a key rather than imported alone: {@code lookupKey} is its key column as the
 * header spells it and {@code lookupFields} the fields it gives the main file's rows (both empty for a main file).
 */
public record RecognisedExport(String name, ImportKind kind, boolean lookup, ImportMapping mapping,
                               List<String> trialStatuses, ColumnMatching columns, String lookupKey,
                               List<String> lookupFields) {
    public RecognisedExport {
        trialStatuses = List.copyOf(trialStatuses);
        lookupKey = lookupKey == null ? "" : lookupKey;
        lookupFields = List.copyOf(lookupFields);
    }
}
