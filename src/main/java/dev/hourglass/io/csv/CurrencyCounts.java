package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many rows each currency of a file's currency column has, where the amounts are each row's own currency (a
 * deal's amount, a ledger's or a subscription's MRR): amounts in two currencies added up are no figure, and the import
 * report says so. A row of the currency before it (an export sorted or of one currency) costs one comparison; the
 * currencies are few.
 */
final class CurrencyCounts {
    private final Map<String, long[]> byCurrency = new LinkedHashMap<>();
    private String last;
    private long[] lastCount;

    /** Counts a row in this currency (pooled text, so the previous one is found by identity); blank counts none. */
    void count(String currency) {
        if (currency != last) {
            if (currency.isEmpty()) {
                return;
            }
            last = currency;
            lastCount = byCurrency.computeIfAbsent(currency, c -> new long[1]);
        }
        lastCount[0]++;
    }

    /** The counts of a later part of the file, after this one's. */
    void addAll(CurrencyCounts later) {
        later.byCurrency.forEach((currency, n) -> byCurrency.computeIfAbsent(currency, c -> new long[1])[0] += n[0]);
        last = null;
        lastCount = null;
    }

    /** The report's sentence when the amounts are in more than one currency, else null. */
    Detection detection(String amountColumn, String currencyColumn) {
        if (byCurrency.size() < 2) {
            return null;
        }
        String listed = listed();
        return Detection.of(Detection.Code.AMOUNTS_IN_SEVERAL_CURRENCIES, "'" + amountColumn + "' is in "
                + byCurrency.size() + " currencies (deals by '" + currencyColumn + "': " + listed + "); amounts are"
                + " added as they are, so totals and rates by amount mix them: convert them to one currency first, or"
                + " import one currency at a time", amountColumn, byCurrency.size(), currencyColumn, listed);
    }

    /**
     * The warning when a ledger's or a subscriptions file's MRR is in more than one currency, else null: every figure
     * of the cohorts adds them up (imports.md: the file is read as it is, and the report says what it could not do).
     */
    Detection mrrDetection(String mrrColumn, String currencyColumn) {
        if (byCurrency.size() < 2) {
            return null;
        }
        String listed = listed();
        return Detection.of(Detection.Code.MRR_IN_SEVERAL_CURRENCIES, "'" + mrrColumn + "' is in " + byCurrency.size()
                + " currencies (rows by '" + currencyColumn + "': " + listed + "); MRR is added as it is, so every"
                + " figure mixes them: convert it to one currency first, or import one currency at a time", mrrColumn,
                byCurrency.size(), currencyColumn, listed);
    }

    /** Each currency with its count, in the order first met: "USD 84, EUR 42". */
    private String listed() {
        List<String> counts = new ArrayList<>();
        byCurrency.forEach((currency, n) -> counts.add(currency + " " + n[0]));
        return String.join(", ", counts);
    }
}
