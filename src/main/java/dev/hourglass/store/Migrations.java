package dev.hourglass.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workbook schema as the steps that built it. A new workbook runs every step; an older one runs the steps
 * after its {@code user_version}. Never edit a released step: add the next one (docs/workbook.md).
 */
final class Migrations {
    private static final List<List<String>> STEPS = List.of(
            // 1: metadata, scenarios with their saved history, imported deals and ledgers. STRICT tables: SQLite
            // enforces the column types, so no row can hold text where a date or amount belongs. Dates are epoch
            // days of years 0000-9999, months are year * 12 + month - 1. Deal and ledger rows carry
            // row_key = dataset id << 32 | row number: a dataset's rows sit together, in file order, and are read
            // as one range of the table. Their repeated texts (stages, segments, owners, customers …) are codes
            // into dataset_text.
            List.of("""
                    CREATE TABLE workbook_meta (
                      key TEXT PRIMARY KEY NOT NULL,
                      value TEXT NOT NULL
                    ) STRICT, WITHOUT ROWID""",
                    """
                    CREATE TABLE scenario (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE,
                      description TEXT NOT NULL DEFAULT '',
                      position INTEGER NOT NULL,
                      inputs TEXT NOT NULL,
                      modified_at TEXT NOT NULL
                    ) STRICT""",
                    """
                    CREATE TABLE scenario_version (
                      id INTEGER PRIMARY KEY,
                      scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
                      saved_at TEXT NOT NULL,
                      note TEXT NOT NULL DEFAULT '',
                      inputs TEXT NOT NULL
                    ) STRICT""",
                    "CREATE INDEX scenario_version_by_scenario ON scenario_version(scenario_id)",
                    """
                    CREATE TABLE dataset (
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL CHECK (kind IN ('deals', 'ledger')),
                      name TEXT NOT NULL,
                      source_file TEXT NOT NULL,
                      imported_at TEXT NOT NULL,
                      row_count INTEGER NOT NULL,
                      mapping TEXT
                    ) STRICT""",
                    """
                    CREATE TABLE dataset_stage (
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      name TEXT NOT NULL,
                      phase TEXT NOT NULL,
                      is_sal INTEGER NOT NULL CHECK (is_sal IN (0, 1)),
                      PRIMARY KEY (dataset_id, position)
                    ) STRICT, WITHOUT ROWID""",
                    """
                    CREATE TABLE dataset_text (
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      code INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      PRIMARY KEY (dataset_id, code)
                    ) STRICT, WITHOUT ROWID""",
                    """
                    CREATE TABLE deal (
                      row_key INTEGER PRIMARY KEY,
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      deal_id TEXT NOT NULL,
                      amount REAL NOT NULL CHECK (amount >= 0),
                      stage INTEGER NOT NULL CHECK (stage >= 0),
                      close_date INTEGER NOT NULL CHECK (close_date BETWEEN -719528 AND 2932896),
                      outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 3),
                      segment INTEGER NOT NULL CHECK (segment >= 0),
                      competitor INTEGER NOT NULL CHECK (competitor >= 0),
                      owner INTEGER NOT NULL CHECK (owner >= 0),
                      team INTEGER NOT NULL CHECK (team >= 0),
                      source INTEGER NOT NULL CHECK (source >= 0),
                      original_close_date INTEGER CHECK (original_close_date BETWEEN -719528 AND 2932896),
                      created_date INTEGER CHECK (created_date BETWEEN -719528 AND 2932896),
                      include INTEGER CHECK (include IN (0, 1))
                    ) STRICT""",
                    """
                    CREATE TABLE ledger_row (
                      row_key INTEGER PRIMARY KEY,
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      customer INTEGER NOT NULL CHECK (customer >= 0),
                      month INTEGER NOT NULL CHECK (month BETWEEN 0 AND 119999),
                      mrr REAL NOT NULL CHECK (mrr >= 0)
                    ) STRICT"""),
            // 2: autosaved drafts, kept apart from the saved inputs until the user saves (crash recovery).
            List.of("ALTER TABLE scenario ADD COLUMN draft TEXT",
                    "ALTER TABLE scenario ADD COLUMN draft_saved_at TEXT"),
            // 3: a ledger customer's segment (a code into dataset_text), for the actuals' segment filter.
            List.of("ALTER TABLE ledger_row ADD COLUMN segment INTEGER CHECK (segment >= 0)"));

    static final int CURRENT_VERSION = STEPS.size();

    private Migrations() {
    }

    /** Runs the steps from {@code fromVersion} (exclusive) to {@code toVersion}; the caller owns the transaction. */
    static void apply(Connection connection, int fromVersion, int toVersion) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = fromVersion + 1; version <= toVersion; version++) {
                for (String sql : STEPS.get(version - 1)) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + toVersion);
        }
    }
}
