package dev.hourglass.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Pragmas on an open workbook's own connection, to simulate faults such as a full disk. */
final class RawPragma {
    private RawPragma() {
    }

    static long get(Workbook workbook, String pragma) throws SQLException {
        try (Statement statement = workbook.connection().createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void set(Workbook workbook, String pragma, long value) throws SQLException {
        try (Statement statement = workbook.connection().createStatement()) {
            statement.execute("PRAGMA " + pragma + " = " + value);
        }
    }

    static String integrity(Path file) throws SQLException {
        return String.join("; ", RawSqlite.column(file, "PRAGMA integrity_check"));
    }
}
