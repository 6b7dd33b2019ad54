package dev.hourglass.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Changes a workbook behind Hourglass's back, as a user with an SQLite tool (or an attacker) would. */
final class RawSqlite {
    private RawSqlite() {
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static List<String> column(Path file, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** A workbook as format version 1 wrote it (before autosaved drafts), holding one scenario. */
    static void createVersion1(Path file, String scenarioName, String inputsJson) throws SQLException {
        createVersion(file, 1, scenarioName, inputsJson);
    }

    /** A workbook as the given format version wrote it, with one scenario and no data. */
    static void createVersion(Path file, int version, String scenarioName, String inputsJson) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA application_id = " + WorkbookHeader.APPLICATION_ID);
            }
            Migrations.apply(connection, 0, version);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO workbook_meta VALUES ('created_at', '2025-01-02T03:04:05Z'), "
                        + "('modified_at', '2025-01-02T03:04:05Z'), ('currency', 'USD'), ('locale', 'en-US'), "
                        + "('app_version', '0.1.0'), ('format_version', '" + version + "')");
                statement.execute("INSERT INTO scenario (name, description, position, inputs, modified_at) VALUES ('"
                        + scenarioName + "', 'from v1', 0, '" + inputsJson.replace("'", "''")
                        + "', '2025-01-02T03:04:05Z')");
            }
            connection.commit();
        }
    }
}
