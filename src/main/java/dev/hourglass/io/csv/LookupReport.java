package dev.hourglass.io.csv;

import java.util.List;

/**
 * How one lookup joined: the rows whose key found a row of the lookup file, the rows whose key did not (their
 * looked-up fields stay blank), and the first few keys that found nothing (blank for a row without a key).
 */
public record LookupReport(String file, String key, long rowsMatched, long rowsUnmatched,
                           List<String> unmatchedExamples) {
    public static final int EXAMPLES = 5;

    public LookupReport {
        unmatchedExamples = List.copyOf(unmatchedExamples);
    }
}
