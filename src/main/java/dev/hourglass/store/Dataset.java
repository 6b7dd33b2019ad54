package dev.hourglass.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An imported data table: a CRM's deals, a billing system's subscription ledger, customer accounts or marketing leads.
 * {@code report} is the import's report as JSON (rows read, left out by reason, values filled, detections, warnings),
 * empty for imports made before workbook format 5. {@code asOf} is the day the export was taken (forecast.md §2), empty
 * for imports made before workbook format 7.
 */
public record Dataset(long id, Kind kind, String name, String sourceFile, Instant importedAt, long rowCount,
                      Optional<String> mapping, Optional<String> report, Optional<LocalDate> asOf) {
    /** The day the export was taken, else the day it was imported (UTC): where the dataset stands among snapshots. */
    public LocalDate snapshotDate() {
        return asOf.orElseGet(() -> LocalDate.ofInstant(importedAt, ZoneOffset.UTC));
    }

    public enum Kind {
        DEALS("deals"), LEDGER("ledger"), ACCOUNTS("accounts"), LEADS("leads");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Kind ofKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown dataset kind " + key);
        }
    }
}
