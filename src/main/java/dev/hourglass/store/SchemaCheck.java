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

    /** A newer file may have more tables, but never views or triggers, and still the tables this version reads. */
    private static String differencesFromNewer(Set<String> actual) throws SQLException {
        for (String object : actual) {
            if (object.startsWith("view ") || object.startsWith("trigger ")) {
                return "unexpected " + object.substring(0, object.indexOf('\n'));
            }
        }
        Set<String> tables = new TreeSet<>();
        actual.forEach(o -> tables.add(o.substring(0, o.indexOf('\n'))));
        for (String object : expected(Migrations.CURRENT_VERSION)) {
            String head = object.substring(0, object.indexOf('\n'));
            if (head.startsWith("table ") && !tables.contains(head)) {
                return "missing " + head;
            }
        }
        return null;
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
