package dev.hourglass.store;

import dev.hourglass.model.scenario.Scenario;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The workbook_meta table: one text value per key. */
final class Meta {
    static final String FORMAT_VERSION = "format_version";
    static final String APP_VERSION = "app_version";
    static final String CREATED_AT = "created_at";
    static final String MODIFIED_AT = "modified_at";
    static final String CURRENCY = "currency";
    static final String LOCALE = "locale";

    private Meta() {
    }

    static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO workbook_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    /** Records who wrote the workbook last, and when. */
    static void touch(Connection connection, Instant now, int formatVersion) throws SQLException {
        put(connection, MODIFIED_AT, now.toString());
        put(connection, APP_VERSION, appVersion());
        put(connection, FORMAT_VERSION, Integer.toString(formatVersion));
    }

    static WorkbookInfo info(Connection connection, int formatVersion) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM workbook_meta");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        return new WorkbookInfo(formatVersion, values.getOrDefault(APP_VERSION, "unknown"),
                Instant.parse(values.get(CREATED_AT)), Instant.parse(values.get(MODIFIED_AT)),
                values.getOrDefault(CURRENCY, Scenario.DEFAULT_CURRENCY), values.getOrDefault(LOCALE, ""));
    }

    static String appVersion() {
        String version = Meta.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
