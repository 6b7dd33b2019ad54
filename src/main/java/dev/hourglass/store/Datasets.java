package dev.hourglass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dataset table: one row per import of deals or a ledger. */
final class Datasets {
    private static final String COLUMNS = "id, kind, name, source_file, imported_at, row_count, mapping, report, as_of";

    private Datasets() {
    }

    static long insert(Connection connection, Dataset.Kind kind, String name, String sourceFile, String mapping)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dataset "
                + "(kind, name, source_file, imported_at, row_count, mapping) VALUES (?, ?, ?, ?, 0, ?)")) {
            insert.setString(1, kind.key());
            insert.setString(2, name);
            insert.setString(3, sourceFile);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, mapping);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void setRowCount(Connection connection, long id, long rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE dataset SET row_count = ? WHERE id = ?")) {
            update.setLong(1, rows);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    static void setReport(Connection connection, long id, String report) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE dataset SET report = ? WHERE id = ?")) {
            update.setString(1, report);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    static void setAsOf(Connection connection, long id, LocalDate asOf) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE dataset SET as_of = ? WHERE id = ?")) {
            update.setLong(1, asOf.toEpochDay());
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    static List<Dataset> all(Connection connection) throws SQLException {
        List<Dataset> datasets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM dataset ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                datasets.add(read(rows));
            }
        }
        return datasets;
    }

    static Optional<Dataset> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM dataset WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static Dataset read(ResultSet row) throws SQLException {
        return new Dataset(row.getLong(1), Dataset.Kind.ofKey(row.getString(2)), row.getString(3), row.getString(4),
                Instant.parse(row.getString(5)), row.getLong(6), Optional.ofNullable(row.getString(7)),
                Optional.ofNullable(row.getString(8)),
                row.getObject(9) == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(row.getLong(9))));
    }
}
