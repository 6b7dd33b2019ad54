package dev.hourglass.store;

import java.sql.Connection;
import java.sql.ResultSet;
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
            List.of("ALTER TABLE ledger_row ADD COLUMN segment INTEGER CHECK (segment >= 0)"),
            // 4: customer accounts (metrics.md §7). The dataset kind's CHECK gains 'accounts': SQLite cannot alter a
            // CHECK, so the table is rebuilt. With legacy_alter_table the rename leaves the other tables'
            // REFERENCES dataset(id) as they are, so they point at the rebuilt table and dropping the old one
            // cascades to nothing — which needs foreign keys off while the steps run (see runWithForeignKeysOff).
            // Empty indicators are NULL; texts are codes into dataset_text.
            List.of("PRAGMA legacy_alter_table = ON",
                    "ALTER TABLE dataset RENAME TO dataset_before_accounts",
                    """
                    CREATE TABLE dataset (
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL CHECK (kind IN ('deals', 'ledger', 'accounts')),
                      name TEXT NOT NULL,
                      source_file TEXT NOT NULL,
                      imported_at TEXT NOT NULL,
                      row_count INTEGER NOT NULL,
                      mapping TEXT
                    ) STRICT""",
                    "INSERT INTO dataset (id, kind, name, source_file, imported_at, row_count, mapping) SELECT id, kind,"
                            + " name, source_file, imported_at, row_count, mapping FROM dataset_before_accounts",
                    "DROP TABLE dataset_before_accounts",
                    "PRAGMA legacy_alter_table = OFF",
                    """
                    CREATE TABLE account_row (
                      row_key INTEGER PRIMARY KEY,
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      account TEXT NOT NULL,
                      source INTEGER NOT NULL CHECK (source >= 0),
                      campaign INTEGER NOT NULL CHECK (campaign >= 0),
                      segment INTEGER NOT NULL CHECK (segment >= 0),
                      start_date INTEGER NOT NULL CHECK (start_date BETWEEN -719528 AND 2932896),
                      arr REAL NOT NULL CHECK (arr >= 0),
                      renewal_date INTEGER CHECK (renewal_date BETWEEN -719528 AND 2932896),
                      days_to_activation INTEGER CHECK (days_to_activation >= 0),
                      days_to_first_value INTEGER CHECK (days_to_first_value >= 0),
                      features_adopted INTEGER CHECK (features_adopted >= 0),
                      features_available INTEGER CHECK (features_available >= 0),
                      active_users INTEGER CHECK (active_users >= 0),
                      seats INTEGER CHECK (seats >= 0),
                      tickets_per_active_user REAL CHECK (tickets_per_active_user >= 0),
                      active_stakeholders INTEGER CHECK (active_stakeholders >= 0),
                      nps INTEGER CHECK (nps BETWEEN -100 AND 100),
                      renewed INTEGER CHECK (renewed IN (0, 1)),
                      expansion_arr REAL NOT NULL CHECK (expansion_arr >= 0),
                      churn_date INTEGER CHECK (churn_date BETWEEN -719528 AND 2932896)
                    ) STRICT"""),
            // 5: exports as they come (imports.md). The dataset kind gains 'leads' and every dataset keeps its import
            // report (rows read, left out by reason, values filled, detections, warnings) as JSON. A deal may have no
            // close date (an open deal exported without one), and an account's expansion may be negative (a
            // contraction): both CHECKs change, so dataset, deal and account_row are rebuilt as in step 4, with
            // foreign keys off. Leads: one row per lead with the furthest step it reached and the dates known;
            // lead_step lists the steps the file had a column for (a step without one is left out of the funnel).
            List.of("PRAGMA legacy_alter_table = ON",
                    "ALTER TABLE dataset RENAME TO dataset_v4",
                    """
                    CREATE TABLE dataset (
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL CHECK (kind IN ('deals', 'ledger', 'accounts', 'leads')),
                      name TEXT NOT NULL,
                      source_file TEXT NOT NULL,
                      imported_at TEXT NOT NULL,
                      row_count INTEGER NOT NULL,
                      mapping TEXT,
                      report TEXT
                    ) STRICT""",
                    "INSERT INTO dataset (id, kind, name, source_file, imported_at, row_count, mapping) SELECT id, kind,"
                            + " name, source_file, imported_at, row_count, mapping FROM dataset_v4",
                    "DROP TABLE dataset_v4",
                    "ALTER TABLE deal RENAME TO deal_v4",
                    """
                    CREATE TABLE deal (
                      row_key INTEGER PRIMARY KEY,
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      deal_id TEXT NOT NULL,
                      amount REAL NOT NULL CHECK (amount >= 0),
                      stage INTEGER NOT NULL CHECK (stage >= 0),
                      close_date INTEGER CHECK (close_date BETWEEN -719528 AND 2932896),
                      outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 3),
                      segment INTEGER NOT NULL CHECK (segment >= 0),
                      competitor INTEGER NOT NULL CHECK (competitor >= 0),
                      owner INTEGER NOT NULL CHECK (owner >= 0),
                      team INTEGER NOT NULL CHECK (team >= 0),
                      source INTEGER NOT NULL CHECK (source >= 0),
                      original_close_date INTEGER CHECK (original_close_date BETWEEN -719528 AND 2932896),
                      created_date INTEGER CHECK (created_date BETWEEN -719528 AND 2932896),
                      include INTEGER CHECK (include IN (0, 1)),
                      CHECK (close_date IS NOT NULL OR outcome = 0)
                    ) STRICT""",
                    "INSERT INTO deal SELECT * FROM deal_v4",
                    "DROP TABLE deal_v4",
                    "ALTER TABLE account_row RENAME TO account_row_v4",
                    """
                    CREATE TABLE account_row (
                      row_key INTEGER PRIMARY KEY,
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      account TEXT NOT NULL,
                      source INTEGER NOT NULL CHECK (source >= 0),
                      campaign INTEGER NOT NULL CHECK (campaign >= 0),
                      segment INTEGER NOT NULL CHECK (segment >= 0),
                      start_date INTEGER NOT NULL CHECK (start_date BETWEEN -719528 AND 2932896),
                      arr REAL NOT NULL CHECK (arr >= 0),
                      renewal_date INTEGER CHECK (renewal_date BETWEEN -719528 AND 2932896),
                      days_to_activation INTEGER CHECK (days_to_activation >= 0),
                      days_to_first_value INTEGER CHECK (days_to_first_value >= 0),
                      features_adopted INTEGER CHECK (features_adopted >= 0),
                      features_available INTEGER CHECK (features_available >= 0),
                      active_users INTEGER CHECK (active_users >= 0),
                      seats INTEGER CHECK (seats >= 0),
                      tickets_per_active_user REAL CHECK (tickets_per_active_user >= 0),
                      active_stakeholders INTEGER CHECK (active_stakeholders >= 0),
                      nps INTEGER CHECK (nps BETWEEN -100 AND 100),
                      renewed INTEGER CHECK (renewed IN (0, 1)),
                      expansion_arr REAL NOT NULL,
                      churn_date INTEGER CHECK (churn_date BETWEEN -719528 AND 2932896)
                    ) STRICT""",
                    // Format 5 stores an unknown activation as NULL (an export without the column) and "not
                    // activated" as 2147483647 (AccountTable.NOT_ACTIVATED); before, NULL meant "not activated".
                    "INSERT INTO account_row SELECT row_key, dataset_id, account, source, campaign, segment, start_date,"
                            + " arr, renewal_date, coalesce(days_to_activation, 2147483647), days_to_first_value,"
                            + " features_adopted, features_available, active_users, seats, tickets_per_active_user,"
                            + " active_stakeholders, nps, renewed, expansion_arr, churn_date FROM account_row_v4",
                    "DROP TABLE account_row_v4",
                    "PRAGMA legacy_alter_table = OFF",
                    """
                    CREATE TABLE lead_row (
                      row_key INTEGER PRIMARY KEY,
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      lead_id TEXT NOT NULL,
                      created_date INTEGER NOT NULL CHECK (created_date BETWEEN -719528 AND 2932896),
                      source INTEGER NOT NULL CHECK (source >= 0),
                      campaign INTEGER NOT NULL CHECK (campaign >= 0),
                      reached INTEGER NOT NULL CHECK (reached BETWEEN 0 AND 4),
                      mql_date INTEGER CHECK (mql_date BETWEEN -719528 AND 2932896),
                      sql_date INTEGER CHECK (sql_date BETWEEN -719528 AND 2932896),
                      sal_date INTEGER CHECK (sal_date BETWEEN -719528 AND 2932896),
                      won_date INTEGER CHECK (won_date BETWEEN -719528 AND 2932896),
                      amount REAL CHECK (amount >= 0)
                    ) STRICT""",
                    """
                    CREATE TABLE lead_step (
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      step TEXT NOT NULL CHECK (step IN ('mql', 'sql', 'sal', 'won')),
                      PRIMARY KEY (dataset_id, step)
                    ) STRICT, WITHOUT ROWID"""),
            // 6: scenario inputs in the scenario file's version 2 (the business drivers once, sections with overrides).
            // No table changes: the upgrade rewrites every scenario's inputs, draft and saved versions through the
            // codec (WorkbookOpener), and the new number keeps an older Hourglass, which cannot read version 2, from
            // taking the file for damaged: it opens it read-only as newer.
            List.of(),
            // 7: snapshots (forecast.md §2): the day an export was taken, so earlier imports of the same source can be
            // replayed in order. NULL for imports made before: their import day stands in for it.
            List.of("ALTER TABLE dataset ADD COLUMN as_of INTEGER CHECK (as_of BETWEEN -719528 AND 2932896)"),
            // 8: saved versions of the revenue plan (forecast.md §4–5): the plan's inputs and goal, its sources' funnels,
            // the notes on where each rate came from, and its months as computed. Months are year * 12 + month - 1;
            // an unknown figure (a rate the data could not give) is NULL.
            List.of("""
                    CREATE TABLE plan_version (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE,
                      saved_at TEXT NOT NULL,
                      scenario TEXT NOT NULL,
                      start_month INTEGER NOT NULL CHECK (start_month BETWEEN 0 AND 119999),
                      months INTEGER NOT NULL CHECK (months BETWEEN 12 AND 36),
                      opening_arr REAL NOT NULL CHECK (opening_arr >= 0),
                      monthly_churn REAL NOT NULL CHECK (monthly_churn BETWEEN 0 AND 1),
                      monthly_contraction REAL NOT NULL CHECK (monthly_contraction BETWEEN 0 AND 1),
                      monthly_expansion REAL NOT NULL CHECK (monthly_expansion >= 0),
                      sales_cycle_months INTEGER NOT NULL CHECK (sales_cycle_months BETWEEN 0 AND 36),
                      required_coverage REAL NOT NULL CHECK (required_coverage >= 1),
                      acv REAL NOT NULL CHECK (acv > 0),
                      cac REAL CHECK (cac >= 0),
                      productivity_per_seller REAL CHECK (productivity_per_seller > 0),
                      post_sale_share REAL NOT NULL CHECK (post_sale_share >= 0 AND post_sale_share < 1),
                      goal TEXT NOT NULL CHECK (goal IN ('targetArr', 'growth', 'budget')),
                      goal_value REAL NOT NULL
                    ) STRICT""",
                    """
                    CREATE TABLE plan_version_source (
                      plan_id INTEGER NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      source TEXT NOT NULL,
                      customer_share REAL NOT NULL CHECK (customer_share BETWEEN 0 AND 1),
                      lead_to_mql REAL CHECK (lead_to_mql > 0 AND lead_to_mql <= 1),
                      mql_to_sql REAL CHECK (mql_to_sql > 0 AND mql_to_sql <= 1),
                      sql_to_sal REAL CHECK (sql_to_sal > 0 AND sql_to_sal <= 1),
                      sal_to_won REAL CHECK (sal_to_won > 0 AND sal_to_won <= 1),
                      cost_per_lead REAL CHECK (cost_per_lead >= 0),
                      PRIMARY KEY (plan_id, position)
                    ) STRICT, WITHOUT ROWID""",
                    """
                    CREATE TABLE plan_version_note (
                      plan_id INTEGER NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      rate TEXT NOT NULL,
                      origin TEXT NOT NULL,
                      PRIMARY KEY (plan_id, position)
                    ) STRICT, WITHOUT ROWID""",
                    """
                    CREATE TABLE plan_version_month (
                      plan_id INTEGER NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,
                      month INTEGER NOT NULL CHECK (month BETWEEN 0 AND 119999),
                      opening_arr REAL NOT NULL,
                      churned REAL NOT NULL,
                      contracted REAL NOT NULL,
                      expanded REAL NOT NULL,
                      new_arr REAL NOT NULL,
                      closing_arr REAL NOT NULL,
                      bookings REAL NOT NULL,
                      pipeline_created REAL NOT NULL,
                      sals REAL,
                      sqls REAL,
                      mqls REAL,
                      leads REAL,
                      acquisition_spend REAL,
                      post_sale_spend REAL,
                      sellers REAL,
                      PRIMARY KEY (plan_id, month)
                    ) STRICT, WITHOUT ROWID"""));

    /** The first format whose scenario texts are scenario files of version 2. */
    static final int SCENARIO_FILE_V2 = 6;

    static final int CURRENT_VERSION = STEPS.size();

    private Migrations() {
    }

    /** Work done in the migration's transaction. */
    interface Steps {
        void run() throws SQLException, WorkbookException;
    }

    /**
     * SQLite's way to rebuild a table others refer to: foreign keys off around the transaction (the pragma does
     * nothing inside one), every reference checked before it commits, foreign keys back on after.
     */
    static void runWithForeignKeysOff(Connection connection, Steps steps) throws SQLException, WorkbookException {
        WorkbookConnections.execute(connection, "PRAGMA foreign_keys = OFF");
        try (Statement statement = connection.createStatement();
             ResultSet state = statement.executeQuery("PRAGMA foreign_keys")) {
            // Inside a transaction the pragma does nothing, and step 4's DROP would then cascade to every dataset row.
            if (!state.next() || state.getInt(1) != 0) {
                throw new SQLException("foreign keys could not be switched off for the upgrade (is a transaction open?)");
            }
        }
        try {
            steps.run();
        } finally {
            WorkbookConnections.execute(connection, "PRAGMA foreign_keys = ON");
        }
    }

    /** Throws when a row refers to something that is not there; run before the migration commits. */
    static void checkReferences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new SQLException("a row of table " + broken.getString(1) + " refers to a missing row of "
                        + broken.getString(3) + " after the upgrade");
            }
        }
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
