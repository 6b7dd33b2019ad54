package dev.hourglass.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a file's schema with the one the migrations build, object by object and statement by statement, so
 * a table, view, trigger or index added or changed by hand is found before any of it runs.
 */
final class SchemaCheck {
    private static final Map<Integer, Set<String>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** Null when the schema is as expected, else what differs, in words. */
    static String differences(Connection connection, int version) throws SQLException {
        Set<String> actual = objects(connection);
        if (version > Migrations.CURRENT_VERSION) {
            return differencesFromNewer(actual);
        }
        Set<String> expected = expected(version);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        if (extra.isEmpty() && missing.isEmpty()) {
            return null;
        }
        StringBuilder why = new StringBuilder();
        if (!extra.isEmpty()) {
            why.append("unexpected ").append(names(extra));
        }
        if (!missing.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append("missing or changed ").append(names(missing));
        }
        return why.toString();
    }

    /**
     * A newer file may have more tables (and indexes on them), but never views or triggers, and the tables and
     * indexes this version reads must be declared exactly as this version declares them: read-only is no licence
     * to read an amount from a column that no longer checks it is one.
     */
    private static String differencesFromNewer(Set<String> actual) throws SQLException {
        for (String object : actual) {
            if (object.startsWith("view ") || object.startsWith("trigger ")) {
                return "unexpected " + head(object);
            }
        }
        Set<String> expected = expected(Migrations.CURRENT_VERSION);
        Set<String> knownTables = new TreeSet<>();
        expected.forEach(o -> knownTables.add(tableOf(o)));
        Set<String> changed = new TreeSet<>(expected);
        changed.removeAll(actual);
        if (!changed.isEmpty()) {
            return "missing or changed " + names(changed);
        }
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        extra.removeIf(o -> !knownTables.contains(tableOf(o)));
        return extra.isEmpty() ? null : "unexpected " + names(extra);
    }

    private static String head(String object) {
        return object.substring(0, object.indexOf('\n'));
    }

    private static String tableOf(String object) {
        int start = object.indexOf('\n') + 1;
        return object.substring(start, object.indexOf('\n', start));
    }

    private static String names(Set<String> objects) {
        StringBuilder names = new StringBuilder();
        for (String object : objects) {
            names.append(names.isEmpty() ? "" : ", ").append(object, 0, object.indexOf('\n'));
        }
        return names.toString();
    }

    private static Set<String> expected(int version) throws SQLException {
        Set<String> known = EXPECTED.get(version);
        if (known != null) {
            return known;
        }
        KeptSqliteLibrary.use();
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            memory.setAutoCommit(false);
            Migrations.apply(memory, 0, version);
            Set<String> objects = objects(memory);
            EXPECTED.put(version, objects);
            return objects;
        }
    }

    private static Set<String> objects(Connection connection) throws SQLException {
        Set<String> objects = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema")) {
            while (rows.next()) {
                objects.add(rows.getString(1) + " " + rows.getString(2) + "\n" + rows.getString(3) + "\n"
                        + rows.getString(4));
            }
        }
        return objects;
    }
}
