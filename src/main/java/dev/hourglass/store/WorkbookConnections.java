package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * Opens connections to workbook files with the settings an untrusted file needs: no extensions, no trust in
 * functions named by the schema, cell size checks and tight limits. (Who may write a workbook is decided by
 * {@link WorkbookLock}; SQLite's own locks keep each transaction whole against readers.)
 *
 * <p>Journal: rollback journal ({@code DELETE}) with {@code synchronous=FULL}, not WAL. A workbook is emailed and
 * copied to USB sticks: with a rollback journal the closed file is always the whole workbook, while WAL keeps
 * committed pages in a {@code -wal} file beside it that a copy can leave behind; WAL also needs shared memory,
 * which network and removable drives do badly. Each save is one transaction; a crash or kill rolls a half-written
 * save back from the journal on the next open.
 */
final class WorkbookConnections {
    /** How long a write waits for a reader in another process (e.g. {@code hourglass list}) to finish. */
    private static final int BUSY_TIMEOUT_MILLIS = 2000;

    private WorkbookConnections() {
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        KeptSqliteLibrary.use();
        SQLiteConfig config = new SQLiteConfig();
        // Not SQLite's read-only open mode: in it, quick_check skips CHECK constraints. query_only (below) refuses
        // every write instead; on a read-only medium SQLite falls back to reading only by itself.
        config.enableLoadExtension(false);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            harden(connection);
            if (readOnly) {
                execute(connection, "PRAGMA query_only = ON");
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void harden(Connection connection) throws SQLException {
        execute(connection, "PRAGMA trusted_schema = OFF");
        execute(connection, "PRAGMA cell_size_check = ON");
        execute(connection, "PRAGMA mmap_size = 0");
        execute(connection, "PRAGMA recursive_triggers = OFF");
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, 100_000);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_COLUMN, 200);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH, 100);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, 10);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_TRIGGER_DEPTH, 1);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
        sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_WORKER_THREADS, 0);
    }

    /** VACUUM INTO attaches its target; nothing else may attach a database. */
    static void allowAttaching(Connection connection, boolean allowed) throws SQLException {
        connection.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, allowed ? 1 : 0);
    }

    /** Why this file can only be read, or null when it can be written. */
    static ReadOnlyReason readOnlyReason(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (Files.getFileStore(file).isReadOnly()) {
                return ReadOnlyReason.of(ReadOnlyReason.Why.READ_ONLY_MEDIUM);
            }
        } catch (IOException e) {
            return ReadOnlyReason.of(ReadOnlyReason.Why.MEDIUM_UNEXAMINED, String.valueOf(e.getMessage()));
        }
        if (!Files.isWritable(file)) {
            return ReadOnlyReason.of(ReadOnlyReason.Why.FILE_READ_ONLY);
        }
        if (folder != null && !Files.isWritable(folder)) {
            return ReadOnlyReason.of(ReadOnlyReason.Why.FOLDER_READ_ONLY);
        }
        return null;
    }

    /** The tables checked when a workbook opens: small, and read at once. */
    static final List<String> SMALL_TABLES = List.of("workbook_meta", "scenario", "scenario_version", "dataset",
            "dataset_stage", "dataset_text");

    /** Checks the small tables whole (structure, CHECK constraints, references); throws when one fails. */
    static void checkIntegrity(Connection connection, String name) throws SQLException, WorkbookException {
        for (String table : SMALL_TABLES) {
            String problems = tableProblems(connection, table);
            if (problems != null) {
                throw WorkbookHeader.damaged(name, problems);
            }
        }
    }

    /**
     * What {@code PRAGMA integrity_check} and {@code foreign_key_check} find wrong in one table (its pages, types,
     * CHECK constraints, indexes and references), or null when nothing. A table the file does not have (an empty,
     * new workbook) has nothing wrong. Not {@code quick_check}: it does not compare an index with its table, so a
     * stale UNIQUE index would let two scenarios share a name; the data tables have no index besides their row
     * key, so on them the full check costs what the quick one does.
     */
    static String tableProblems(Connection connection, String table) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            exists.setString(1, table);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
            }
        }
        StringBuilder problems = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check(\"" + table + "\")")) {
            while (rows.next() && problems.length() < 400) {
                String row = rows.getString(1);
                if (!"ok".equals(row)) {
                    problems.append(problems.isEmpty() ? "" : "; ").append(row);
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems.toString();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check(\"" + table + "\")")) {
            if (rows.next()) {
                return "rows of table " + rows.getString(1) + " point to missing " + rows.getString(3) + " rows";
            }
        }
        return null;
    }

    static void checkSchema(Connection connection, String name, int version) throws SQLException, WorkbookException {
        String differences = SchemaCheck.differences(connection, version);
        if (differences != null) {
            throw new WorkbookException(Reason.TAMPERED, name + " was changed outside Hourglass and is not opened "
                    + "(" + differences + ")");
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
